import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components, paths } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { cursorPages } from '@/ui/paged-query';

export type PlatformUser = components['schemas']['PlatformUser'];
export type PlatformUsersQuery = Omit<
  NonNullable<paths['/platform/users']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

export const platformUserKeys = { all: ['platform-users'] as const };

export const platformUsersQueryOptions = (query: PlatformUsersQuery) =>
  infiniteQueryOptions({
    queryKey: [...platformUserKeys.all, query],
    queryFn: ({ signal, pageParam }) =>
      unwrap(api.GET('/platform/users', { params: { query: { ...query, cursor: pageParam } }, signal })),
    ...cursorPages,
  });

export const usePlatformUsers = (query: PlatformUsersQuery) => useInfiniteQuery(platformUsersQueryOptions(query));

// Every change refetches the loaded pages: a filtered list (e.g. "not approved") may lose the row.
function useUserMutation<Input>(mutationFn: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: platformUserKeys.all }),
  });
}

export const useApproveAffiliate = () =>
  useUserMutation((userId: string) =>
    unwrap(api.POST('/platform/users/{userId}/approve-affiliate', { params: { path: { userId } } })),
  );

export const useRejectAffiliate = () =>
  useUserMutation(({ userId, reason }: { userId: string; reason?: string }) =>
    unwrap(api.POST('/platform/users/{userId}/reject-affiliate', { params: { path: { userId } }, body: { reason } })),
  );

export const useBanUser = () =>
  useUserMutation(({ userId, reason }: { userId: string; reason?: string }) =>
    unwrap(api.POST('/platform/users/{userId}/ban', { params: { path: { userId } }, body: { reason } })),
  );

export const useUnbanUser = () =>
  useUserMutation((userId: string) =>
    unwrap(api.POST('/platform/users/{userId}/unban', { params: { path: { userId } } })),
  );
