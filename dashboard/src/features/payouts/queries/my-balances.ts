import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type MyBalance = components['schemas']['MyBalance'];

export const myBalancesKeys = { all: ['my-balances'] as const };

export const myBalancesQueryOptions = queryOptions({
  queryKey: myBalancesKeys.all,
  queryFn: ({ signal }) => unwrap(api.GET('/affiliate/balances', { signal })),
});

export const useMyBalances = () => useQuery(myBalancesQueryOptions);
