import type { QueryClient } from '@tanstack/react-query';
import { orgEditionsQueryOptions } from '@/features/editions';
import {
  orgAffiliateOptionsQueryOptions,
  orgAppOptionsQueryOptions,
  orgProgramOptionsQueryOptions,
} from '@/features/organizations';
import {
  discountSummaryQueryOptions,
  orgStatsPageQueries,
  prefetchStatsPage,
  type StatsSearch,
} from '@/features/stats';

/**
 * The advertiser's stats page's requests, started from its route's loader as soon as the URL matches (or its link
 * is hovered): its reports, the discounts and the filters' names load while the page's code loads and renders,
 * not after its first render (bench/dashboard.ts). Not awaited; the page reads the same cache.
 */
export function prefetchOrgStats(queryClient: QueryClient, orgId: string, search: StatsSearch) {
  const page = orgStatsPageQueries(orgId, search);
  prefetchStatsPage(queryClient, page);
  const { from, to } = page.base;
  void queryClient.prefetchQuery(
    discountSummaryQueryOptions(orgId, { ...(from ? { from } : {}), ...(to ? { to } : {}) }),
  );
  void queryClient.prefetchQuery(orgProgramOptionsQueryOptions(orgId));
  void queryClient.prefetchQuery(orgAppOptionsQueryOptions(orgId));
  void queryClient.prefetchQuery(orgAffiliateOptionsQueryOptions(orgId));
  void queryClient.prefetchQuery(orgEditionsQueryOptions(orgId, {}));
}
