import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type Onboarding = components['schemas']['Onboarding'];

export const onboardingKeys = { all: ['org-onboarding'] as const };

export const onboardingQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...onboardingKeys.all, orgId],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/onboarding', { params: { path: { orgId } }, signal })),
  });

/** `waitForEvent` polls every few seconds until the first event has arrived, for the "send a test event" step. */
export function useOnboarding(orgId: string, { waitForEvent = false }: { waitForEvent?: boolean } = {}) {
  return useQuery({
    ...onboardingQueryOptions(orgId),
    refetchInterval: (query) => (waitForEvent && !query.state.data?.lastEvent ? 3_000 : false),
  });
}
