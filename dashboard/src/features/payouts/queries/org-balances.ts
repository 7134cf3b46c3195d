import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type Balance = components['schemas']['OrgBalance'];

export const orgBalancesKeys = { all: ['org-balances'] as const };

/** What the organization owes each affiliate, per currency (one row per affiliate and currency). */
export const orgBalancesQueryOptions = (orgId: string, currency?: string) =>
  queryOptions({
    queryKey: [...orgBalancesKeys.all, orgId, currency ?? null],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/balances', { params: { path: { orgId }, query: { currency } }, signal })),
    select: (list) => list.items,
  });

export const useOrgBalances = (orgId: string, currency?: string) => useQuery(orgBalancesQueryOptions(orgId, currency));

/** What the organization owes one affiliate, per currency (the affiliate's profile). */
export const affiliateBalancesQueryOptions = (orgId: string, affiliateId: string) =>
  queryOptions({
    queryKey: [...orgBalancesKeys.all, orgId, 'affiliate', affiliateId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/balances', { params: { path: { orgId }, query: { affiliateId } }, signal })),
    select: (list) => list.items,
  });

export const useAffiliateBalances = (orgId: string, affiliateId: string) =>
  useQuery(affiliateBalancesQueryOptions(orgId, affiliateId));
