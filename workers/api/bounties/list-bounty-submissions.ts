import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listBountySubmissions } from '../../services/bounties';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { bountySubmissionList, bountySubmissionView, submissionListQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listBountySubmissions',
  path: '/orgs/{orgId}/bounty-submissions',
  tags: ['bounties'],
  summary: 'Submissions to your bounties: the review queue (pending, oldest first) or the decided ones',
  security: bearer,
  request: { params: orgParams, query: submissionListQuery },
  responses: {
    200: { description: 'The submissions', content: { 'application/json': { schema: bountySubmissionList } } },
    ...errorResponses,
  },
});

export const listBountySubmissionsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listBountySubmissions({ ctx: c.var.services(), input: c.req.valid('query') });
  return c.json({ items: rows.map(bountySubmissionView) }, 200);
});
