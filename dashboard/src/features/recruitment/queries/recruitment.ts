import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { cursorPages } from '@/ui/paged-query';

export type MyRecruit = components['schemas']['MyRecruit'];
export type LevelEarnings = components['schemas']['LevelEarnings'];

export const recruitKeys = { all: ['recruitment'] as const };

export const myRecruitLinkQueryOptions = queryOptions({
  queryKey: [...recruitKeys.all, 'link'],
  queryFn: ({ signal }) => unwrap(api.GET('/affiliate/recruit', { signal })),
  staleTime: Number.POSITIVE_INFINITY,
});

export const myRecruitsQueryOptions = infiniteQueryOptions({
  queryKey: [...recruitKeys.all, 'recruits'],
  queryFn: ({ signal, pageParam }) =>
    unwrap(api.GET('/affiliate/recruits', { params: { query: { cursor: pageParam } }, signal })),
  ...cursorPages,
});

export const recruitEarningsQueryOptions = queryOptions({
  queryKey: [...recruitKeys.all, 'earnings'],
  queryFn: ({ signal }) => unwrap(api.GET('/affiliate/recruit-earnings', { signal })),
});

export const useMyRecruitLink = () => useQuery(myRecruitLinkQueryOptions);
export const useMyRecruits = () => useInfiniteQuery(myRecruitsQueryOptions);
export const useRecruitEarnings = () => useQuery(recruitEarningsQueryOptions);

/** Who a recruit link is from, for the public sign-up page; a 404 means the code does not recruit. */
export const useRecruitCodeInfo = (code: string | undefined) =>
  useQuery({
    queryKey: [...recruitKeys.all, 'code', code],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/auth/recruit-codes/{code}', { params: { path: { code: code ?? '' } }, signal })),
    enabled: code !== undefined,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
