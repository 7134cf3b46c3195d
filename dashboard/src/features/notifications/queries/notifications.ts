import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type AppNotification = components['schemas']['Notification'];

export const notificationKeys = { all: ['notifications'] as const };

const PAGE_SIZE = 20;

export const notificationsQueryOptions = (unreadOnly: boolean) =>
  infiniteQueryOptions({
    queryKey: [...notificationKeys.all, 'list', { unreadOnly }],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/me/notifications', {
          params: {
            query: { limit: PAGE_SIZE, unread: unreadOnly ? 'true' : undefined, cursor: pageParam ?? undefined },
          },
          signal,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

/** How often the header badge asks again: new notifications arrive from queues, not from this tab. */
const UNREAD_POLL_MS = 60_000;

/**
 * The header badge's count (one row is enough, the count comes with every page). The frame's session boot seeds
 * it; it is fresh until the next poll, so neither a page's mount nor a focus asks again in between.
 */
export const unreadCountQueryOptions = queryOptions({
  queryKey: [...notificationKeys.all, 'unread-count'],
  queryFn: ({ signal }) =>
    unwrap(api.GET('/me/notifications', { params: { query: { limit: 1, unread: 'true' } }, signal })).then(
      (page) => page.unreadCount,
    ),
  staleTime: UNREAD_POLL_MS,
  refetchInterval: UNREAD_POLL_MS,
});

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/me/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
