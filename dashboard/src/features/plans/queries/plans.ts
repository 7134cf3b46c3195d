import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { platformOrganizationKeys } from './platform-organizations';

export type Plan = components['schemas']['Plan'];
export type PlatformPlan = components['schemas']['PlatformPlan'];
export type OrganizationPlan = components['schemas']['OrganizationPlan'];
export type UsageMeter = components['schemas']['UsageMeter'];
export type CreatePlanBody = components['schemas']['CreatePlan'];
export type UpdatePlanBody = components['schemas']['UpdatePlan'];
export type BillingPeriod = OrganizationPlan['billingPeriod'];

export const planKeys = {
  platform: ['platform-plans'] as const,
  org: (orgId: string) => ['org-plan', orgId] as const,
};

export const orgPlanQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: planKeys.org(orgId),
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/plan', { params: { path: { orgId } }, signal })),
  });

export const useOrgPlan = (orgId: string) => useQuery(orgPlanQueryOptions(orgId));

export const platformPlansQueryOptions = queryOptions({
  queryKey: planKeys.platform,
  queryFn: ({ signal }) => unwrap(api.GET('/platform/plans', { signal })),
  select: (list) => list.items,
});

export const usePlatformPlans = () => useQuery(platformPlansQueryOptions);

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePlanBody) => unwrap(api.POST('/platform/plans', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.platform }),
  });
}

export function useUpdatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, body }: { planId: string; body: UpdatePlanBody }) =>
      unwrap(api.PATCH('/platform/plans/{planId}', { params: { path: { planId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.platform }),
  });
}

export function useSetOrganizationPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ orgId, planId, billingPeriod }: { orgId: string; planId: string; billingPeriod: BillingPeriod }) =>
      unwrap(
        api.PUT('/platform/organizations/{orgId}/plan', {
          params: { path: { orgId } },
          body: { planId, billingPeriod },
        }),
      ),
    onSuccess: (_data, { orgId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: planKeys.platform }),
        queryClient.invalidateQueries({ queryKey: planKeys.org(orgId) }),
        queryClient.invalidateQueries({ queryKey: platformOrganizationKeys.all }),
      ]),
  });
}
