import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type MyAdvertiser = components['schemas']['MyAdvertiser'];

export const affiliateOrgKeys = { all: ['affiliate-orgs'] as const };

/** The advertisers the affiliate joined (the switcher's choices), with its enrollment counts. */
export const affiliateOrgsQueryOptions = queryOptions({
  queryKey: affiliateOrgKeys.all,
  queryFn: ({ signal }) => unwrap(api.GET('/affiliate/orgs', { signal })),
  select: (page) => page.items,
});

export function useAffiliateOrgs() {
  return useQuery(affiliateOrgsQueryOptions);
}
