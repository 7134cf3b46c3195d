import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type Statement = components['schemas']['Statement'];

export const statementKeys = { all: ['statements'] as const };

export const statementQueryOptions = (orgId: string, month: string) =>
  queryOptions({
    queryKey: [...statementKeys.all, orgId, month],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/statements', { params: { path: { orgId }, query: { month } }, signal })),
  });

export const statementMonthsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...statementKeys.all, orgId, 'months'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/statements/months', { params: { path: { orgId } }, signal })),
  });

export const useStatement = (orgId: string, month: string) => useQuery(statementQueryOptions(orgId, month));
export const useStatementMonths = (orgId: string) => useQuery(statementMonthsQueryOptions(orgId));

/** The month as CSV, read through the client so the access token stays in a header. */
export async function downloadStatementCsv(orgId: string, month: string) {
  const { data, error, response } = await api.GET('/orgs/{orgId}/statements/export.csv', {
    params: { path: { orgId }, query: { month } },
    parseAs: 'blob',
  });
  return { blob: data as Blob | undefined, error, response };
}
