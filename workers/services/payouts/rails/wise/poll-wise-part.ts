import { and, eq, inArray } from 'drizzle-orm';
import { payoutBatchParts, payoutItems, wiseTransfers } from '../../../../../schema';
import { inTransaction, type ServiceCall } from '../../../../context';
import { getTransfer, type WiseConfig } from '../../../../integrations/wise';
import { enqueueNotifications, type NotificationRequest } from '../../../notifications';
import { completePayoutBatch } from '../../complete-payout-batch';
import type { SentPart } from '../rail';
import { recordWiseTransfer } from './record-wise-transfer';

/**
 * One Wise part: each transfer whose item is still pending (on its way, or a lost webhook) is read back
 * (GET /v1/transfers/{id}) and settled by its state, the same step the send and the webhook take.
 */
export async function pollWisePart({ ctx, input }: ServiceCall<{ cfg: WiseConfig; part: SentPart }>): Promise<number> {
  const { cfg, part } = input;
  const open = await ctx.db
    .select({ id: payoutItems.id, transferId: wiseTransfers.transferId, quoteId: wiseTransfers.quoteId })
    .from(payoutItems)
    .innerJoin(wiseTransfers, eq(wiseTransfers.payoutItemId, payoutItems.id))
    .where(
      and(eq(payoutItems.batchId, part.batchId), eq(payoutItems.part, part.part), eq(payoutItems.status, 'pending')),
    );
  const notifications: NotificationRequest[] = [];
  for (const item of open) {
    const transfer = await getTransfer(cfg, item.transferId);
    const recorded = {
      payoutItemId: item.id,
      transferId: item.transferId,
      quoteId: item.quoteId,
      state: transfer.status,
      completion: false,
    };
    notifications.push(...(await inTransaction(ctx, (tx) => recordWiseTransfer({ ctx: tx, input: recorded }))));
  }
  await ctx.db
    .update(payoutBatchParts)
    .set({ lastPolledAt: ctx.now, updatedAt: ctx.now })
    .where(eq(payoutBatchParts.id, part.id));
  await completePayoutBatch({ ctx, input: { batchId: part.batchId } });
  if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
  if (open.length === 0) return 0;
  const now = await ctx.db
    .select({ status: payoutItems.status })
    .from(payoutItems)
    .where(
      inArray(
        payoutItems.id,
        open.map((i) => i.id),
      ),
    );
  return now.filter((i) => i.status !== 'pending').length;
}
