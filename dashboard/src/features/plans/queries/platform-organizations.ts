import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components, paths } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { cursorPages } from '@/ui/paged-query';

export type PlatformOrganization = components['schemas']['PlatformOrganization'];
export type PlatformOrganizationsQuery = Omit<
  NonNullable<paths['/platform/organizations']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

export const platformOrganizationKeys = { all: ['platform-organizations'] as const };

export const platformOrganizationsQueryOptions = (query: PlatformOrganizationsQuery) =>
  infiniteQueryOptions({
    queryKey: [...platformOrganizationKeys.all, query],
    queryFn: ({ signal, pageParam }) =>
      unwrap(api.GET('/platform/organizations', { params: { query: { ...query, cursor: pageParam } }, signal })),
    ...cursorPages,
  });

export const usePlatformOrganizations = (query: PlatformOrganizationsQuery) =>
  useInfiniteQuery(platformOrganizationsQueryOptions(query));
