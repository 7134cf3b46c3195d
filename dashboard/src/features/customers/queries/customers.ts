import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components, paths } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { cursorPages } from '@/ui/paged-query';

export type Customer = components['schemas']['Customer'];
export type MyCustomer = components['schemas']['MyCustomer'];
export type CustomersQuery = Omit<
  NonNullable<paths['/orgs/{orgId}/customers']['get']['parameters']['query']>,
  'cursor'
>;
export type MyCustomersQuery = Omit<
  NonNullable<paths['/affiliate/orgs/{orgId}/customers']['get']['parameters']['query']>,
  'cursor'
>;

export const customersKeys = { all: ['customers'] as const };

/** The advertiser's referred customers, newest referral first, page by page. */
export const customersQueryOptions = (orgId: string, query: CustomersQuery) =>
  infiniteQueryOptions({
    queryKey: [...customersKeys.all, orgId, 'advertiser', query],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/orgs/{orgId}/customers', {
          params: { path: { orgId }, query: { ...query, cursor: pageParam } },
          signal,
        }),
      ),
    ...cursorPages,
  });

/** The customers the signed-in affiliate referred to one advertiser, masked. */
export const myCustomersQueryOptions = (orgId: string, query: MyCustomersQuery) =>
  infiniteQueryOptions({
    queryKey: [...customersKeys.all, orgId, 'affiliate', query],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/customers', {
          params: { path: { orgId }, query: { ...query, cursor: pageParam } },
          signal,
        }),
      ),
    ...cursorPages,
  });

export const useCustomers = (orgId: string, query: CustomersQuery) =>
  useInfiniteQuery(customersQueryOptions(orgId, query));

export const useMyCustomers = (orgId: string, query: MyCustomersQuery) =>
  useInfiniteQuery(myCustomersQueryOptions(orgId, query));
