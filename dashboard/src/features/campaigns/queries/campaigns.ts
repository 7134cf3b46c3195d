import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type Campaign = components['schemas']['Campaign'];
export type CampaignInput = components['schemas']['CampaignInput'];
export type CampaignRecipient = components['schemas']['CampaignRecipient'];

export const campaignKeys = { all: ['campaigns'] as const };

/** The advertiser's latest campaigns (one page of 100: the page lists the recent ones). */
export function campaignsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...campaignKeys.all, orgId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/campaigns', { params: { path: { orgId }, query: { limit: 100 } }, signal })),
  });
}

export const useCampaigns = (orgId: string) => useQuery(campaignsQueryOptions(orgId));

/** The first 100 recipients of a campaign and how each delivery went. */
export function useCampaignRecipients(orgId: string, campaignId: string | null) {
  return useQuery({
    queryKey: [...campaignKeys.all, orgId, 'recipients', campaignId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/campaigns/{campaignId}/recipients', {
          params: { path: { orgId, campaignId: campaignId ?? '' }, query: { limit: 100 } },
          signal,
        }),
      ),
    enabled: campaignId !== null,
  });
}

function useInvalidate(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [...campaignKeys.all, orgId] });
}

/** Saves a draft: creates it, or rewrites the one named. */
export function useSaveCampaign(orgId: string) {
  const invalidate = useInvalidate(orgId);
  return useMutation({
    mutationFn: ({ campaignId, body }: { campaignId: string | null; body: CampaignInput }) =>
      campaignId
        ? unwrap(api.PUT('/orgs/{orgId}/campaigns/{campaignId}', { params: { path: { orgId, campaignId } }, body }))
        : unwrap(api.POST('/orgs/{orgId}/campaigns', { params: { path: { orgId } }, body })),
    onSuccess: invalidate,
  });
}

/** How many affiliates a saved draft would reach if sent now: asked right before "Send now", so it is fresh. */
export function useCampaignAudience(orgId: string) {
  return useMutation({
    mutationFn: (campaignId: string) =>
      unwrap(api.GET('/orgs/{orgId}/campaigns/{campaignId}/audience', { params: { path: { orgId, campaignId } } })),
  });
}

/** Sends a draft now, schedules it (`scheduledAt`), or switches its trigger on. */
export function useStartCampaign(orgId: string) {
  const invalidate = useInvalidate(orgId);
  return useMutation({
    mutationFn: ({ campaignId, scheduledAt }: { campaignId: string; scheduledAt?: string }) =>
      unwrap(
        api.POST('/orgs/{orgId}/campaigns/{campaignId}/start', {
          params: { path: { orgId, campaignId } },
          body: scheduledAt ? { scheduledAt } : {},
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useCancelCampaign(orgId: string) {
  const invalidate = useInvalidate(orgId);
  return useMutation({
    mutationFn: (campaignId: string) =>
      unwrap(api.POST('/orgs/{orgId}/campaigns/{campaignId}/cancel', { params: { path: { orgId, campaignId } } })),
    onSuccess: invalidate,
  });
}

export function useDeleteCampaign(orgId: string) {
  const invalidate = useInvalidate(orgId);
  return useMutation({
    mutationFn: (campaignId: string) =>
      unwrap(api.DELETE('/orgs/{orgId}/campaigns/{campaignId}', { params: { path: { orgId, campaignId } } })),
    onSuccess: invalidate,
  });
}
