import type { ServiceCall } from '../../context';
import { toCsv } from '../../domain/csv';
import { formatMinorUnits } from '../../domain/format-minor-units';
import { listMyPayouts } from './list-my-payouts';

const HEADER = [
  'item_id',
  'advertiser',
  'receiver_email',
  'amount',
  'currency',
  'status',
  'paypal_transaction_id',
  'failure_reason',
  'paid_at',
  'created_at',
];

/** The affiliate's own payout history as CSV (advertiser names are advertiser-typed text: guarded). */
export async function exportMyPayouts({
  ctx,
}: ServiceCall<Record<string, never>>): Promise<{ filename: string; csv: string }> {
  const rows = await listMyPayouts({ ctx, input: {} });
  const csv = toCsv(
    HEADER,
    rows.map(({ item, organizationName }) => [
      item.id,
      organizationName,
      item.receiverEmail,
      { number: formatMinorUnits(item.amountMinor, item.currency) },
      item.currency,
      item.status,
      item.paypalTransactionId,
      item.failureReason,
      item.paidAt?.toISOString() ?? null,
      item.createdAt.toISOString(),
    ]),
  );
  return { filename: 'payouts.csv', csv };
}
