import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type WiseAccount = components['schemas']['WiseAccount'];
export type ConnectWiseAccount = components['schemas']['ConnectWiseAccount'];
export type WiseCheck = components['schemas']['WiseCheck'];

const orgWiseQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: ['org-wise', orgId],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/wise', { params: { path: { orgId } }, signal })),
  });

export const useOrgWise = (orgId: string) => useQuery(orgWiseQueryOptions(orgId));

export function useConnectWise(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ConnectWiseAccount) =>
      unwrap(api.PUT('/orgs/{orgId}/wise', { params: { path: { orgId } }, body })),
    onSuccess: (data) => client.setQueryData(orgWiseQueryOptions(orgId).queryKey, data),
  });
}

export function useDisconnectWise(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/orgs/{orgId}/wise', { params: { path: { orgId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: orgWiseQueryOptions(orgId).queryKey }),
  });
}

/** A pasted token (before connecting, to pick its profile) or, without one, the stored token: stores nothing. */
export const useCheckWise = (orgId: string) =>
  useMutation({
    mutationFn: (body: { apiToken?: string }) =>
      unwrap(api.POST('/orgs/{orgId}/wise/check', { params: { path: { orgId } }, body })),
  });
