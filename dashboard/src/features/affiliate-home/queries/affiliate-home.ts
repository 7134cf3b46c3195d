import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type AffiliateHome = components['schemas']['AffiliateHome'];

export const affiliateHomeKeys = { all: ['affiliate-home'] as const };

/** The browser's zone makes "this month" and "the last 30 days" the user's own. */
const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The home across every advertiser (no orgId) or in one advertiser's context. */
export function affiliateHomeQueryOptions(orgId: string | undefined) {
  return queryOptions({
    queryKey: [...affiliateHomeKeys.all, orgId ?? 'all'],
    queryFn: ({ signal }) =>
      orgId
        ? unwrap(
            api.GET('/affiliate/orgs/{orgId}/home', { params: { path: { orgId }, query: { tz: timeZone() } }, signal }),
          )
        : unwrap(api.GET('/affiliate/home', { params: { query: { tz: timeZone() } }, signal })),
  });
}

export const useAffiliateHome = (orgId: string | undefined) => useQuery(affiliateHomeQueryOptions(orgId));

/** The affiliate marks a campaign message read; the home's list shows it read. */
export function useMarkMessageRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ orgId, messageId }: { orgId: string; messageId: string }) =>
      unwrap(
        api.POST('/affiliate/orgs/{orgId}/campaign-messages/{messageId}/read', {
          params: { path: { orgId, messageId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: affiliateHomeKeys.all }),
  });
}
