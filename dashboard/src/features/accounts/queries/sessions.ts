import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { loginKeys } from './logins';

export type UserSession = components['schemas']['Sessions']['sessions'][number];

export const sessionKeys = { all: ['sessions'] as const };

export const sessionsQueryOptions = queryOptions({
  queryKey: sessionKeys.all,
  queryFn: ({ signal }) => unwrap(api.GET('/me/sessions', { signal })),
});

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) =>
      unwrap(api.DELETE('/me/sessions/{sessionId}', { params: { path: { sessionId } } })),
    // The login history shows whether each sign-in's session is still live.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
        queryClient.invalidateQueries({ queryKey: loginKeys.all }),
      ]),
  });
}

export function useLogOutEverywhere() {
  return useMutation({ mutationFn: () => unwrap(api.POST('/me/logout-all')) });
}
