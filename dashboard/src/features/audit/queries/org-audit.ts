import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components, paths } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { cursorPages } from '@/ui/paged-query';

export type AuditEntry = components['schemas']['AuditEntry'];
export type AuditFilters = Omit<
  NonNullable<paths['/orgs/{orgId}/audit-log']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

export const orgAuditKeys = { all: ['org-audit'] as const };

/** The organization's audit trail, newest first, page by page with its keyset cursor. */
export const orgAuditQueryOptions = (orgId: string, filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: [...orgAuditKeys.all, orgId, filters],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/orgs/{orgId}/audit-log', {
          params: { path: { orgId }, query: { ...filters, limit: 50, cursor: pageParam } },
          signal,
        }),
      ),
    ...cursorPages,
  });

export const useOrgAudit = (orgId: string, filters: AuditFilters) =>
  useInfiniteQuery(orgAuditQueryOptions(orgId, filters));
