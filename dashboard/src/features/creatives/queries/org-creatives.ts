import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import type { CreativeFilters } from '@/ui/creative-search';

export type OrgCreative = components['schemas']['Creative'];
export type OrgCreativeListItem = components['schemas']['CreativeList']['items'][number];
export type CreateCreative = components['schemas']['CreateCreative'];
export type UpdateCreative = components['schemas']['UpdateCreative'];

export const orgCreativeKeys = { all: ['org-creatives'] as const };

/** A program's creatives library as the advertiser manages it, searched, newest first, with clicks and conversions. */
export function orgCreativesQueryOptions(orgId: string, programId: string, filters: CreativeFilters = {}) {
  return queryOptions({
    queryKey: [...orgCreativeKeys.all, orgId, programId, filters],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/programs/{programId}/creatives', {
          params: { path: { orgId, programId }, query: filters },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useOrgCreatives(orgId: string, programId: string, filters: CreativeFilters = {}) {
  return useQuery(orgCreativesQueryOptions(orgId, programId, filters));
}

export function useCreateCreative(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCreative) =>
      unwrap(
        api.POST('/orgs/{orgId}/programs/{programId}/creatives', { params: { path: { orgId, programId } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...orgCreativeKeys.all, orgId, programId] }),
  });
}

export function useUpdateCreative(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ creativeId, changes }: { creativeId: string; changes: UpdateCreative }) =>
      unwrap(
        api.PATCH('/orgs/{orgId}/programs/{programId}/creatives/{creativeId}', {
          params: { path: { orgId, programId, creativeId } },
          body: changes,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...orgCreativeKeys.all, orgId, programId] }),
  });
}

export function useDeleteCreative(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (creativeId: string) =>
      unwrap(
        api.DELETE('/orgs/{orgId}/programs/{programId}/creatives/{creativeId}', {
          params: { path: { orgId, programId, creativeId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...orgCreativeKeys.all, orgId, programId] }),
  });
}
