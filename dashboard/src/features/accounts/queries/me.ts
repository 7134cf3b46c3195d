import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type Profile = components['schemas']['Profile'];
type ProfileChanges = components['schemas']['UpdateProfileRequest'];

export const meKeys = { all: ['me'] as const };

export const meQueryOptions = queryOptions({
  queryKey: meKeys.all,
  queryFn: ({ signal }) => unwrap(api.GET('/me', { signal })),
  // The profile changes only through this app's own mutations, which update the cache themselves.
  staleTime: 5 * 60_000,
});

/** The signed-in user; the _app layout has loaded it before any page renders. */
export function useMe(): Profile {
  return useSuspenseQuery(meQueryOptions).data;
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProfileChanges) => unwrap(api.PATCH('/me', { body: changes })),
    onSuccess: (profile) => queryClient.setQueryData(meKeys.all, profile),
  });
}
