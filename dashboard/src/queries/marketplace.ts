import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../lib/api/client';
import type { components } from '../lib/api/schema.gen';
import { unwrap } from '../lib/api/unwrap';
import { affiliateOrgKeys } from './affiliate-orgs';
import { meKeys } from './me';
import { myProgramKeys } from './my-programs';

export type MarketplaceProgram = components['schemas']['MarketplaceProgram'];

export const marketplaceKeys = { all: ['marketplace'] as const };

/** Programs open to join across advertisers, newest first, in keyset pages. */
export function marketplaceQueryOptions(organizationId: string | undefined, programId?: string) {
  return infiniteQueryOptions({
    queryKey: [...marketplaceKeys.all, { organizationId, programId }],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/affiliate/programs', {
          params: { query: { limit: 24, cursor: pageParam, organizationId, programId } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useMarketplace(organizationId: string | undefined, programId?: string) {
  return useInfiniteQuery(marketplaceQueryOptions(organizationId, programId));
}

export function useApplyToProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (programId: string) =>
      unwrap(api.POST('/affiliate/programs/{programId}/apply', { params: { path: { programId } } })),
    // Joining may add an advertiser to the switcher (the profile's contexts) as well as change the program's status.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: marketplaceKeys.all }),
        queryClient.invalidateQueries({ queryKey: meKeys.all }),
        queryClient.invalidateQueries({ queryKey: affiliateOrgKeys.all }),
        queryClient.invalidateQueries({ queryKey: myProgramKeys.all }),
      ]),
  });
}
