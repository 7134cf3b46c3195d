import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getPayoutBatch } from '../../services/payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { batchParams, itemsQuery } from './schemas';
import { batchView, dutiesView, itemView, partView, payoutBatchDetail } from './views';

const route = createRoute({
  method: 'get',
  operationId: 'getPayoutBatch',
  path: '/orgs/{orgId}/payouts/{batchId}',
  tags: ['payouts'],
  summary: 'A batch with its totals, its PayPal parts and a page of its items (in id order)',
  description:
    'duties says who proposed, approved and sent it, who may take the next step, and which actions the caller may take now (allowedActions, with the reason when not), so a client offers only those.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: batchParams, query: itemsQuery },
  responses: {
    200: { description: 'The batch', content: { 'application/json': { schema: payoutBatchDetail } } },
    ...errorResponses,
  },
});

export const getPayoutBatchRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const { batch, duties, parts, items } = await getPayoutBatch({
    ctx: c.var.services(),
    input: { batchId: c.req.valid('param').batchId, ...query },
  });
  return c.json(
    {
      batch: batchView(batch),
      duties: dutiesView(duties),
      parts: parts.map(partView),
      items: toPage(items, query.limit, itemView),
    },
    200,
  );
});
