import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import type { SearchAudience } from '@/nav/search-hit-target';

export type SearchHit = components['schemas']['SearchHit'];

export const searchKeys = { all: ['search'] as const };

/** One search the user may run: its audience, and the organization for the console's. */
export type SearchScope = { audience: 'organization'; orgId: string } | { audience: 'affiliate' | 'platform' };

const fetchHits = (scope: SearchScope, q: string, signal: AbortSignal) => {
  if (scope.audience === 'organization')
    return unwrap(api.GET('/orgs/{orgId}/search', { params: { path: { orgId: scope.orgId }, query: { q } }, signal }));
  if (scope.audience === 'affiliate') return unwrap(api.GET('/affiliate/search', { params: { query: { q } }, signal }));
  return unwrap(api.GET('/platform/search', { params: { query: { q } }, signal }));
};

/** The command palette's record searches, each scope in parallel; nothing is asked for an empty text. */
export function useSearchHits(scopes: SearchScope[], q: string) {
  return useQueries({
    queries: scopes.map((scope) => ({
      queryKey: [...searchKeys.all, scope, q],
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchHits(scope, q, signal),
      enabled: q.length > 0,
      staleTime: 30_000,
      retry: false,
      // The previous hits stay while the next keystroke's answer comes, so the list does not jump.
      placeholderData: keepPreviousData,
    })),
    combine: (results) => ({
      hits: results.flatMap((result, i) =>
        (result.data?.items ?? []).map((hit) => ({ hit, audience: scopes[i]!.audience as SearchAudience })),
      ),
      pending: results.some((result) => result.isFetching),
      failed: results.some((result) => result.isError),
    }),
  });
}
