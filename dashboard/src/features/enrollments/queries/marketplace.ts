import {
  infiniteQueryOptions,
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components, operations } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { affiliateOrgKeys } from './affiliate-orgs';
import { meKeys } from '@/features/accounts';
import { myProgramKeys } from './my-programs';
import { cursorPages } from '@/ui/paged-query';

export type MarketplaceProgram = components['schemas']['MarketplaceProgram'];

/** The marketplace's search and filters, as the API takes them (each absent when not chosen). */
export type MarketplaceFilters = Pick<
  NonNullable<operations['listMarketplace']['parameters']['query']>,
  'q' | 'appId' | 'payoutModel' | 'category' | 'language'
>;

export const marketplaceKeys = { all: ['marketplace'] as const };

/** Programs open to join across advertisers, newest first, in keyset pages. */
export function marketplaceQueryOptions(
  organizationId: string | undefined,
  programId?: string,
  filters: MarketplaceFilters = {},
) {
  return infiniteQueryOptions({
    queryKey: [...marketplaceKeys.all, { organizationId, programId, ...filters }],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/affiliate/programs', {
          params: { query: { limit: 24, cursor: pageParam, organizationId, programId, ...filters } },
          signal,
        }),
      ),
    ...cursorPages,
  });
}

export function useMarketplace(organizationId: string | undefined, programId?: string, filters?: MarketplaceFilters) {
  return useInfiniteQuery({
    ...marketplaceQueryOptions(organizationId, programId, filters),
    placeholderData: keepPreviousData,
  });
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
