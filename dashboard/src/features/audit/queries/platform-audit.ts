import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components, paths } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { cursorPages } from '@/ui/paged-query';

export type AuditEntry = components['schemas']['AuditEntry'];
export type PlatformAuditQuery = Omit<
  NonNullable<paths['/platform/audit-log']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

export const platformAuditKeys = { all: ['platform-audit'] as const };

export const platformAuditQueryOptions = (query: PlatformAuditQuery) =>
  infiniteQueryOptions({
    queryKey: [...platformAuditKeys.all, query],
    queryFn: ({ signal, pageParam }) =>
      unwrap(api.GET('/platform/audit-log', { params: { query: { ...query, cursor: pageParam } }, signal })),
    ...cursorPages,
  });

export const usePlatformAudit = (query: PlatformAuditQuery) => useInfiniteQuery(platformAuditQueryOptions(query));
