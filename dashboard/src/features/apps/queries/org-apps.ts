import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { onboardingKeys } from '@/features/onboarding';

export type OrgApp = components['schemas']['App'];
export type CreateApp = components['schemas']['CreateApp'];
export type UpdateApp = components['schemas']['UpdateApp'];
export type ApiKey = components['schemas']['ApiKey'];
export type CreatedApiKey = components['schemas']['CreatedApiKey'];
export type StripeWebhook = components['schemas']['StripeWebhookSettings'];
export type BillingWebhook = components['schemas']['BillingWebhookSettings'];
export type BillingProvider = BillingWebhook['provider'];
export type StripeDiscounts = components['schemas']['StripeDiscounts'];

export const orgAppKeys = { all: ['org-apps'] as const };

export const orgAppsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...orgAppKeys.all, orgId, 'list'],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/apps', { params: { path: { orgId } }, signal })),
    select: (list) => list.items,
  });

export const orgAppQueryOptions = (orgId: string, appId: string) =>
  queryOptions({
    queryKey: [...orgAppKeys.all, orgId, 'one', appId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/apps/{appId}', { params: { path: { orgId, appId } }, signal })),
  });

export const apiKeysQueryOptions = (orgId: string, appId: string) =>
  queryOptions({
    queryKey: [...orgAppKeys.all, orgId, 'keys', appId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/apps/{appId}/api-keys', { params: { path: { orgId, appId } }, signal })),
    select: (list) => list.items,
  });

export const stripeWebhookQueryOptions = (orgId: string, appId: string) =>
  queryOptions({
    queryKey: [...orgAppKeys.all, orgId, 'stripe', appId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/apps/{appId}/stripe', { params: { path: { orgId, appId } }, signal })),
  });

export const billingWebhooksQueryOptions = (orgId: string, appId: string) =>
  queryOptions({
    queryKey: [...orgAppKeys.all, orgId, 'billing-webhooks', appId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/apps/{appId}/billing-webhooks', { params: { path: { orgId, appId } }, signal })),
    select: (list) => list.items,
  });

export const stripeDiscountsQueryOptions = (orgId: string, appId: string) =>
  queryOptions({
    queryKey: [...orgAppKeys.all, orgId, 'stripe-discounts', appId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/apps/{appId}/stripe/discounts', { params: { path: { orgId, appId } }, signal })),
  });

export const useStripeDiscounts = (orgId: string, appId: string) => useQuery(stripeDiscountsQueryOptions(orgId, appId));

export const useBillingWebhooks = (orgId: string, appId: string) => useQuery(billingWebhooksQueryOptions(orgId, appId));

export const useOrgApps = (orgId: string) => useQuery(orgAppsQueryOptions(orgId));
export const useOrgApp = (orgId: string, appId: string) => useQuery(orgAppQueryOptions(orgId, appId));
export const useApiKeys = (orgId: string, appId: string) => useQuery(apiKeysQueryOptions(orgId, appId));
export const useStripeWebhook = (orgId: string, appId: string) => useQuery(stripeWebhookQueryOptions(orgId, appId));

/** After any change the lists and the getting-started progress are read again. */
function useRefresh(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: [...orgAppKeys.all, orgId] }),
      queryClient.invalidateQueries({ queryKey: [...onboardingKeys.all, orgId] }),
    ]);
}

export function useCreateApp(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (body: CreateApp) => unwrap(api.POST('/orgs/{orgId}/apps', { params: { path: { orgId } }, body })),
    onSuccess: refresh,
  });
}

export function useUpdateApp(orgId: string, appId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (body: UpdateApp) =>
      unwrap(api.PATCH('/orgs/{orgId}/apps/{appId}', { params: { path: { orgId, appId } }, body })),
    onSuccess: refresh,
  });
}

export function useCreateApiKey(orgId: string, appId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (name: string) =>
      unwrap(api.POST('/orgs/{orgId}/apps/{appId}/api-keys', { params: { path: { orgId, appId } }, body: { name } })),
    onSuccess: refresh,
  });
}

export function useRotateApiKey(orgId: string, appId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (keyId: string) =>
      unwrap(
        api.POST('/orgs/{orgId}/apps/{appId}/api-keys/{keyId}/rotate', {
          params: { path: { orgId, appId, keyId } },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRevokeApiKey(orgId: string, appId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (keyId: string) =>
      unwrap(api.DELETE('/orgs/{orgId}/apps/{appId}/api-keys/{keyId}', { params: { path: { orgId, appId, keyId } } })),
    onSuccess: refresh,
  });
}

export function useSetStripeWebhook(orgId: string, appId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (webhookSecret: string) =>
      unwrap(
        api.PUT('/orgs/{orgId}/apps/{appId}/stripe', { params: { path: { orgId, appId } }, body: { webhookSecret } }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteStripeWebhook(orgId: string, appId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/orgs/{orgId}/apps/{appId}/stripe', { params: { path: { orgId, appId } } })),
    onSuccess: refresh,
  });
}

export function useSetBillingWebhook(orgId: string, appId: string, provider: BillingProvider) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (secret: string) =>
      unwrap(
        api.PUT('/orgs/{orgId}/apps/{appId}/billing-webhooks/{provider}', {
          params: { path: { orgId, appId, provider } },
          body: { secret },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteBillingWebhook(orgId: string, appId: string, provider: BillingProvider) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/orgs/{orgId}/apps/{appId}/billing-webhooks/{provider}', {
          params: { path: { orgId, appId, provider } },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useSetStripeDiscountKey(orgId: string, appId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (restrictedKey: string) =>
      unwrap(
        api.PUT('/orgs/{orgId}/apps/{appId}/stripe/discounts', {
          params: { path: { orgId, appId } },
          body: { restrictedKey },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteStripeDiscountKey(orgId: string, appId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/orgs/{orgId}/apps/{appId}/stripe/discounts', { params: { path: { orgId, appId } } })),
    onSuccess: refresh,
  });
}
