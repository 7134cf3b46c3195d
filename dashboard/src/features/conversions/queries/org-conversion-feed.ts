import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type FeedConversion = components['schemas']['Conversion'];

export const conversionFeedKeys = { all: ['org-conversion-feed'] as const };

/** Up to 100 conversions held for review, newest first: the overview shows how many and the first few. */
export const flaggedConversionsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...conversionFeedKeys.all, orgId, 'flagged'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/conversions', {
          params: { path: { orgId }, query: { status: 'flagged', limit: 100 } },
          signal,
        }),
      ),
  });

export const useFlaggedConversions = (orgId: string) => useQuery(flaggedConversionsQueryOptions(orgId));
