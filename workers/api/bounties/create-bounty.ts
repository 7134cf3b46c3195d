import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { type BountySettings, createBounty } from '../../services/bounties';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { bounty, bountyColumns, bountyView, createBountyBody } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createBounty',
  path: '/orgs/{orgId}/bounties',
  tags: ['bounties'],
  summary: "Set a program's affiliates a bounty: a target to reach or a work to submit, for a fixed bonus",
  description:
    'The group must be of the program, the bonus in its currency, a performance bounty needs its goal and the end follows the start (400 validation_failed). Audited.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, body: jsonBody(createBountyBody) },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: bounty } } },
    ...errorResponses,
  },
});

export const createBountyRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await createBounty({
    ctx: c.var.services(),
    input: { settings: bountyColumns(c.req.valid('json')) as BountySettings },
  });
  return c.json(bountyView(row), 201);
});
