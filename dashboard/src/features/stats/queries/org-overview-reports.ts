import { useQuery } from '@tanstack/react-query';
import { type DateRangeSearch, resolveDateRange } from '@/lib/date-range';
import { reportTimeZone } from '../stats-options';
import { type OrgStatsQuery, orgReportQueryOptions } from './org-stats';

/** The organization overview's reports for its URL: the page reads them, its route's loader starts them. */
export function orgOverviewReports(orgId: string, search: DateRangeSearch) {
  const range = resolveDateRange(search);
  const base: OrgStatsQuery = { from: range.from, to: range.to, tz: reportTimeZone() };
  const top = { ...base, granularity: 'total', limit: 5, sort: 'conversions', direction: 'desc' } as const;
  return {
    range,
    headline: orgReportQueryOptions(orgId, { ...base, granularity: 'total', compare: 'previous' }),
    series: orgReportQueryOptions(orgId, {
      ...base,
      granularity: range.from === range.to ? 'hour' : 'day',
      limit: 1000,
    }),
    topPrograms: orgReportQueryOptions(orgId, { ...top, groupBy: 'program' }),
    topAffiliates: orgReportQueryOptions(orgId, { ...top, groupBy: 'affiliate' }),
  };
}

export function useOrgOverviewReports(orgId: string, search: DateRangeSearch) {
  const q = orgOverviewReports(orgId, search);
  return {
    range: q.range,
    headline: useQuery(q.headline),
    series: useQuery(q.series),
    topPrograms: useQuery(q.topPrograms),
    topAffiliates: useQuery(q.topAffiliates),
  };
}
