import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { reconcilePayoutBatch } from '../../services/payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { payoutReconciliation, reconciledItemView } from './reconciliation-views';
import { batchParams, itemsQuery } from './schemas';
import { batchView, partView } from './views';

const route = createRoute({
  method: 'get',
  operationId: 'getPayoutReconciliation',
  path: '/orgs/{orgId}/payouts/{batchId}/reconciliation',
  tags: ['payouts'],
  summary: 'What PayPal reported about a batch beside what we recorded, item by item, with the differences',
  description:
    'Each item with PayPal’s latest verified webhook about it (status, amount, receiver, transaction id) and the fields that disagree with our record; the parts with PayPal’s batch status. Items PayPal has not reported by webhook have reported = null (results may also come by polling). Owner or finance; support reads.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: batchParams, query: itemsQuery },
  responses: {
    200: {
      description: 'The batch, its parts and a page of its items',
      content: { 'application/json': { schema: payoutReconciliation } },
    },
    ...errorResponses,
  },
});

export const getPayoutReconciliationRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const { batch, parts, items } = await reconcilePayoutBatch({
    ctx: c.var.services(),
    input: { batchId: c.req.valid('param').batchId, ...query },
  });
  return c.json(
    { batch: batchView(batch), parts: parts.map(partView), items: toPage(items, query.limit, reconciledItemView) },
    200,
  );
});
