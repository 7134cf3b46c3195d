import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { rawFile } from '@/lib/api/raw-file';

export type ThreadMessage = components['schemas']['ThreadMessage'];
export type MessageThread = components['schemas']['MessageThread'];
export type SupportAccessGrant = components['schemas']['SupportAccessGrant'];

export const messageKeys = { all: ['messages'] as const };

/**
 * Whose thread: the advertiser's console names the affiliate, the affiliate's console has one thread per
 * advertiser. Every operation below takes it, so one set of components serves both sides.
 */
export type ThreadRef =
  | { side: 'advertiser'; orgId: string; affiliateId: string }
  | { side: 'affiliate'; orgId: string };

const threadKey = (ref: ThreadRef) => [
  ...messageKeys.all,
  ref.orgId,
  'thread',
  ref.side === 'advertiser' ? ref.affiliateId : 'mine',
];

const PAGE_SIZE = 30;
// A conversation is live: look for the other side's answers now and then while it is open.
const THREAD_POLL_MS = 15_000;
const BADGE_POLL_MS = 60_000;

export const threadQueryOptions = (ref: ThreadRef) =>
  infiniteQueryOptions({
    queryKey: threadKey(ref),
    queryFn: ({ pageParam, signal }) => {
      const query = { limit: PAGE_SIZE, before: pageParam ?? undefined };
      return ref.side === 'advertiser'
        ? unwrap(
            api.GET('/orgs/{orgId}/message-threads/{affiliateId}/messages', {
              params: { path: { orgId: ref.orgId, affiliateId: ref.affiliateId }, query },
              signal,
            }),
          )
        : unwrap(
            api.GET('/affiliate/orgs/{orgId}/messages', { params: { path: { orgId: ref.orgId }, query }, signal }),
          );
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: THREAD_POLL_MS,
  });

export const threadsQueryOptions = (orgId: string, filter: { search: string; unread: boolean }) =>
  infiniteQueryOptions({
    queryKey: [...messageKeys.all, orgId, 'threads', filter],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/message-threads', {
          params: {
            path: { orgId },
            query: {
              limit: PAGE_SIZE,
              cursor: pageParam ?? undefined,
              search: filter.search || undefined,
              unread: filter.unread ? 'true' : undefined,
            },
          },
          signal,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: BADGE_POLL_MS,
  });

/**
 * The navigation badge of either console. The frame's session boot seeds it; fresh until the next poll, so the
 * links that show it and each page's mount do not ask again in between (sending and reading invalidate it).
 */
export const unreadMessagesQueryOptions = (side: 'advertiser' | 'affiliate', orgId: string) =>
  queryOptions({
    queryKey: [...messageKeys.all, orgId, 'unread', side],
    queryFn: ({ signal }) =>
      side === 'advertiser'
        ? unwrap(api.GET('/orgs/{orgId}/unread-messages', { params: { path: { orgId } }, signal }))
        : unwrap(api.GET('/affiliate/orgs/{orgId}/unread-messages', { params: { path: { orgId } }, signal })),
    select: (counts) => counts.unread,
    staleTime: BADGE_POLL_MS,
    refetchInterval: BADGE_POLL_MS,
  });

export const supportAccessQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...messageKeys.all, orgId, 'support-access'],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/support-access', { params: { path: { orgId } }, signal })),
    select: (list) => list.items,
  });

/** Sending, reading and granting change counts and lists across the area: read it all again. */
function useMessagesMutation<T, R>(orgId: string, run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...messageKeys.all, orgId] }),
  });
}

export const useSendMessage = (ref: ThreadRef) =>
  useMessagesMutation(ref.orgId, (body: { body: string; attachmentKey?: string }) =>
    ref.side === 'advertiser'
      ? unwrap(
          api.POST('/orgs/{orgId}/message-threads/{affiliateId}/messages', {
            params: { path: { orgId: ref.orgId, affiliateId: ref.affiliateId } },
            body,
          }),
        )
      : unwrap(api.POST('/affiliate/orgs/{orgId}/messages', { params: { path: { orgId: ref.orgId } }, body })),
  );

