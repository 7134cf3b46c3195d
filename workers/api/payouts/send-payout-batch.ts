import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { findPayoutBatch, sendPayoutBatch, startPayoutSend } from '../../services/payouts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { batchParams } from './schemas';
import { batchView, sendResult } from './views';

const route = createRoute({
  method: 'post',
  operationId: 'sendPayoutBatch',
  path: '/orgs/{orgId}/payouts/{batchId}/send',
  tags: ['payouts'],
  summary: 'Send an approved batch to PayPal',
  description:
    'Approved → sending, atomically (a second concurrent send answers 409), then one PayPal call per part. By default anyone with a payout role sends (the approver too); with the organization’s strict rule on (payoutFourEyes), the sender must be neither the proposer nor the approver (403 separation_of_duties, details.rule sender_is_proposer or sender_is_approver); without PayPal credentials 409 payouts_not_configured. A part PayPal did not clearly answer stays sending and is re-sent with the same sender_batch_id by the recovery cron: it is never paid twice. Audited.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: batchParams },
  responses: {
    200: { description: 'The batch after the attempt', content: { 'application/json': { schema: sendResult } } },
    ...errorResponses,
  },
});

export const sendPayoutBatchRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const { batchId } = c.req.valid('param');
  await startPayoutSend({ ctx, input: { batchId } });
  const result = await sendPayoutBatch({ ctx, input: { batchId } });
  return c.json({ batch: batchView(await findPayoutBatch({ ctx, input: { batchId } })), parts: result.parts }, 200);
});
