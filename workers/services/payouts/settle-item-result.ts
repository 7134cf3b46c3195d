import { eq, sql } from 'drizzle-orm';
import { payoutBatches, payoutItems, type PayoutItem } from '../../../schema';
import type { PayoutItemStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import type { PayPalItemError } from '../../integrations/paypal/paypal-errors';
import { hasPayoutBatchReachedPaypal } from '../../domain/payout-batch-status';
import { unclaimedClaimBy } from '../../domain/unclaimed-payout';
import {
  FINAL_ITEM_STATUSES,
  itemTransition,
  type ItemTransition,
  type PaypalItemStatus,
} from '../../domain/payout-item-transition';
import type { NotificationRequest } from '../notifications';
import { completePayoutBatch } from './complete-payout-batch';
import { payoutNotification } from './payout-notification';
import { releaseItemLines } from './release-item-lines';
import { refreshConversionStats } from '../stats';
import { issueCreditNotes, issueSelfBillingInvoices } from '../tax';

export interface ItemResultInput {
  /** Our item id, sent to PayPal as sender_item_id. */
  payoutItemId: string;
  paypalItemId: string | null;
  transactionStatus: PaypalItemStatus;
  transactionId: string | null;
  /** PayPal's reason for an item it did not pay, when it gave one. */
  error: PayPalItemError | null;
}

export interface ItemResultOutcome {
  outcome: 'applied' | 'unchanged' | 'unknown_item' | 'not_sent';
  transition: ItemTransition['kind'] | null;
  status: PayoutItemStatus | null;
  notifications: NotificationRequest[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Applies one PayPal item result inside the caller's transaction, with the item locked, by the
 * one transition table: pay (lines paid), return or take back (lines approved again, links
 * deleted), unclaimed (lines wait), wait, or nothing. Returns the notifications to send after
 * commit. `completion: false` lets a caller applying many results check completion once.
 */
export async function settleItemResult({
  ctx,
  input,
}: ServiceCall<ItemResultInput & { completion?: boolean }>): Promise<ItemResultOutcome> {
  const unknown = (outcome: 'unknown_item' | 'not_sent'): ItemResultOutcome => ({
    outcome,
    transition: null,
    status: null,
    notifications: [],
  });
  if (!UUID.test(input.payoutItemId)) return unknown('unknown_item');
  const [item] = await ctx.db.select().from(payoutItems).where(eq(payoutItems.id, input.payoutItemId)).for('update');
  if (!item) return unknown('unknown_item');
  const [batch] = await ctx.db
    .select({ status: payoutBatches.status, sentAt: payoutBatches.sentAt })
    .from(payoutBatches)
    .where(eq(payoutBatches.id, item.batchId));
  // Results only count for items PayPal has: a proposed or approved batch never went out.
  if (!batch || !hasPayoutBatchReachedPaypal(batch.status)) return unknown('not_sent');
  const t = itemTransition(item.status, input.transactionStatus);
  if (t.kind === 'none') return { outcome: 'unchanged', transition: 'none', status: item.status, notifications: [] };

  const ids = {
    paypalItemId: input.paypalItemId ?? item.paypalItemId,
    paypalTransactionId: input.transactionId ?? item.paypalTransactionId,
    updatedAt: ctx.now,
  };
  const reason = input.error?.message ?? `PayPal reported ${input.transactionStatus}`;
  const setItem = async (values: Partial<typeof payoutItems.$inferInsert>): Promise<PayoutItem> => {
    const [row] = await ctx.db
      .update(payoutItems)
      .set({ ...values, ...ids })
      .where(eq(payoutItems.id, item.id))
      .returning();
    return row ?? item;
  };
  const notifications: NotificationRequest[] = [];
  let moved: string[] = [];
  let updated: PayoutItem;
  switch (t.kind) {
    case 'wait':
      updated = await setItem({ status: t.to });
      break;
    case 'unclaimed':
      updated = await setItem({ status: t.to });
      notifications.push(payoutNotification(updated, 'unclaimed', { claimBy: unclaimedClaimBy(batch.sentAt) }));
      break;
    case 'pay':
      updated = await setItem({ status: 'success', paidAt: ctx.now, failureReason: null, failureCode: null });
      moved = (
        await ctx.db.execute(sql`
          UPDATE affiliate.commissions c SET status = 'paid', paid_at = ${ctx.now}, updated_at = ${ctx.now}
          FROM affiliate.payout_item_commissions l
          WHERE l.commission_id = c.id AND l.payout_item_id = ${item.id} AND c.status = 'in_payout'
          RETURNING c.id`)
      ).rows.map((r) => (r as { id: string }).id);
      notifications.push(payoutNotification(updated, 'success'));
      await issueSelfBillingInvoices({ ctx, input: { payoutItemIds: [item.id] } });
      break;
    case 'return':
    case 'reverse':
      moved = await releaseItemLines({
        ctx,
        input: { items: sql`SELECT ${item.id}::uuid`, from: t.kind === 'return' ? 'in_payout' : 'paid' },
      });
      updated = await setItem({
        status: t.to,
        failureReason: reason.slice(0, 1000),
        failureCode: input.error?.name?.slice(0, 100) ?? null,
      });
      notifications.push(payoutNotification(updated, 'failed', { errorCode: input.error?.name }));
      // A payment taken back after it was paid and invoiced: its invoice is cancelled by a credit note.
      if (t.kind === 'reverse') await issueCreditNotes({ ctx, input: { payoutItemIds: [item.id], reason } });
      // PayPal's support finds the case by its debug_id; the reason shown to people stays plain.
      ctx.log.warn('payout_item_not_paid', {
        payoutItemId: item.id,
        paypalItemId: ids.paypalItemId,
        transactionStatus: input.transactionStatus,
        paypalError: input.error?.name ?? null,
        paypalDebugId: input.error?.debugId ?? null,
      });
      break;
  }
  if (input.completion !== false && FINAL_ITEM_STATUSES.has(updated.status))
    await completePayoutBatch({ ctx, input: { batchId: item.batchId } });
  await refreshConversionStats({ ctx, input: { commissionIds: moved } });
  return { outcome: 'applied', transition: t.kind, status: updated.status, notifications };
}
