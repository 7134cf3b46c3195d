import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components, paths } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { cursorPages } from '@/ui/paged-query';

export type StatsReport = components['schemas']['AffiliateReport'];
export type StatsRow = StatsReport['rows'][number];
export type StatsQuery = NonNullable<paths['/affiliate/orgs/{orgId}/stats/report']['get']['parameters']['query']>;

export const affiliateStatsKeys = { all: ['affiliate-stats'] as const };

const fetchReport = (orgId: string, query: StatsQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/affiliate/orgs/{orgId}/stats/report', { params: { path: { orgId }, query }, signal }));

/** One page of a report: the headline totals and the time series fit in one page each. */
export const statsReportQueryOptions = (orgId: string, query: StatsQuery) =>
  queryOptions({
    queryKey: [...affiliateStatsKeys.all, orgId, 'report', query],
    queryFn: ({ signal }) => fetchReport(orgId, query, signal),
  });

/** A grouped report read page by page with its keyset cursor ("load more"). */
export const statsBreakdownQueryOptions = (orgId: string, query: StatsQuery) =>
  infiniteQueryOptions({
    queryKey: [...affiliateStatsKeys.all, orgId, 'breakdown', query],
    queryFn: ({ signal, pageParam }) => fetchReport(orgId, pageParam ? { ...query, cursor: pageParam } : query, signal),
    ...cursorPages,
  });

export const useStatsReport = (orgId: string, query: StatsQuery) => useQuery(statsReportQueryOptions(orgId, query));

export const useStatsBreakdown = (orgId: string, query: StatsQuery) =>
  useInfiniteQuery(statsBreakdownQueryOptions(orgId, query));

/** The whole report as CSV, read through the client so the access token stays in a header. */
export async function downloadStatsCsv(orgId: string, query: StatsQuery) {
  const { data, error, response } = await api.GET('/affiliate/orgs/{orgId}/stats/report.csv', {
    params: { path: { orgId }, query },
    parseAs: 'blob',
  });
  return { blob: data as Blob | undefined, error, response };
}

export const myClickQueryOptions = (orgId: string, clickId: string) =>
  queryOptions({
    queryKey: [...affiliateStatsKeys.all, orgId, 'click', clickId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/affiliate/orgs/{orgId}/clicks/{clickId}', { params: { path: { orgId, clickId } }, signal })),
    retry: false,
  });

export const useMyClick = (orgId: string, clickId: string | undefined) =>
  useQuery({ ...myClickQueryOptions(orgId, clickId ?? ''), enabled: Boolean(clickId) });
