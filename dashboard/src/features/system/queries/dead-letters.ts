import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components, paths } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { queueHealthKeys } from './queue-health';
import { cursorPages } from '@/ui/paged-query';

export type DeadLetter = components['schemas']['DeadLetter'];
export type DeadLettersQuery = Omit<
  NonNullable<paths['/platform/dead-letters']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

export const deadLetterKeys = { all: ['dead-letters'] as const };

export const deadLettersQueryOptions = (query: DeadLettersQuery) =>
  infiniteQueryOptions({
    queryKey: [...deadLetterKeys.all, query],
    queryFn: ({ signal, pageParam }) =>
      unwrap(api.GET('/platform/dead-letters', { params: { query: { ...query, cursor: pageParam } }, signal })),
    ...cursorPages,
  });

export const useDeadLetters = (query: DeadLettersQuery) => useInfiniteQuery(deadLettersQueryOptions(query));

/** Sends a letter back to its queue once; the list and the queue counts change with it. */
export function useReplayDeadLetter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/platform/dead-letters/{id}/replay', { params: { path: { id } } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: deadLetterKeys.all }),
        queryClient.invalidateQueries({ queryKey: queueHealthKeys.all }),
      ]),
  });
}
