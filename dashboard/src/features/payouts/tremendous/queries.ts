import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type TremendousAccount = components['schemas']['TremendousAccount'];
export type ConnectTremendousAccount = components['schemas']['ConnectTremendousAccount'];
export type TremendousCheck = components['schemas']['TremendousCheck'];

const orgTremendousQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: ['org-tremendous', orgId],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/tremendous', { params: { path: { orgId } }, signal })),
  });

export const useOrgTremendous = (orgId: string) => useQuery(orgTremendousQueryOptions(orgId));

export function useConnectTremendous(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ConnectTremendousAccount) =>
      unwrap(api.PUT('/orgs/{orgId}/tremendous', { params: { path: { orgId } }, body })),
    onSuccess: (data) => client.setQueryData(orgTremendousQueryOptions(orgId).queryKey, data),
  });
}

export function useDisconnectTremendous(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/orgs/{orgId}/tremendous', { params: { path: { orgId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: orgTremendousQueryOptions(orgId).queryKey }),
  });
}

/** A pasted key (before connecting, to pick its funding source) or, without one, the stored key: stores nothing. */
export const useCheckTremendous = (orgId: string) =>
  useMutation({
    mutationFn: (body: { apiKey?: string }) =>
      unwrap(api.POST('/orgs/{orgId}/tremendous/check', { params: { path: { orgId } }, body })),
  });
