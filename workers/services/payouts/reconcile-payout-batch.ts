import { and, desc, eq, inArray, like, sql } from 'drizzle-orm';
import { paypalWebhookEvents } from '../../../schema';
import type { ServiceCall } from '../../context';
import { formatMinorUnits } from '../../domain/format-minor-units';
import {
  payoutItemDifferences,
  type ReconciliationDifference,
  type ReportedPayoutItem,
} from '../../domain/payout-reconciliation';
import { formatPayPalAmount } from '../../integrations/paypal/paypal-amount';
import { type BatchPageInput, batchPage } from './batch-page';
import type { BatchItemRow } from './list-batch-items';

export interface ReconciledItem extends BatchItemRow {
  /** PayPal's latest verified webhook about the item; null when none arrived (results may come by polling). */
  reported: (ReportedPayoutItem & { eventType: string; receivedAt: Date }) | null;
  differences: ReconciliationDifference[];
}

const senderItemId = sql<string>`${paypalWebhookEvents.payload} #>> '{resource,payout_item,sender_item_id}'`;
// Paths are constants of this file, written into the SQL text.
const field = (path: string) =>
  sql<string | null>`${paypalWebhookEvents.payload} #>> ${sql.raw(`'{resource,${path}}'`)}`;

// What we sent PayPal for the item, in its notation; an amount PayPal cannot take was never sent.
function sentAmount(amountMinor: number, currency: string): string {
  try {
    return formatPayPalAmount(amountMinor, currency);
  } catch {
    return formatMinorUnits(amountMinor, currency);
  }
}

/**
 * One page of a batch's items as we recorded them beside what PayPal last reported by webhook
 * (logs.paypal_webhook_events, verified only), with the fields that disagree; and the batch's parts
 * with PayPal's batch status as last reported. Read-only.
 */
export async function reconcilePayoutBatch({ ctx, input }: ServiceCall<BatchPageInput>) {
  const { batch, parts, items: rows } = await batchPage({ ctx, input });
  const ids = rows.map((r) => r.item.id);
  const events =
    ids.length === 0
      ? []
      : await ctx.db
          .selectDistinctOn([senderItemId], {
            itemId: senderItemId,
            eventType: paypalWebhookEvents.eventType,
            receivedAt: paypalWebhookEvents.receivedAt,
            transactionStatus: field('transaction_status'),
            amountValue: field('payout_item,amount,value'),
            currency: field('payout_item,amount,currency'),
            receiver: field('payout_item,receiver'),
            transactionId: field('transaction_id'),
          })
          .from(paypalWebhookEvents)
          .where(
            and(
              eq(paypalWebhookEvents.verified, true),
              like(paypalWebhookEvents.eventType, 'PAYMENT.PAYOUTS-ITEM.%'),
              inArray(senderItemId, ids),
            ),
          )
          .orderBy(senderItemId, desc(paypalWebhookEvents.receivedAt));
  const byItem = new Map(events.map((e) => [e.itemId, e]));
  const items: ReconciledItem[] = rows.map((row) => {
    const event = byItem.get(row.item.id);
    if (!event?.transactionStatus) return { ...row, reported: null, differences: [] };
    const reported = {
      transactionStatus: event.transactionStatus,
      amountValue: event.amountValue,
      currency: event.currency,
      receiver: event.receiver,
      transactionId: event.transactionId,
      eventType: event.eventType,
      receivedAt: event.receivedAt,
    };
    const differences = payoutItemDifferences(
      {
        status: row.item.status,
        amountValue: sentAmount(row.item.amountMinor, row.item.currency),
        currency: row.item.currency,
        receiverEmail: row.item.receiverEmail,
        transactionId: row.item.paypalTransactionId,
      },
      reported,
    );
    return { ...row, reported, differences };
  });
  return { batch, parts, items };
}
