import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type PaypalAccount = components['schemas']['PaypalAccount'];
export type ConnectPaypalAccount = components['schemas']['ConnectPaypalAccount'];

export const orgPaypalKeys = { all: ['org-paypal'] as const };

export const orgPaypalQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...orgPaypalKeys.all, orgId],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/paypal', { params: { path: { orgId } }, signal })),
  });

export const useOrgPaypal = (orgId: string) => useQuery(orgPaypalQueryOptions(orgId));

export function useConnectPaypal(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ConnectPaypalAccount) =>
      unwrap(api.PUT('/orgs/{orgId}/paypal', { params: { path: { orgId } }, body })),
    onSuccess: (data) => client.setQueryData(orgPaypalQueryOptions(orgId).queryKey, data),
  });
}

export function useDisconnectPaypal(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/orgs/{orgId}/paypal', { params: { path: { orgId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: [...orgPaypalKeys.all, orgId] }),
  });
}
