import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type MyPayoutMethods = components['schemas']['MyPayoutMethods'];
export type SetPayoutMethod = components['schemas']['SetPayoutMethod'];

const params = (orgId: string) => ({ params: { path: { orgId } } });

export const payoutMethodsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: ['payout-methods', orgId],
    queryFn: ({ signal }) => unwrap(api.GET('/affiliate/orgs/{orgId}/payout-methods', { ...params(orgId), signal })),
  });

export const usePayoutMethods = (orgId: string) => useQuery(payoutMethodsQueryOptions(orgId));

/** The mutations of the page answer the whole view; it replaces the cached one. */
function useMethodsMutation<V>(orgId: string, call: (v: V) => Promise<MyPayoutMethods>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (data) => client.setQueryData(payoutMethodsQueryOptions(orgId).queryKey, data),
  });
}

export const useSetPayoutMethod = (orgId: string) =>
  useMethodsMutation(orgId, (body: SetPayoutMethod) =>
    unwrap(api.PUT('/affiliate/orgs/{orgId}/payout-methods', { ...params(orgId), body })),
  );

export const useRefreshStripeAccount = (orgId: string) =>
  useMethodsMutation(orgId, () =>
    unwrap(api.POST('/affiliate/orgs/{orgId}/payout-methods/stripe/refresh', params(orgId))),
  );

/** A fresh single-use link into Stripe's hosted onboarding; the page sends the browser there. */
export const useStripeOnboarding = (orgId: string) =>
  useMutation({
    mutationFn: () => unwrap(api.POST('/affiliate/orgs/{orgId}/payout-methods/stripe/onboarding', params(orgId))),
  });
