import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import type { CreativeFilters } from '@/ui/creative-search';

export type Creative = components['schemas']['CreativeList']['items'][number];
export type CreativeLink = components['schemas']['CreativeLink'];

export const creativeKeys = { all: ['creatives'] as const };

/**
 * Creatives of a program the affiliate is active in (the API answers an empty list before that), searched, with
 * the affiliate's own clicks and conversions; the previous answer stays while a new search loads.
 */
export function creativesQueryOptions(orgId: string, programId: string, filters: CreativeFilters = {}) {
  return queryOptions({
    queryKey: [...creativeKeys.all, orgId, programId, filters],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/programs/{programId}/creatives', {
          params: { path: { orgId, programId }, query: filters },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCreatives(orgId: string, programId: string, filters: CreativeFilters = {}) {
  return useQuery(creativesQueryOptions(orgId, programId, filters));
}

/** The affiliate's own link, snippet and rendered banners of one creative; made on first use, then the same. */
export function usePrepareCreativeLink(orgId: string, programId: string) {
  return useMutation({
    mutationFn: (creativeId: string) =>
      unwrap(
        api.POST('/affiliate/orgs/{orgId}/programs/{programId}/creatives/{creativeId}/link', {
          params: { path: { orgId, programId, creativeId } },
        }),
      ),
  });
}
