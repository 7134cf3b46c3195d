import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type LedgerCheck = components['schemas']['LedgerCheck'];

export const orgLedgerKeys = { all: ['org-ledger'] as const };

/** The ledger check of one organization; computed on every request, so it is never cached for long. */
export const orgLedgerQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...orgLedgerKeys.all, orgId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/finance/ledger-check', { params: { path: { orgId } }, signal })),
    staleTime: 0,
  });

export const useOrgLedger = (orgId: string) => useQuery(orgLedgerQueryOptions(orgId));
