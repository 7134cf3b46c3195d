import { and, eq } from 'drizzle-orm';
import { payoutBatchParts, payoutItems, type PayoutItem } from '../../../../../schema';
import { inTransaction, type ServiceCall } from '../../../../context';
import { AppError, NotFoundError } from '../../../../errors/app-error';
import { recordAudit } from '../../../audit';
import { enqueueNotifications } from '../../../notifications';
import { findPayoutBatch } from '../../find-payout-batch';
import { settleItemResult } from '../../settle-item-result';

export interface ExternalResultInput {
  batchId: string;
  itemId: string;
  /** paid: the advertiser paid it in its own system; failed: it could not, and the money returns to the balance. */
  outcome: 'paid' | 'failed';
  /** The advertiser's own reference of the payment (a transfer id), kept with the item. */
  reference?: string | undefined;
  /** Why it failed, in the advertiser's words (shown to finance, not to the affiliate). */
  reason?: string | undefined;
}

const FINAL_OF = { paid: 'success', failed: 'failed' } as const;

/**
 * The advertiser's answer to a `payout.external_requested` event: the item is paid (its lines become paid)
 * or failed (its lines return to the affiliate's balance), through the same settlement as every rail, so the
 * ledger cannot tell an external item from another. Asked again with the same answer it changes nothing; an
 * item already settled the other way is refused (409 payout_item_settled), so money returns once. Audited.
 */
export async function settleExternalPayoutItem({ ctx, input }: ServiceCall<ExternalResultInput>): Promise<PayoutItem> {
  const { item, notifications } = await inTransaction(ctx, async (tx) => {
    const batch = await findPayoutBatch({ ctx: tx, input: { batchId: input.batchId } });
    const [item] = await tx.db
      .select()
      .from(payoutItems)
      .where(and(eq(payoutItems.id, input.itemId), eq(payoutItems.batchId, batch.id)))
      .for('update');
    if (!item) throw new NotFoundError('payout item', input.itemId);
    if (item.rail !== 'external')
      throw new AppError('payout_item_not_external', 'Only an external payout item is confirmed by the advertiser', {
        rail: item.rail,
      });
    if (item.status === FINAL_OF[input.outcome]) return { item, notifications: [] };
    if (item.status !== 'pending')
      throw new AppError('payout_item_settled', `This payout item is already ${item.status}`, { status: item.status });
    const [part] = await tx.db
      .select({ status: payoutBatchParts.status })
      .from(payoutBatchParts)
      .where(and(eq(payoutBatchParts.batchId, batch.id), eq(payoutBatchParts.part, item.part)));
    if (part?.status !== 'sent')
      throw new AppError('payout_item_not_requested', 'This payout item has not been sent for payment yet');
    const reference = input.reference ?? null;
    const settled = await settleItemResult({
      ctx: tx,
      input: {
        payoutItemId: item.id,
        paypalItemId: null,
        transactionStatus: input.outcome === 'paid' ? 'SUCCESS' : 'FAILED',
        transactionId: reference,
        error:
          input.outcome === 'failed'
            ? {
                name: 'EXTERNAL_PAYMENT_FAILED',
                message: input.reason ?? 'The advertiser could not pay it',
                debugId: null,
              }
            : null,
      },
    });
    await recordAudit({
      ctx: tx,
      input: {
        action: input.outcome === 'paid' ? 'payout_item.external_paid' : 'payout_item.external_failed',
        targetType: 'payout_batch',
        targetId: batch.id,
        before: { itemId: item.id, status: item.status },
        after: { itemId: item.id, status: settled.status, reference, reason: input.reason ?? null },
      },
    });
    const [after] = await tx.db.select().from(payoutItems).where(eq(payoutItems.id, item.id));
    return { item: after!, notifications: settled.notifications };
  });
  if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
  return item;
}
