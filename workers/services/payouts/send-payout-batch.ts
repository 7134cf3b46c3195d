import { asc, eq } from 'drizzle-orm';
import { payoutBatches, payoutBatchParts } from '../../../schema';
import type { ServiceCall } from '../../context';
import { isPayoutBatchSending } from '../../domain/payout-batch-status';
import { NotFoundError } from '../../errors/app-error';
import { claimPayoutPart } from './claim-payout-part';
import { requirePaypalAccount } from '../paypal-accounts';
import { sendPayoutPart, type PartOutcome } from './send-payout-part';
import { settleBatchSend } from './settle-batch-send';

/**
 * Sends every part of a 'sending' batch that is not sent yet (pending, or stuck in 'sending'
 * past the recovery delay), one PayPal call per part, then settles the batch. Safe to run twice
 * or concurrently: each part is claimed by one caller and always carries its own sender_batch_id.
 */
export async function sendPayoutBatch({
  ctx,
  input,
}: ServiceCall<{ batchId: string }>): Promise<{ batchId: string; status: string; parts: Record<string, PartOutcome> }> {
  const [batch] = await ctx.db.select().from(payoutBatches).where(eq(payoutBatches.id, input.batchId));
  if (!batch) throw new NotFoundError('payout batch', input.batchId);
  // The organization's own PayPal app when it connected one, else the deployment's.
  const { config: cfg } = await requirePaypalAccount({ ctx, input: { organizationId: batch.organizationId } });
  const outcomes: Record<string, PartOutcome> = {};
  if (isPayoutBatchSending(batch.status)) {
    const parts = await ctx.db
      .select({ id: payoutBatchParts.id })
      .from(payoutBatchParts)
      .where(eq(payoutBatchParts.batchId, batch.id))
      .orderBy(asc(payoutBatchParts.part));
    for (const { id } of parts) {
      const claimed = await claimPayoutPart({ ctx, input: { partId: id } });
      if (claimed)
        outcomes[claimed.senderBatchId] = await sendPayoutPart({
          ctx,
          input: { cfg, part: claimed, currency: batch.currency, organizationId: batch.organizationId },
        });
    }
  }
  const settled = await settleBatchSend({ ctx, input: { batchId: batch.id } });
  return { batchId: batch.id, status: settled ?? batch.status, parts: outcomes };
}
