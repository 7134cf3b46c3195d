import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import type { ResolvedDateRange } from '@/lib/date-range';
import { unwrap } from '@/lib/api/unwrap';

export type OrgReport = components['schemas']['Report'];

export const orgAffiliateReportKeys = { all: ['org-affiliate-report'] as const };

/**
 * The organization's report filtered to one affiliate in one program: a time series (per hour for a single
 * day) and the period's totals, in the browser's time zone so "today" is the user's today.
 */
export function useAffiliateReport(
  orgId: string,
  filter: { affiliateId: string; programId: string },
  range: ResolvedDateRange,
  granularity: 'day' | 'hour' | 'total',
  enabled: boolean,
) {
  return useQuery({
    queryKey: [...orgAffiliateReportKeys.all, orgId, filter, range, granularity],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/stats/report', {
          params: {
            path: { orgId },
            query: {
              from: range.from,
              to: range.to,
              tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
              granularity,
              affiliate: filter.affiliateId,
              program: filter.programId,
              limit: 1000,
            },
          },
          signal,
        }),
      ),
    enabled,
  });
}
