import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type BillingOverview = components['schemas']['BillingOverview'];
export type BillingPlan = components['schemas']['BillingPlan'];
type CheckoutRequest = components['schemas']['CheckoutRequest'];

export const billingKeys = { all: ['billing'] as const };

/** The organization's plan, Stripe subscription and the plans for sale; 404 billing_disabled when billing is off. */
export const billingQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...billingKeys.all, orgId],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/billing', { params: { path: { orgId } }, signal })),
    retry: false,
  });

/** `enabled: false` (billing off on this installation, as the organization's view says) asks nothing. */
export const useBilling = (orgId: string, enabled = true) => useQuery({ ...billingQueryOptions(orgId), enabled });

export const useStartCheckout = (orgId: string) =>
  useMutation({
    mutationFn: (body: CheckoutRequest) =>
      unwrap(api.POST('/orgs/{orgId}/billing/checkout', { params: { path: { orgId } }, body })),
  });

export const useOpenPortal = (orgId: string) =>
  useMutation({
    mutationFn: () => unwrap(api.POST('/orgs/{orgId}/billing/portal', { params: { path: { orgId } } })),
  });
