import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { cursorPages } from '@/ui/paged-query';

export type MyPayout = components['schemas']['MyPayout'];

export const myPayoutsKeys = { all: ['my-payouts'] as const };

export const myPayoutsQueryOptions = infiniteQueryOptions({
  queryKey: myPayoutsKeys.all,
  queryFn: ({ signal, pageParam }) =>
    unwrap(api.GET('/affiliate/payouts', { params: { query: { cursor: pageParam } }, signal })),
  ...cursorPages,
});

export const useMyPayouts = () => useInfiniteQuery(myPayoutsQueryOptions);

/** The whole payout history as CSV, read through the client so the access token stays in a header. */
export async function downloadPayoutsCsv() {
  const { data, error, response } = await api.GET('/affiliate/payouts/export.csv', { parseAs: 'blob' });
  return { blob: data as Blob | undefined, error, response };
}
