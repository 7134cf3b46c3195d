import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { ResolvedDateRange } from '@/lib/date-range';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { cursorPages } from '@/ui/paged-query';

export type Link = components['schemas']['Link'];
export type CreateLink = components['schemas']['CreateLink'];
export type UpdateLink = components['schemas']['UpdateLink'];

export const linkKeys = { all: ['links'] as const };

/** The affiliate's short links with one advertiser, newest first, optionally of one program. */
export function linksQueryOptions(orgId: string, programId: string | undefined) {
  return infiniteQueryOptions({
    queryKey: [...linkKeys.all, orgId, 'list', { programId }],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/links', {
          params: { path: { orgId }, query: { limit: 50, cursor: pageParam, programId } },
          signal,
        }),
      ),
    ...cursorPages,
  });
}

export function useLinks(orgId: string, programId: string | undefined) {
  return useInfiniteQuery(linksQueryOptions(orgId, programId));
}

export function linkQueryOptions(orgId: string, linkId: string) {
  return queryOptions({
    queryKey: [...linkKeys.all, orgId, 'one', linkId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/affiliate/orgs/{orgId}/links/{linkId}', { params: { path: { orgId, linkId } }, signal })),
  });
}

export function useLink(orgId: string, linkId: string) {
  return useQuery(linkQueryOptions(orgId, linkId));
}

export type LinkPerformance = components['schemas']['LinkPerformance'];
export type LinkAnalytics = components['schemas']['LinkAnalytics'];

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Clicks, leads, sales and earnings per link in a date range (the link list itself carries no counts). The
 * browser's time zone makes "today" the user's today.
 */
export function linkPerformanceQueryOptions(orgId: string, linkIds: string[], range: ResolvedDateRange) {
  return queryOptions({
    queryKey: [...linkKeys.all, orgId, 'performance', linkIds, range],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/links/performance', {
          params: {
            path: { orgId },
            query: { from: range.from, to: range.to, tz: browserZone(), linkIds: linkIds.join(',') },
          },
          signal,
        }),
      ),
    select: (answer) => new Map(answer.items.map((item) => [item.linkId, item] as const)),
    enabled: linkIds.length > 0,
  });
}

export function useLinkPerformance(orgId: string, linkIds: string[], range: ResolvedDateRange) {
  return useQuery(linkPerformanceQueryOptions(orgId, linkIds, range));
}

/** One link's days, referrers, countries, devices, browsers and conversions in a date range. */
export function linkAnalyticsQueryOptions(orgId: string, linkId: string, range: ResolvedDateRange) {
  return queryOptions({
    queryKey: [...linkKeys.all, orgId, 'analytics', linkId, range],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/links/{linkId}/analytics', {
          params: { path: { orgId, linkId }, query: { from: range.from, to: range.to, tz: browserZone() } },
          signal,
        }),
      ),
  });
}

export function useLinkAnalytics(orgId: string, linkId: string, range: ResolvedDateRange) {
  return useQuery(linkAnalyticsQueryOptions(orgId, linkId, range));
}

export function useCreateLink(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateLink) =>
      unwrap(api.POST('/affiliate/orgs/{orgId}/links', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...linkKeys.all, orgId] }),
  });
}

export function useUpdateLink(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ linkId, changes }: { linkId: string; changes: UpdateLink }) =>
      unwrap(
        api.PATCH('/affiliate/orgs/{orgId}/links/{linkId}', { params: { path: { orgId, linkId } }, body: changes }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...linkKeys.all, orgId] }),
  });
}

export function useDeleteLink(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) =>
      unwrap(api.DELETE('/affiliate/orgs/{orgId}/links/{linkId}', { params: { path: { orgId, linkId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...linkKeys.all, orgId] }),
  });
}
