import {
  type QueryClient,
  type QueryKey,
  type UseInfiniteQueryOptions,
  type UseQueryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { previousRange } from '../chart-series';
import { importMetricChart } from '../metric-chart-import';
import { OWNER_BREAKDOWNS } from '../stats-lists';
import {
  type Breakdown,
  baseStatsQuery,
  breakdownOf,
  breakdownRequest,
  type StatsFilterQuery,
  type StatsSearch,
} from '../stats-options';
import { statsBreakdownQueryOptions, statsReportQueryOptions } from './affiliate-stats';
import { orgBreakdownQueryOptions, orgReportQueryOptions } from './org-stats';

/** The reports a stats page shows for its URL: the headline, the series and the period before, the breakdown. */
function statsPageRequests(search: StatsSearch, owners?: readonly Breakdown[]) {
  const base = baseStatsQuery(search);
  const by = breakdownOf(search, owners);
  const granularity = base.from === base.to ? ('hour' as const) : ('day' as const);
  // The period just before, bucket by bucket, drawn faint behind this one.
  const before = previousRange(base.from ?? '', base.to ?? '');
  return {
    base,
    by,
    headline: { ...base, granularity: 'total', compare: 'previous' } as const,
    series: { ...base, granularity, limit: 1000 },
    previousSeries: { ...base, ...before, granularity, limit: 1000 },
    breakdown: { ...base, ...breakdownRequest(by, search.sort) },
  };
}

/** The advertiser's stats page (every owner dimension to group by). */
export function orgStatsPageQueries(orgId: string, search: StatsSearch) {
  const r = statsPageRequests(search, OWNER_BREAKDOWNS);
  return {
    base: r.base,
    by: r.by,
    headline: orgReportQueryOptions(orgId, r.headline),
    series: orgReportQueryOptions(orgId, r.series),
    previousSeries: orgReportQueryOptions(orgId, r.previousSeries),
    breakdown: orgBreakdownQueryOptions(orgId, r.breakdown),
  };
}

/** The affiliate's stats page in one advertiser (its own traffic, by program). */
export function affiliateStatsPageQueries(orgId: string, search: StatsSearch) {
  const r = statsPageRequests(search);
  return {
    base: r.base,
    by: r.by,
    headline: statsReportQueryOptions(orgId, r.headline),
    series: statsReportQueryOptions(orgId, r.series),
    previousSeries: statsReportQueryOptions(orgId, r.previousSeries),
    breakdown: statsBreakdownQueryOptions(orgId, r.breakdown),
  };
}

type PageQueries<R, K extends QueryKey, B, BK extends QueryKey, P> = {
  headline: UseQueryOptions<R, Error, R, K>;
  series: UseQueryOptions<R, Error, R, K>;
  previousSeries: UseQueryOptions<R, Error, R, K>;
  breakdown: UseInfiniteQueryOptions<R, Error, B, BK, P>;
};

/**
 * Started from a stats route's loader, which runs as soon as the URL matches (or its link is hovered): the
 * reports and the chart's code load while the page's own code loads and renders, not after its first render
 * (bench/dashboard.ts). Not awaited: the page shows its loading states meanwhile and reads the same cache.
 */
export function prefetchStatsPage<R, K extends QueryKey, B, BK extends QueryKey, P>(
  queryClient: QueryClient,
  q: PageQueries<R, K, B, BK, P>,
) {
  void queryClient.prefetchQuery(q.headline);
  void queryClient.prefetchQuery(q.series);
  void queryClient.prefetchQuery(q.previousSeries);
  void queryClient.prefetchInfiniteQuery(q.breakdown);
  void importMetricChart();
}

/** The page's side: the same reports, read through the cache the loader filled. */
export function useStatsPage<R, K extends QueryKey, B, BK extends QueryKey, P>(
  q: PageQueries<R, K, B, BK, P> & { base: StatsFilterQuery; by: Breakdown },
) {
  return {
    base: q.base,
    by: q.by,
    headline: useQuery(q.headline),
    series: useQuery(q.series),
    previousSeries: useQuery(q.previousSeries),
    breakdown: useInfiniteQuery(q.breakdown),
  };
}
