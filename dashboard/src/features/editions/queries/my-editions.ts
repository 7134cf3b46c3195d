import type { EditionDomainKind } from '@schema/enums';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { rawFile } from '@/lib/api/raw-file';

export type EditionApp = components['schemas']['EditionApp'];
export type MyEdition = components['schemas']['MyEdition'];
export type CreateEdition = components['schemas']['CreateEdition'];
export type UpdateEdition = components['schemas']['UpdateEdition'];
export type EditionHostCheck = components['schemas']['EditionHostCheck'];
export type EditionDomain = components['schemas']['EditionDomain'];

export const myEditionKeys = {
  apps: ['edition-apps'] as const,
  list: ['my-editions'] as const,
  domain: ['my-edition-domain'] as const,
  host: ['edition-host-check'] as const,
};

/** The advertiser's apps that offer editions, each with what may be branded, where, and the plans' bounds. */
export const useEditionApps = (orgId: string) =>
  useQuery({
    queryKey: [...myEditionKeys.apps, orgId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/affiliate/orgs/{orgId}/edition-apps', { params: { path: { orgId } }, signal })),
    select: (list) => list.items,
  });

/** The signed-in affiliate's editions with this advertiser, with their status and numbers. */
export const useMyEditions = (orgId: string) =>
  useQuery({
    queryKey: [...myEditionKeys.list, orgId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/affiliate/orgs/{orgId}/editions', { params: { path: { orgId } }, signal })),
    select: (list) => list.items,
  });

export const useMyEdition = (orgId: string, editionId: string | undefined) =>
  useQuery({
    queryKey: [...myEditionKeys.list, orgId, editionId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/editions/{editionId}', {
          params: { path: { orgId, editionId: editionId! } },
          signal,
        }),
      ),
    enabled: Boolean(editionId),
  });

/**
 * Whether a host is free for an edition and does not pass for the advertiser's own brand; asked while the
 * affiliate types (the wizard debounces), the last answer kept on screen until the next arrives.
 */
export type HostCheckInput = {
  appId: string;
  host: string;
  domainKind: EditionDomainKind;
  /** The edition's name, checked for lookalikes together with the host. */
  name: string;
  editionId: string | undefined;
};

export const useEditionHostCheck = (orgId: string, { appId, host, domainKind, name, editionId }: HostCheckInput) =>
  useQuery({
    queryKey: [...myEditionKeys.host, orgId, appId, host, domainKind, name, editionId ?? null],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/editions/check-host', {
          params: {
            path: { orgId },
            query: {
              host,
              appId,
              domainKind,
              ...(name ? { name } : {}),
              ...(editionId ? { editionId } : {}),
            },
          },
          signal,
        }),
      ),
    enabled: host.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

/** A custom host's DNS records and live status; looked at again every 15 s while the hostname is pending. */
export const useEditionDomain = (orgId: string, editionId: string, enabled: boolean) =>
  useQuery({
    queryKey: [...myEditionKeys.domain, orgId, editionId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/editions/{editionId}/domain', {
          params: { path: { orgId, editionId } },
          signal,
        }),
      ),
    enabled,
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? 15_000 : false),
  });

function useRefresh(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [...myEditionKeys.list, orgId] });
}

/** Creates a draft, or saves changes to an edition the affiliate already has. */
export function useSaveEdition(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (change: { editionId: null; body: CreateEdition } | { editionId: string; body: UpdateEdition }) =>
      change.editionId === null
        ? unwrap(api.POST('/affiliate/orgs/{orgId}/editions', { params: { path: { orgId } }, body: change.body }))
        : unwrap(
            api.PATCH('/affiliate/orgs/{orgId}/editions/{editionId}', {
              params: { path: { orgId, editionId: change.editionId } },
              body: change.body,
            }),
          ),
    onSuccess: refresh,
  });
}

export function useSubmitEdition(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (editionId: string) =>
      unwrap(
        api.POST('/affiliate/orgs/{orgId}/editions/{editionId}/submit', { params: { path: { orgId, editionId } } }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteEdition(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (editionId: string) =>
      unwrap(api.DELETE('/affiliate/orgs/{orgId}/editions/{editionId}', { params: { path: { orgId, editionId } } })),
    onSuccess: refresh,
  });
}

/** Uploads an edition's logo or favicon; the server points the edition at the new file itself. */
export function useUploadEditionImage(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: ({ editionId, kind, file }: { editionId: string; kind: 'logo' | 'favicon'; file: File }) => {
      const params = { path: { orgId, editionId } };
      return kind === 'logo'
        ? unwrap(api.PUT('/affiliate/orgs/{orgId}/editions/{editionId}/logo', { params, ...rawFile(file) }))
        : unwrap(api.PUT('/affiliate/orgs/{orgId}/editions/{editionId}/favicon', { params, ...rawFile(file) }));
    },
    onSuccess: refresh,
  });
}

/** Removes an edition's logo or favicon (the app's own shows again); answers the edition as it now is. */
export function useRemoveEditionImage(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: ({ editionId, kind }: { editionId: string; kind: 'logo' | 'favicon' }) => {
      const params = { path: { orgId, editionId } };
      return kind === 'logo'
        ? unwrap(api.DELETE('/affiliate/orgs/{orgId}/editions/{editionId}/logo', { params }))
        : unwrap(api.DELETE('/affiliate/orgs/{orgId}/editions/{editionId}/favicon', { params }));
    },
    onSuccess: refresh,
  });
}

/** One of the affiliate's editions as it is now, read once (after a save that ended with its images). */
export const fetchMyEdition = (orgId: string, editionId: string) =>
  unwrap(api.GET('/affiliate/orgs/{orgId}/editions/{editionId}', { params: { path: { orgId, editionId } } }));
