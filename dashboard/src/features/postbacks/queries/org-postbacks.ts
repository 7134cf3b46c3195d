import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components, paths } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { cursorPages } from '@/ui/paged-query';

export type OrgDelivery = components['schemas']['PostbackDelivery'];
export type OrgDeliveriesQuery = NonNullable<paths['/orgs/{orgId}/postbacks/deliveries']['get']['parameters']['query']>;

export const orgPostbacksKeys = { all: ['org-postbacks'] as const };

/** The postbacks fired to the organization's affiliates, newest first, page by page. */
export const orgDeliveriesQueryOptions = (orgId: string, query: OrgDeliveriesQuery) =>
  infiniteQueryOptions({
    queryKey: [...orgPostbacksKeys.all, orgId, query],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/orgs/{orgId}/postbacks/deliveries', {
          params: { path: { orgId }, query: { ...query, cursor: pageParam } },
          signal,
        }),
      ),
    ...cursorPages,
  });

export const useOrgDeliveries = (orgId: string, query: OrgDeliveriesQuery) =>
  useInfiniteQuery(orgDeliveriesQueryOptions(orgId, query));
