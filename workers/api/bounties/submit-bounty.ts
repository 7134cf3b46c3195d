import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { submitBounty } from '../../services/bounties';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { bountyParams, decidedSubmission, decidedSubmissionView, submitBody } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'submitBounty',
  path: '/affiliate/orgs/{orgId}/bounties/{bountyId}/submissions',
  tags: ['affiliate'],
  summary: 'Answer a submission bounty with a URL and a note; again after a rejection',
  description:
    'Outside its dates or a performance bounty: 409 bounty_not_open; an earlier submission waiting or won: 409 bounty_already_submitted; every winner chosen: 409 bounty_full.',
  security: bearer,
  request: { params: bountyParams, body: jsonBody(submitBody) },
  responses: {
    201: { description: 'Submitted', content: { 'application/json': { schema: decidedSubmission } } },
    ...errorResponses,
  },
});

export const submitBountyRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const body = c.req.valid('json');
  const row = await submitBounty({
    ctx: c.var.services(),
    input: { bountyId: c.req.valid('param').bountyId, url: body.url, note: body.note },
  });
  return c.json(decidedSubmissionView(row), 201);
});
