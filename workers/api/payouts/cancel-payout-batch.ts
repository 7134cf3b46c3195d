import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { cancelPayoutBatch } from '../../services/payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { batchParams } from './schemas';
import { batchView, payoutBatchSchema } from './views';

const route = createRoute({
  method: 'post',
  operationId: 'cancelPayoutBatch',
  path: '/orgs/{orgId}/payouts/{batchId}/cancel',
  tags: ['payouts'],
  summary: 'Cancel a proposed or approved batch',
  description:
    'Every line goes back to the affiliates’ approved balances; items stay on record as canceled. 409 once sending has started. Audited.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: batchParams },
  responses: {
    200: { description: 'The canceled batch', content: { 'application/json': { schema: payoutBatchSchema } } },
    ...errorResponses,
  },
});

export const cancelPayoutBatchRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  return c.json(
    batchView(await cancelPayoutBatch({ ctx: c.var.services(), input: { batchId: c.req.valid('param').batchId } })),
    200,
  );
});
