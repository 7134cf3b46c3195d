import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type Announcement = components['schemas']['Announcement'];
export type CreateAnnouncement = components['schemas']['CreateAnnouncement'];

export const announcementKeys = { all: ['announcements'] as const };

/** The advertiser's latest announcements (one page: the section shows the recent ones). */
export function announcementsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...announcementKeys.all, orgId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/announcements', { params: { path: { orgId }, query: { limit: 20 } }, signal })),
  });
}

export const useAnnouncements = (orgId: string) => useQuery(announcementsQueryOptions(orgId));

export function useCreateAnnouncement(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAnnouncement) =>
      unwrap(api.POST('/orgs/{orgId}/announcements', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...announcementKeys.all, orgId] }),
  });
}

export function useDeleteAnnouncement(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (announcementId: string) =>
      unwrap(
        api.DELETE('/orgs/{orgId}/announcements/{announcementId}', {
          params: { path: { orgId, announcementId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...announcementKeys.all, orgId] }),
  });
}
