import type { Money, PayoutBatch, PayoutItem } from './state';
import { paypalDecimalsOf } from './validate-payout';

const link = (href: string, rel: string) => ({ href, rel, method: 'GET', encType: 'application/json' });

/** payout_batch_items as GET and the item webhooks show it. */
export function renderItem(item: PayoutItem, origin: string) {
  return {
    payout_item_id: item.payoutItemId,
    ...(item.transactionId ? { transaction_id: item.transactionId } : {}),
    transaction_status: item.status,
    payout_item_fee: { currency: item.amount.currency, value: zero(item.amount.currency) },
    payout_batch_id: item.payoutBatchId,
    payout_item: {
      recipient_type: 'EMAIL',
      amount: item.amount,
      ...(item.note !== undefined ? { note: item.note } : {}),
      receiver: item.receiver,
      ...(item.senderItemId !== undefined ? { sender_item_id: item.senderItemId } : {}),
      recipient_wallet: 'PAYPAL',
    },
    ...(item.timeProcessed ? { time_processed: item.timeProcessed } : {}),
    ...(item.errors ? { errors: item.errors } : {}),
    links: [link(`${origin}/v1/payments/payouts-item/${item.payoutItemId}`, 'item')],
  };
}

/** payout_batch_header; amount is the batch total when all items share one currency. */
export function renderBatchHeader(batch: PayoutBatch) {
  const total = totalOf(batch.items.map((i) => i.amount));
  return {
    payout_batch_id: batch.payoutBatchId,
    batch_status: batch.status,
    time_created: batch.timeCreated,
    ...(batch.timeCompleted ? { time_completed: batch.timeCompleted, time_closed: batch.timeCompleted } : {}),
    sender_batch_header: {
      ...(batch.senderBatchId !== undefined ? { sender_batch_id: batch.senderBatchId } : {}),
      recipient_type: 'EMAIL',
      ...(batch.emailSubject !== undefined ? { email_subject: batch.emailSubject } : {}),
      ...(batch.emailMessage !== undefined ? { email_message: batch.emailMessage } : {}),
    },
    funding_source: 'BALANCE',
    ...(total ? { amount: total, fees: { currency: total.currency, value: zero(total.currency) } } : {}),
  };
}

export const batchLink = (origin: string, batch: PayoutBatch) =>
  link(`${origin}/v1/payments/payouts/${batch.payoutBatchId}`, 'self');

function zero(currency: string): string {
  const decimals = paypalDecimalsOf(currency);
  return decimals ? `0.${'0'.repeat(decimals)}` : '0';
}

function totalOf(amounts: Money[]): Money | null {
  const currency = amounts[0]?.currency;
  if (!currency || amounts.some((a) => a.currency !== currency)) return null;
  const decimals = paypalDecimalsOf(currency);
  // Values were validated to carry exactly `decimals` digits, so dropping the point gives minor units.
  const minor = amounts
    .reduce((sum, a) => sum + BigInt(a.value.replace('.', '')), 0n)
    .toString()
    .padStart(decimals + 1, '0');
  return { currency, value: decimals ? `${minor.slice(0, -decimals)}.${minor.slice(-decimals)}` : minor };
}
