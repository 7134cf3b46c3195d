import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components, paths } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { queueHealthKeys } from './queue-health';
import { cursorPages } from '@/ui/paged-query';

export type PlatformDelivery = components['schemas']['PostbackDelivery'];
export type PlatformDeliveriesQuery = Omit<
  NonNullable<paths['/platform/postbacks/deliveries']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

export const platformDeliveryKeys = { all: ['platform-deliveries'] as const };

export const platformDeliveriesQueryOptions = (query: PlatformDeliveriesQuery) =>
  infiniteQueryOptions({
    queryKey: [...platformDeliveryKeys.all, query],
    queryFn: ({ signal, pageParam }) =>
      unwrap(api.GET('/platform/postbacks/deliveries', { params: { query: { ...query, cursor: pageParam } }, signal })),
    ...cursorPages,
  });

export const usePlatformDeliveries = (query: PlatformDeliveriesQuery) =>
  useInfiniteQuery(platformDeliveriesQueryOptions(query));

/** Re-fires a failed or stuck postback; the delivery is pending again. */
export function useReplayDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/platform/postbacks/deliveries/{id}/replay', { params: { path: { id } } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: platformDeliveryKeys.all }),
        queryClient.invalidateQueries({ queryKey: queueHealthKeys.all }),
      ]),
  });
}
