import type { AffiliateMetric } from './reward-rules';

const DAY_MS = 86_400_000;

/**
 * One conversion (its counts) or one direct line or adjustment (its commission), at when its
 * conversion occurred, as the hourly rollups the live totals read date them.
 */
export interface TotalsEntry {
  at: number;
  /** Counted only from this time on (ms): a refund's adjustment, added with its sale, exists once the refund is recorded. */
  since?: number;
  goneAt: number | null;
  sales: number;
  conversions: number;
  revenue_minor: number;
  commission_minor: number;
}

/** An enrollment's conversions and direct commission by time, for the rules' "affiliate totals" windows. */
export class EnrollmentTotals {
  private byEnrollment = new Map<string, TotalsEntry[]>();

  add(enrollmentId: string, entry: TotalsEntry): void {
    const list = this.byEnrollment.get(enrollmentId) ?? [];
    this.byEnrollment.set(enrollmentId, list);
    // Recording order is nearly time order, so the insertion point is found from the end.
    let i = list.length;
    while (i > 0 && list[i - 1]!.at > entry.at) i--;
    list.splice(i, 0, entry);
  }

  /**
   * Sum over (before − window, before], as affiliate-totals.ts reads it, of what still counted at
   * `asOf` (neither rejected nor reversed yet when the event was recorded).
   */
  sum(enrollmentId: string, metric: AffiliateMetric, windowDays: number | null, before: number, asOf: number): number {
    const list = this.byEnrollment.get(enrollmentId);
    if (!list) return 0;
    const from = windowDays === null ? -Infinity : before - windowDays * DAY_MS;
    let total = 0;
    for (let i = upperBound(list, before) - 1; i >= 0 && list[i]!.at > from; i--) {
      const entry = list[i]!;
      if ((entry.goneAt === null || entry.goneAt > asOf) && (entry.since === undefined || entry.since <= asOf))
        total += entry[metric];
    }
    return total;
  }
}

function upperBound(list: TotalsEntry[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.at <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
