import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components, paths } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { cursorPages } from '@/ui/paged-query';

export type OrgReport = components['schemas']['Report'];
export type OrgReportRow = OrgReport['rows'][number];
export type OrgStatsQuery = NonNullable<paths['/orgs/{orgId}/stats/report']['get']['parameters']['query']>;

export const orgStatsKeys = { all: ['org-stats'] as const };

const fetchReport = (orgId: string, query: OrgStatsQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/orgs/{orgId}/stats/report', { params: { path: { orgId }, query }, signal }));

/** One page of the advertiser's report: the headline totals and the time series fit in one page each. */
export const orgReportQueryOptions = (orgId: string, query: OrgStatsQuery) =>
  queryOptions({
    queryKey: [...orgStatsKeys.all, orgId, 'report', query],
    queryFn: ({ signal }) => fetchReport(orgId, query, signal),
  });

/** A grouped report read page by page with its keyset cursor ("load more"). */
export const orgBreakdownQueryOptions = (orgId: string, query: OrgStatsQuery) =>
  infiniteQueryOptions({
    queryKey: [...orgStatsKeys.all, orgId, 'breakdown', query],
    queryFn: ({ signal, pageParam }) => fetchReport(orgId, pageParam ? { ...query, cursor: pageParam } : query, signal),
    ...cursorPages,
  });

export const useOrgReport = (orgId: string, query: OrgStatsQuery) => useQuery(orgReportQueryOptions(orgId, query));

export const useOrgBreakdown = (orgId: string, query: OrgStatsQuery) =>
  useInfiniteQuery(orgBreakdownQueryOptions(orgId, query));

/** The whole report as CSV, read through the client so the access token stays in a header. */
export async function downloadOrgReportCsv(orgId: string, query: OrgStatsQuery) {
  const { data, error, response } = await api.GET('/orgs/{orgId}/stats/report.csv', {
    params: { path: { orgId }, query },
    parseAs: 'blob',
  });
  return { blob: data as Blob | undefined, error, response };
}

export type DiscountSummary = components['schemas']['DiscountSummary'];

/** Discounts given to referred customers against revenue, per currency, over the page's days. */
export const discountSummaryQueryOptions = (orgId: string, query: { from?: string; to?: string }) =>
  queryOptions({
    queryKey: [...orgStatsKeys.all, orgId, 'discounts', query],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/stats/discounts', { params: { path: { orgId }, query }, signal })),
  });

export const useDiscountSummary = (orgId: string, query: { from?: string; to?: string }) =>
  useQuery(discountSummaryQueryOptions(orgId, query));
