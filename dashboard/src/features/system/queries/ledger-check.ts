import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type LedgerCheck = components['schemas']['LedgerCheck'];

export const ledgerCheckKeys = { all: ['ledger-check'] as const };

/** The ledger's invariants, checked across every tenant or for one organization. */
export const ledgerCheckQueryOptions = (organizationId?: string) =>
  queryOptions({
    queryKey: [...ledgerCheckKeys.all, organizationId ?? null],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/platform/finance/ledger-check', { params: { query: { organizationId } }, signal })),
  });

export const useLedgerCheck = (organizationId?: string) => useQuery(ledgerCheckQueryOptions(organizationId));
