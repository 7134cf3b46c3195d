/** One broken ledger invariant: what kind, in words, and the rows involved. */
export interface Discrepancy {
  kind: string;
  detail: string;
  ids: string[];
}

export interface BucketTotals {
  organizationId: string;
  affiliateId: string;
  currency: string;
  holdMinor: number;
  /** Unpaid lines held while their payment is disputed: not payable until the dispute is won. */
  disputedMinor: number;
  approvedMinor: number;
  inPayoutMinor: number;
  paidMinor: number;
}

export interface LiveTotal {
  organizationId: string;
  affiliateId: string;
  currency: string;
  liveMinor: number;
}

const keyOf = (r: { organizationId: string; affiliateId: string; currency: string }) =>
  `${r.organizationId}|${r.affiliateId}|${r.currency}`;

/**
 * Every live line must land in exactly one balance bucket: per (advertiser, affiliate, currency)
 * the sum of all live lines equals hold + disputed + approved + in payout + paid. A gap means a line is
 * counted nowhere (or twice), which is money an affiliate would silently gain or lose.
 */
export function compareBalanceTotals(live: readonly LiveTotal[], buckets: readonly BucketTotals[]): Discrepancy[] {
  const bucketSums = new Map(
    buckets.map((b) => [keyOf(b), b.holdMinor + b.disputedMinor + b.approvedMinor + b.inPayoutMinor + b.paidMinor]),
  );
  const out: Discrepancy[] = [];
  for (const row of live) {
    const counted = bucketSums.get(keyOf(row)) ?? 0;
    if (counted === row.liveMinor) continue;
    out.push({
      kind: 'balance_mismatch',
      detail: `${row.currency}: live lines sum to ${row.liveMinor} but hold + disputed + approved + in payout + paid is ${counted}`,
      ids: [row.organizationId, row.affiliateId],
    });
  }
  return out;
}
