import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type StripePayoutAccount = components['schemas']['StripePayoutAccount'];
export type ConnectStripePayoutAccount = components['schemas']['ConnectStripePayoutAccount'];

export const orgStripeKeys = { all: ['org-stripe-payouts'] as const };

export const orgStripeQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...orgStripeKeys.all, orgId],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/stripe-payouts', { params: { path: { orgId } }, signal })),
  });

export const useOrgStripe = (orgId: string) => useQuery(orgStripeQueryOptions(orgId));

export function useConnectStripe(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ConnectStripePayoutAccount) =>
      unwrap(api.PUT('/orgs/{orgId}/stripe-payouts', { params: { path: { orgId } }, body })),
    onSuccess: (data) => client.setQueryData(orgStripeQueryOptions(orgId).queryKey, data),
  });
}

export function useDisconnectStripe(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/orgs/{orgId}/stripe-payouts', { params: { path: { orgId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: [...orgStripeKeys.all, orgId] }),
  });
}
