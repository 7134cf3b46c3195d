import type { ServiceCall } from '../../context';
import { decodeStatsCursor, encodeStatsCursor } from '../../domain/stats-cursor';
import { earningsPerClick } from '../../domain/stats-metrics';
import type { TotalsSortKey } from '../../domain/stats-request';
import { readEnrollmentTotals, type StoredEnrollmentTotals } from './report-storage';

export interface EnrollmentTotalsQuery {
  sort: TotalsSortKey;
  direction: 'asc' | 'desc';
  limit: number;
  cursor?: string | undefined;
  programId?: string | undefined;
  currency?: string | undefined;
}

/** One enrollment's lifetime figures; earnings in minor units of `currency` (null before any commission). */
export type EnrollmentTotals = Omit<StoredEnrollmentTotals, 'sortValue'> & { epc: number | null };

/** A page of enrollment totals in one advertiser, optionally one affiliate's only. */
export async function pageEnrollmentTotals({
  ctx,
  input: { scope, query },
}: ServiceCall<{ scope: { organizationId: string; affiliateId?: string }; query: EnrollmentTotalsQuery }>): Promise<{
  items: EnrollmentTotals[];
  nextCursor: string | null;
}> {
  const ordering = `totals|${query.sort}|${query.direction}`;
  const after = query.cursor ? decodeStatsCursor(ordering, query.cursor) : null;
  const rows = await readEnrollmentTotals({
    ctx,
    input: {
      ...scope,
      programId: query.programId,
      currency: query.currency,
      sort: query.sort,
      direction: query.direction,
      after: after ? { sortValue: after[0], enrollmentId: after[2] } : null,
      limit: query.limit + 1,
    },
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ sortValue: _, ...row }) => ({ ...row, epc: earningsPerClick(row.earningsMinor, row.clicks) })),
    nextCursor:
      rows.length > query.limit && last
        ? encodeStatsCursor(ordering, [last.sortValue, 0, last.enrollmentId, ''])
        : null,
  };
}
