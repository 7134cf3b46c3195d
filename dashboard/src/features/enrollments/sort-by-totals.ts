import type { AffiliateRow } from './affiliates-table';

type Metric = 'clicks' | 'conversions' | 'earnings' | 'epc';

const metricOf = (row: AffiliateRow, metric: Metric): number => {
  const totals = row.totals;
  if (!totals) return 0;
  if (metric === 'earnings') return totals.earningsMinor;
  if (metric === 'epc') return totals.epc ?? 0;
  return totals[metric];
};

/**
 * The enrolled affiliates ordered by a lifetime figure (`clicks`, `-earnings`…). The figures come from the stats
 * rollup next to the enrollment list; affiliates without traffic yet count as zero.
 */
export function sortByTotals(rows: AffiliateRow[], sort: string | undefined): AffiliateRow[] {
  if (!sort) return rows;
  const desc = sort.startsWith('-');
  const metric = (desc ? sort.slice(1) : sort) as Metric;
  return [...rows].sort((a, b) => (metricOf(a, metric) - metricOf(b, metric)) * (desc ? -1 : 1));
}
