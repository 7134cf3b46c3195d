/**
 * Compares one payout item as we recorded it with PayPal's latest report of it. Amounts are compared
 * as decimal strings in PayPal's notation ("150.00" equals "150.0"), never as floats.
 */

export const RECONCILIATION_DIFFERENCES = ['status', 'amount', 'currency', 'receiver', 'transaction'] as const;
export type ReconciliationDifference = (typeof RECONCILIATION_DIFFERENCES)[number];

export interface RecordedPayoutItem {
  /** Our item status (lowercase PayPal transaction status, or pending). */
  status: string;
  /** The amount we sent, in PayPal's `amount.value` notation. */
  amountValue: string;
  currency: string;
  /** null for a Stripe item: PayPal never reports on it. */
  receiverEmail: string | null;
  transactionId: string | null;
}

export interface ReportedPayoutItem {
  transactionStatus: string;
  amountValue: string | null;
  currency: string | null;
  receiver: string | null;
  transactionId: string | null;
}

/** "0150.500" → "150.5", "150.00" → "150": one spelling per decimal value. */
export function normalizeDecimal(value: string): string {
  const [whole = '', fraction = ''] = value.trim().split('.');
  const integer = whole.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  return decimals ? `${integer}.${decimals}` : integer;
}

/** The fields where PayPal's report and our record disagree; empty when they match. */
export function payoutItemDifferences(
  recorded: RecordedPayoutItem,
  reported: ReportedPayoutItem,
): ReconciliationDifference[] {
  const differences: ReconciliationDifference[] = [];
  if (reported.transactionStatus.toLowerCase() !== recorded.status) differences.push('status');
  if (
    reported.amountValue !== null &&
    normalizeDecimal(reported.amountValue) !== normalizeDecimal(recorded.amountValue)
  )
    differences.push('amount');
  if (reported.currency !== null && reported.currency.toUpperCase() !== recorded.currency.toUpperCase())
    differences.push('currency');
  if (reported.receiver !== null && reported.receiver.toLowerCase() !== (recorded.receiverEmail ?? '').toLowerCase())
    differences.push('receiver');
  if (reported.transactionId !== null && reported.transactionId !== recorded.transactionId)
    differences.push('transaction');
  return differences;
}
