import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../lib/api/client';
import type { components } from '../lib/api/schema.gen';
import { unwrap } from '../lib/api/unwrap';

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

/**
 * The newest conversion, read again every few seconds until there is one. Polling stops on this query's own
 * answer, not on the checklist's: the checklist can see the first event before this query does, and stopping
 * then would leave the page waiting on an empty answer for ever.
 */
export const latestConversionQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...conversionFeedKeys.all, orgId, 'latest'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/conversions', { params: { path: { orgId }, query: { limit: 1 } }, signal })),
    select: (page) => page.items[0] ?? null,
  });

export const useFlaggedConversions = (orgId: string) => useQuery(flaggedConversionsQueryOptions(orgId));

export const useLatestConversion = (orgId: string) =>
  useQuery({
    ...latestConversionQueryOptions(orgId),
    refetchInterval: (query) => ((query.state.data?.items.length ?? 0) > 0 ? false : 3_000),
  });
