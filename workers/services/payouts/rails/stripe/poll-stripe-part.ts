import { and, eq, sql } from 'drizzle-orm';
import { payoutBatchParts, payoutItems } from '../../../../../schema';
import { inTransaction, type ServiceCall } from '../../../../context';
import { getTransfer, type StripeConfig } from '../../../../integrations/stripe';
import { enqueueNotifications, type NotificationRequest } from '../../../notifications';
import { completePayoutBatch } from '../../complete-payout-batch';
import { settleItemResult } from '../../settle-item-result';

/**
 * One Stripe part: each paid item's transfer is read back, and one Stripe reversed in full is
 * settled as reversed (its lines return to the balance), the same step the webhook takes, so a
 * lost `transfer.reversed` delivery still returns the money. A partial reversal moves nothing:
 * it is logged for finance, who settle the difference with an adjustment.
 */
export async function pollStripePart({
  ctx,
  input,
}: ServiceCall<{ cfg: StripeConfig; part: { id: string; batchId: string; part: number } }>): Promise<number> {
  const { cfg, part } = input;
  const items = await ctx.db
    .select({ id: payoutItems.id, transferId: payoutItems.stripeTransferId })
    .from(payoutItems)
    .where(
      and(
        eq(payoutItems.batchId, part.batchId),
        eq(payoutItems.part, part.part),
        eq(payoutItems.status, 'success'),
        sql`${payoutItems.stripeTransferId} IS NOT NULL`,
      ),
    );
  const notifications: NotificationRequest[] = [];
  let applied = 0;
  for (const item of items) {
    const transfer = await getTransfer(cfg, item.transferId!);
    if (!transfer.reversed && transfer.amount_reversed > 0)
      ctx.log.warn('stripe_transfer_partly_reversed', { payoutItemId: item.id, transferId: transfer.id });
    if (!transfer.reversed) continue;
    const outcome = await inTransaction(ctx, (tx) => settleItemResult({ ctx: tx, input: reversal(item.id) }));
    notifications.push(...outcome.notifications);
    if (outcome.outcome === 'applied') applied++;
  }
  await ctx.db
    .update(payoutBatchParts)
    .set({ lastPolledAt: ctx.now, updatedAt: ctx.now })
    .where(eq(payoutBatchParts.id, part.id));
  await completePayoutBatch({ ctx, input: { batchId: part.batchId } });
  if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
  return applied;
}

/** A Stripe transfer reversed in full, as the item result the one transition table reads. */
export const reversal = (payoutItemId: string) => ({
  payoutItemId,
  paypalItemId: null,
  transactionStatus: 'REVERSED' as const,
  transactionId: null,
  error: { name: 'TRANSFER_REVERSED', message: 'Stripe reversed the transfer', debugId: null },
});
