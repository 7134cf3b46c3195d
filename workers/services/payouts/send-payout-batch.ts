import { asc, eq } from 'drizzle-orm';
import { payoutBatches, payoutBatchParts } from '../../../schema';
import type { PayoutRail } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { isPayoutBatchSending } from '../../domain/payout-batch-status';
import { NotFoundError } from '../../errors/app-error';
import { claimPayoutPart } from './claim-payout-part';
import type { PartOutcome } from './rails/rail';
import { payoutRail } from './rails/registry';
import { settleBatchSend } from './settle-batch-send';

/**
 * Sends every part of a 'sending' batch that is not sent yet (pending, or stuck in 'sending'
 * past the recovery delay), each by its rail (one PayPal call per PayPal part, one transfer per item
 * of a Stripe part), then settles the batch. Safe to run twice or concurrently: each part is claimed
 * by one caller and always carries its own sender_batch_id, each transfer its item's Idempotency-Key.
 */
export async function sendPayoutBatch({
  ctx,
  input,
}: ServiceCall<{ batchId: string }>): Promise<{ batchId: string; status: string; parts: Record<string, PartOutcome> }> {
  const [batch] = await ctx.db.select().from(payoutBatches).where(eq(payoutBatches.id, input.batchId));
  if (!batch) throw new NotFoundError('payout batch', input.batchId);
  const outcomes: Record<string, PartOutcome> = {};
  if (isPayoutBatchSending(batch.status)) {
    const parts = await ctx.db
      .select({ id: payoutBatchParts.id, rail: payoutBatchParts.rail })
      .from(payoutBatchParts)
      .where(eq(payoutBatchParts.batchId, batch.id))
      .orderBy(asc(payoutBatchParts.part));
    const organizationId = batch.organizationId;
    // Each rail's account (the organization's own, else the deployment's), resolved once, before any part is claimed.
    const accounts = new Map<PayoutRail, unknown>();
    for (const { rail } of parts)
      if (!accounts.has(rail))
        accounts.set(rail, await payoutRail(rail).requireAccount({ ctx, input: { organizationId } }));
    for (const { id, rail } of parts) {
      const claimed = await claimPayoutPart({ ctx, input: { partId: id } });
      if (!claimed) continue;
      outcomes[claimed.senderBatchId] = await payoutRail(rail).sendPart({
        ctx,
        input: { account: accounts.get(rail), part: claimed, currency: batch.currency, organizationId },
      });
    }
  }
  const settled = await settleBatchSend({ ctx, input: { batchId: batch.id } });
  return { batchId: batch.id, status: settled ?? batch.status, parts: outcomes };
}
