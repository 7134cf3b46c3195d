import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type OnboardingStep = components['schemas']['OnboardingStep'];
export type CustomOnboardingStep = Extract<OnboardingStep, { kind: 'custom' }>;
export type MyOnboardingPath = components['schemas']['MyOnboarding']['items'][number];
export type ActivationFunnel = components['schemas']['ActivationFunnel'];

const keys = {
  path: (orgId: string, programId: string) => ['onboarding-path', orgId, programId] as const,
  funnel: (orgId: string, programId: string, months: number) =>
    ['activation-funnel', orgId, programId, months] as const,
  mine: (orgId: string) => ['my-onboarding', orgId] as const,
};

export function useOnboardingPath(orgId: string, programId: string) {
  return useQuery({
    queryKey: keys.path(orgId, programId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/programs/{programId}/onboarding-path', {
          params: { path: { orgId, programId } },
          signal,
        }),
      ),
  });
}

/** Saves the path; the funnel's columns follow it, so the funnel is read again. */
export function useSetOnboardingPath(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (steps: OnboardingStep[]) =>
      unwrap(
        api.PUT('/orgs/{orgId}/programs/{programId}/onboarding-path', {
          params: { path: { orgId, programId } },
          body: { steps },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.path(orgId, programId), saved);
      return queryClient.invalidateQueries({ queryKey: ['activation-funnel', orgId, programId] });
    },
  });
}

export function useActivationFunnel(orgId: string, programId: string, months: number) {
  return useQuery({
    queryKey: keys.funnel(orgId, programId, months),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/programs/{programId}/activation-funnel', {
          params: { path: { orgId, programId }, query: { months } },
          signal,
        }),
      ),
  });
}

/** Every program's path in the advertiser's context, read once for the home and the program pages alike. */
export function useMyOnboarding(orgId: string) {
  return useQuery({
    queryKey: keys.mine(orgId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/affiliate/orgs/{orgId}/onboarding', { params: { path: { orgId } }, signal })),
  });
}

/** Marks a step reached (brief or creatives opened, a step of the advertiser's own done). */
export function useRecordOnboardingStep(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (stepId: string) =>
      unwrap(
        api.POST('/affiliate/orgs/{orgId}/programs/{programId}/onboarding/{stepId}', {
          params: { path: { orgId, programId, stepId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.mine(orgId) }),
  });
}
