import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../lib/api/client';
import type { components, paths } from '../lib/api/schema.gen';
import { unwrap } from '../lib/api/unwrap';

export type OrgReport = components['schemas']['Report'];
export type OrgReportQuery = NonNullable<paths['/orgs/{orgId}/stats/report']['get']['parameters']['query']>;

export const orgReportKeys = { all: ['org-report'] as const };

/** One page of the organization's report (totals, a time series, or a top-N grouping). */
export const orgReportQueryOptions = (orgId: string, query: OrgReportQuery) =>
  queryOptions({
    queryKey: [...orgReportKeys.all, orgId, query],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/stats/report', { params: { path: { orgId }, query }, signal })),
  });

export const useOrgReport = (orgId: string, query: OrgReportQuery) => useQuery(orgReportQueryOptions(orgId, query));
