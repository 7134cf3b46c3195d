import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type PayoutMinimum = components['schemas']['PayoutMinimum'];
type PayoutMinimumChanges = components['schemas']['SetPayoutMinimums'];

export const payoutMinimumKeys = { all: ['payout-minimums'] as const };

export const payoutMinimumsQueryOptions = queryOptions({
  queryKey: payoutMinimumKeys.all,
  queryFn: ({ signal }) => unwrap(api.GET('/platform/payout-minimums', { signal })),
  select: (list) => list.items,
});

export const usePayoutMinimums = () => useQuery(payoutMinimumsQueryOptions);

export function useSetPayoutMinimums() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PayoutMinimumChanges) => unwrap(api.PUT('/platform/payout-minimums', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: payoutMinimumKeys.all }),
  });
}
