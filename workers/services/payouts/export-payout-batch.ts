import type { ServiceCall } from '../../context';
import { toCsv } from '../../domain/csv';
import { formatMinorUnits } from '../../domain/format-minor-units';
import { findPayoutBatch } from './find-payout-batch';
import { listBatchItems } from './list-batch-items';

const HEADER = [
  'item_id',
  'affiliate_id',
  'affiliate_email',
  'receiver_email',
  'amount',
  'currency',
  'status',
  'paypal_batch_id',
  'paypal_item_id',
  'paypal_transaction_id',
  'failure_reason',
  'paid_at',
];

/** The batch as CSV for finance's books: one row per item, amounts in major units with the currency's decimals. */
export async function exportPayoutBatch({
  ctx,
  input,
}: ServiceCall<{ batchId: string }>): Promise<{ filename: string; csv: string }> {
  const batch = await findPayoutBatch({ ctx, input: { batchId: input.batchId } });
  const rows = await listBatchItems({ ctx, input: { batchId: batch.id } });
  const csv = toCsv(
    HEADER,
    rows.map(({ item, affiliateEmail, paypalBatchId }) => [
      item.id,
      item.affiliateId,
      affiliateEmail,
      item.receiverEmail,
      { number: formatMinorUnits(item.amountMinor, item.currency) },
      item.currency,
      item.status,
      paypalBatchId,
      item.paypalItemId,
      item.paypalTransactionId,
      item.failureReason,
      item.paidAt?.toISOString() ?? null,
    ]),
  );
  return { filename: `payout-batch-${batch.id}.csv`, csv };
}
