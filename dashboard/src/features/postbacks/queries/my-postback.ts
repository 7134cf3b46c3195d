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

export type PostbackSettings = components['schemas']['PostbackSettings'];
export type PostbackSettingsChanges = components['schemas']['PostbackSettingsRequest'];
export type PostbackTestRequest = components['schemas']['TestPostbackRequest'];
export type PostbackDelivery = components['schemas']['PostbackDelivery'];
export type DeliveriesQuery = NonNullable<paths['/affiliate/postbacks/deliveries']['get']['parameters']['query']>;

export const myPostbackKeys = { all: ['my-postback'] as const };

export const myPostbackQueryOptions = queryOptions({
  queryKey: [...myPostbackKeys.all, 'settings'],
  queryFn: ({ signal }) => unwrap(api.GET('/me/postback', { signal })),
});

export const myDeliveriesQueryOptions = (query: DeliveriesQuery) =>
  infiniteQueryOptions({
    queryKey: [...myPostbackKeys.all, 'deliveries', query],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/affiliate/postbacks/deliveries', { params: { query: { ...query, cursor: pageParam } }, signal }),
      ),
    ...cursorPages,
  });

export const useMyPostback = () => useQuery(myPostbackQueryOptions);

export const useMyDeliveries = (query: DeliveriesQuery) => useInfiniteQuery(myDeliveriesQueryOptions(query));

export function useUpdateMyPostback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: PostbackSettingsChanges) => unwrap(api.PUT('/me/postback', { body: changes })),
    onSuccess: (settings) => queryClient.setQueryData(myPostbackQueryOptions.queryKey, settings),
  });
}

/** Fires the template once with sample values; the answer is shown, never stored. */
export const useTestMyPostback = () =>
  useMutation({ mutationFn: (body: PostbackTestRequest) => unwrap(api.POST('/affiliate/postbacks/test', { body })) });
