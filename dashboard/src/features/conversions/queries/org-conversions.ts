import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components, paths } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { cursorPages } from '@/ui/paged-query';

export type OrgConversion = components['schemas']['Conversion'];
export type ConversionDetail = components['schemas']['ConversionDetail'];
export type OrgConversionsQuery = NonNullable<paths['/orgs/{orgId}/conversions']['get']['parameters']['query']>;
export type FraudFlag = OrgConversion['fraudFlags'][number];

export const orgConversionsKeys = { all: ['org-conversions'] as const };

/** The organization's conversions, newest first, page by page; status=flagged is the review queue. */
export const orgConversionsQueryOptions = (orgId: string, query: OrgConversionsQuery) =>
  infiniteQueryOptions({
    queryKey: [...orgConversionsKeys.all, orgId, 'list', query],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/orgs/{orgId}/conversions', {
          params: { path: { orgId }, query: { ...query, cursor: pageParam } },
          signal,
        }),
      ),
    ...cursorPages,
  });

/** How many conversions wait for review: one page of up to 100, enough for a badge ("99+" beyond). */
export const flaggedCountQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...orgConversionsKeys.all, orgId, 'flagged-count'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/conversions', {
          params: { path: { orgId }, query: { status: 'flagged', limit: 100 } },
          signal,
        }),
      ),
    select: (page) => ({ count: page.items.length, more: page.nextCursor !== null }),
    staleTime: 30_000,
  });

export const conversionDetailQueryOptions = (orgId: string, conversionId: string) =>
  queryOptions({
    queryKey: [...orgConversionsKeys.all, orgId, 'detail', conversionId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/conversions/{conversionId}', { params: { path: { orgId, conversionId } }, signal }),
      ),
  });

/** The click explanation (geo, device, subs) of the click a conversion was credited through. */
export const orgClickQueryOptions = (orgId: string, clickId: string) =>
  queryOptions({
    queryKey: [...orgConversionsKeys.all, orgId, 'click', clickId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/clicks/{clickId}', { params: { path: { orgId, clickId } }, signal })),
    retry: false,
  });

export const useOrgConversions = (orgId: string, query: OrgConversionsQuery) =>
  useInfiniteQuery(orgConversionsQueryOptions(orgId, query));

export const useFlaggedCount = (orgId: string, enabled: boolean) =>
  useQuery({ ...flaggedCountQueryOptions(orgId), enabled });

export const useConversionDetail = (orgId: string, conversionId: string) =>
  useQuery(conversionDetailQueryOptions(orgId, conversionId));

export const useOrgClick = (orgId: string, clickId: string | null) =>
  useQuery({ ...orgClickQueryOptions(orgId, clickId ?? ''), enabled: Boolean(clickId) });

export type ReviewDecision = { conversionId: string; decision: 'approve' | 'reject'; reason: string };

/** Approves or rejects a conversion; the lists, the queue count and the detail read again afterwards. */
export function useReviewConversion(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ conversionId, decision, reason }: ReviewDecision) => {
      const params = { path: { orgId, conversionId } };
      return decision === 'approve'
        ? unwrap(
            api.POST('/orgs/{orgId}/conversions/{conversionId}/approve', { params, body: reason ? { reason } : {} }),
          )
        : unwrap(api.POST('/orgs/{orgId}/conversions/{conversionId}/reject', { params, body: { reason } }));
    },
    onSuccess: (detail, { conversionId }) =>
      queryClient.setQueryData(conversionDetailQueryOptions(orgId, conversionId).queryKey, detail),
    // After a refusal too (409: someone decided first), so the lists show the current status.
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...orgConversionsKeys.all, orgId] }),
  });
}

export type BulkReviewDecision = { conversionIds: string[]; decision: 'approve' | 'reject'; reason: string };
export type BulkReviewResult = components['schemas']['BulkReviewResult'];

/** One decision on many conversions; the API answers each one's outcome, and the lists read again. */
export function useBulkReview(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ conversionIds, decision, reason }: BulkReviewDecision) =>
      unwrap(
        api.POST('/orgs/{orgId}/conversions/review', {
          params: { path: { orgId } },
          body:
            decision === 'reject'
              ? { decision, conversionIds, reason }
              : { decision, conversionIds, ...(reason ? { reason } : {}) },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...orgConversionsKeys.all, orgId] }),
  });
}
