import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listPayoutBatches } from '../../services/payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { batchesQuery } from './schemas';
import { batchView, payoutBatchPage } from './views';

const route = createRoute({
  method: 'get',
  operationId: 'listPayoutBatches',
  path: '/orgs/{orgId}/payouts',
  tags: ['payouts'],
  summary: 'Payout batches, newest first, optionally of one status',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: orgParams, query: batchesQuery },
  responses: {
    200: { description: 'A page of batches', content: { 'application/json': { schema: payoutBatchPage } } },
    ...errorResponses,
  },
});

export const listPayoutBatchesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  return c.json(toPage(await listPayoutBatches({ ctx: c.var.services(), input: query }), query.limit, batchView), 200);
});
