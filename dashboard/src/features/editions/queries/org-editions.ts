import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EditionStatus } from '@schema/enums';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type EditionSettings = components['schemas']['EditionSettings'];
export type EditionSettingsInput = components['schemas']['PutEditionSettings'];
export type OrgEdition = components['schemas']['AdvertiserEdition'];

export const orgEditionKeys = { settings: ['edition-settings'] as const, list: ['org-editions'] as const };

/** An app's branded-edition offer (what affiliates may brand, where, which plans at which bounds, the reward). */
export const useEditionSettings = (orgId: string, appId: string) =>
  useQuery({
    queryKey: [...orgEditionKeys.settings, orgId, appId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/apps/{appId}/edition-settings', { params: { path: { orgId, appId } }, signal })),
  });

export function useSaveEditionSettings(orgId: string, appId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EditionSettingsInput) =>
      unwrap(api.PUT('/orgs/{orgId}/apps/{appId}/edition-settings', { params: { path: { orgId, appId } }, body })),
    onSuccess: (saved) => queryClient.setQueryData([...orgEditionKeys.settings, orgId, appId], saved),
  });
}

export type OrgEditionFilters = { app?: string | undefined; status?: EditionStatus | undefined };

/** The advertiser's editions, newest first, with their affiliate, host and numbers. */
export const orgEditionsQueryOptions = (orgId: string, filters: OrgEditionFilters) =>
  queryOptions({
    queryKey: [...orgEditionKeys.list, orgId, filters],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/editions', {
          params: {
            path: { orgId },
            query: {
              ...(filters.app ? { appId: filters.app } : {}),
              ...(filters.status ? { status: filters.status } : {}),
            },
          },
          signal,
        }),
      ),
    select: (list) => list.items,
  });

export const useOrgEditions = (orgId: string, filters: OrgEditionFilters) =>
  useQuery(orgEditionsQueryOptions(orgId, filters));

export type EditionDecision =
  | { action: 'approve' | 'reinstate' | 'delete'; editionId: string }
  | { action: 'reject' | 'suspend'; editionId: string; reason: string };

/** One decision on an edition; every one of them is audited and told to the affiliate. */
export function useDecideEdition(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: EditionDecision) => {
      const path = { orgId, editionId: decision.editionId };
      switch (decision.action) {
        case 'approve':
          return unwrap(api.POST('/orgs/{orgId}/editions/{editionId}/approve', { params: { path } }));
        case 'reinstate':
          return unwrap(api.POST('/orgs/{orgId}/editions/{editionId}/reinstate', { params: { path } }));
        case 'reject':
          return unwrap(
            api.POST('/orgs/{orgId}/editions/{editionId}/reject', {
              params: { path },
              body: { reason: decision.reason },
            }),
          );
        case 'suspend':
          return unwrap(
            api.POST('/orgs/{orgId}/editions/{editionId}/suspend', {
              params: { path },
              body: { reason: decision.reason },
            }),
          );
        case 'delete':
          return unwrap(api.DELETE('/orgs/{orgId}/editions/{editionId}', { params: { path } }));
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...orgEditionKeys.list, orgId] }),
  });
}