/** The author changes a message's text (within 15 minutes of sending; the server decides). */
export const useEditMessage = (ref: ThreadRef) =>
  useMessagesMutation(ref.orgId, ({ messageId, body }: { messageId: string; body: string }) =>
    ref.side === 'advertiser'
      ? unwrap(
          api.PATCH('/orgs/{orgId}/message-threads/{affiliateId}/messages/{messageId}', {
            params: { path: { orgId: ref.orgId, affiliateId: ref.affiliateId, messageId } },
            body: { body },
          }),
        )
      : unwrap(
          api.PATCH('/affiliate/orgs/{orgId}/messages/{messageId}', {
            params: { path: { orgId: ref.orgId, messageId } },
            body: { body },
          }),
        ),
  );

/** The author deletes a message: the thread keeps "message deleted" in its place. */
export const useDeleteMessage = (ref: ThreadRef) =>
  useMessagesMutation(ref.orgId, (messageId: string) =>
    ref.side === 'advertiser'
      ? unwrap(
          api.DELETE('/orgs/{orgId}/message-threads/{affiliateId}/messages/{messageId}', {
            params: { path: { orgId: ref.orgId, affiliateId: ref.affiliateId, messageId } },
          }),
        )
      : unwrap(
          api.DELETE('/affiliate/orgs/{orgId}/messages/{messageId}', {
            params: { path: { orgId: ref.orgId, messageId } },
          }),
        ),
  );

export const useMarkThreadRead = (ref: ThreadRef) =>
  useMessagesMutation(ref.orgId, () =>
    ref.side === 'advertiser'
      ? unwrap(
          api.POST('/orgs/{orgId}/message-threads/{affiliateId}/read', {
            params: { path: { orgId: ref.orgId, affiliateId: ref.affiliateId } },
          }),
        )
      : unwrap(api.POST('/affiliate/orgs/{orgId}/messages/read', { params: { path: { orgId: ref.orgId } } })),
  );

export function useUploadMessageImage(ref: ThreadRef) {
  return useMutation({
    mutationFn: (file: File) =>
      ref.side === 'advertiser'
        ? unwrap(
            api.POST('/orgs/{orgId}/message-threads/{affiliateId}/images', {
              params: { path: { orgId: ref.orgId, affiliateId: ref.affiliateId } },
              ...rawFile(file),
            }),
          )
        : unwrap(
            api.POST('/affiliate/orgs/{orgId}/message-images', {
              params: { path: { orgId: ref.orgId } },
              ...rawFile(file),
            }),
          ),
  });
}

/** A message's image as a blob: the routes need the session's token, which an <img src> cannot send. */
export const messageImageQueryOptions = (ref: ThreadRef, messageId: string) =>
  queryOptions({
    queryKey: [...threadKey(ref), 'image', messageId],
    queryFn: ({ signal }) =>
      ref.side === 'advertiser'
        ? unwrap(
            api.GET('/orgs/{orgId}/message-threads/{affiliateId}/messages/{messageId}/image', {
              params: { path: { orgId: ref.orgId, affiliateId: ref.affiliateId, messageId } },
              parseAs: 'blob',
              signal,
            }),
          )
        : unwrap(
            api.GET('/affiliate/orgs/{orgId}/messages/{messageId}/image', {
              params: { path: { orgId: ref.orgId, messageId } },
              parseAs: 'blob',
              signal,
            }),
          ),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useGrantSupportAccess = (orgId: string) =>
  useMessagesMutation(orgId, (body: { days: number; reason: string }) =>
    unwrap(api.POST('/orgs/{orgId}/support-access', { params: { path: { orgId } }, body })),
  );

export const useRevokeSupportAccess = (orgId: string) =>
  useMessagesMutation(orgId, (grantId: string) =>
    unwrap(api.DELETE('/orgs/{orgId}/support-access/{grantId}', { params: { path: { orgId, grantId } } })),
  );
