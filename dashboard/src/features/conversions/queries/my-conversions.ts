import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components, paths } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { cursorPages } from '@/ui/paged-query';

export type MyConversion = components['schemas']['MyConversion'];
export type MyCommission = components['schemas']['MyCommission'];
export type MyConversionExplanation = components['schemas']['MyConversionExplanation'];
export type ConversionsQuery = NonNullable<paths['/affiliate/orgs/{orgId}/conversions']['get']['parameters']['query']>;
export type CommissionsQuery = NonNullable<paths['/affiliate/orgs/{orgId}/commissions']['get']['parameters']['query']>;

export const myConversionsKeys = { all: ['my-conversions'] as const };

export const myConversionsQueryOptions = (orgId: string, query: ConversionsQuery) =>
  infiniteQueryOptions({
    queryKey: [...myConversionsKeys.all, orgId, 'conversions', query],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/conversions', {
          params: { path: { orgId }, query: { ...query, cursor: pageParam } },
          signal,
        }),
      ),
    ...cursorPages,
  });

export const myCommissionsQueryOptions = (orgId: string, query: CommissionsQuery) =>
  infiniteQueryOptions({
    queryKey: [...myConversionsKeys.all, orgId, 'commissions', query],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/commissions', {
          params: { path: { orgId }, query: { ...query, cursor: pageParam } },
          signal,
        }),
      ),
    ...cursorPages,
  });

export const myConversionExplanationQueryOptions = (orgId: string, conversionId: string) =>
  queryOptions({
    queryKey: [...myConversionsKeys.all, orgId, 'explanation', conversionId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/conversions/{conversionId}', {
          params: { path: { orgId, conversionId } },
          signal,
        }),
      ),
  });

export const useMyConversions = (orgId: string, query: ConversionsQuery) =>
  useInfiniteQuery(myConversionsQueryOptions(orgId, query));

export const useMyCommissions = (orgId: string, query: CommissionsQuery) =>
  useInfiniteQuery(myCommissionsQueryOptions(orgId, query));

export const useMyConversionExplanation = (orgId: string, conversionId: string) =>
  useQuery(myConversionExplanationQueryOptions(orgId, conversionId));
