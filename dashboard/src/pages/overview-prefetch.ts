import type { QueryClient } from '@tanstack/react-query';
import type { DateRangeSearch } from '@/lib/date-range';
import { flaggedConversionsQueryOptions } from '@/features/conversions';
import { onboardingQueryOptions } from '@/features/onboarding';
import { enrollmentLookupQueryOptions, programLookupQueryOptions } from '@/features/organizations';
import { importMetricChart, orgOverviewReports } from '@/features/stats';

/**
 * The overview's requests, started from its route's loader as soon as the URL matches (or its link is hovered):
 * they run while the page's code loads and renders instead of after its first render (bench/dashboard.ts), and
 * the page reads them from the cache. Not awaited: the page shows its loading states meanwhile.
 */
export function prefetchOverview(queryClient: QueryClient, orgId: string, search: DateRangeSearch) {
  const reports = orgOverviewReports(orgId, search);
  for (const query of [reports.headline, reports.series, reports.topPrograms, reports.topAffiliates])
    void queryClient.prefetchQuery(query);
  void queryClient.prefetchQuery(programLookupQueryOptions(orgId));
  void queryClient.prefetchQuery(enrollmentLookupQueryOptions(orgId));
  void queryClient.prefetchQuery(flaggedConversionsQueryOptions(orgId));
  void queryClient.prefetchQuery(onboardingQueryOptions(orgId));
  void importMetricChart();
}
