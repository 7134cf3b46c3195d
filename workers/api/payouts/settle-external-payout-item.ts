import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { settleExternalPayoutItem } from '../../services/payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { externalResultBody, externalResultView, itemParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'settleExternalPayoutItem',
  path: '/orgs/{orgId}/payouts/{batchId}/items/{itemId}/external-result',
  tags: ['payouts'],
  summary: 'Confirm or fail an external payout item',
  description:
    'Your answer to a payout.external_requested event: paid (you paid it in your own system; reference is your payment id) or failed (its money returns to the affiliate’s balance, once). The same answer again changes nothing; the other answer for a settled item is 409 payout_item_settled. 409 payout_item_not_external for another rail’s item, payout_item_not_requested before the batch was sent. Audited.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: itemParams, body: jsonBody(externalResultBody) },
  responses: {
    200: { description: 'The item after the answer', content: { 'application/json': { schema: externalResultView } } },
    ...errorResponses,
  },
});

export const settleExternalPayoutItemRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { batchId, itemId } = c.req.valid('param');
  const body = c.req.valid('json');
  const item = await settleExternalPayoutItem({ ctx: c.var.services(), input: { batchId, itemId, ...body } });
  return c.json(
    {
      id: item.id,
      status: item.status,
      amountMinor: item.amountMinor,
      currency: item.currency,
      reference: item.paypalTransactionId,
      paidAt: item.paidAt?.toISOString() ?? null,
      failureReason: item.failureReason,
    },
    200,
  );
});
