import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { approvePayoutBatch } from '../../services/payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { batchParams } from './schemas';
import { batchView, payoutBatchSchema } from './views';

const route = createRoute({
  method: 'post',
  operationId: 'approvePayoutBatch',
  path: '/orgs/{orgId}/payouts/{batchId}/approve',
  tags: ['payouts'],
  summary: 'Approve a proposed batch',
  description:
    'Freezes it and cuts it into PayPal calls of at most 15,000 items, each with its fixed sender_batch_id. 409 unless proposed and non-empty; whoever proposed (or extended) the batch cannot approve it (403 separation_of_duties, details.rule approver_is_proposer). Audited.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: batchParams },
  responses: {
    200: { description: 'The approved batch', content: { 'application/json': { schema: payoutBatchSchema } } },
    ...errorResponses,
  },
});

export const approvePayoutBatchRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  return c.json(
    batchView(await approvePayoutBatch({ ctx: c.var.services(), input: { batchId: c.req.valid('param').batchId } })),
    200,
  );
});
