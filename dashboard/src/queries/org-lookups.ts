import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../lib/api/client';
import { unwrap } from '../lib/api/unwrap';

// Names for the console's filter pickers (programs, apps, affiliates): one short read each, kept apart
// from the pages that manage those resources so a filter never pulls in their modules.
export const orgLookupKeys = { all: ['org-lookups'] as const };

export const orgProgramOptionsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...orgLookupKeys.all, orgId, 'programs'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/programs', { params: { path: { orgId }, query: { limit: 100 } }, signal })),
    select: (page) => page.items.map((p) => ({ value: p.id, label: p.name })),
    staleTime: 60_000,
  });

export const orgAppOptionsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...orgLookupKeys.all, orgId, 'apps'],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/apps', { params: { path: { orgId } }, signal })),
    select: (list) => list.items.map((a) => ({ value: a.id, label: a.name })),
    staleTime: 60_000,
  });

/** Affiliates enrolled in the organization's programs, once each (one may be in several programs). */
export const orgAffiliateOptionsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...orgLookupKeys.all, orgId, 'affiliates'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/enrollments', { params: { path: { orgId }, query: { limit: 100 } }, signal })),
    select: (page) => [
      ...new Map(page.items.map((e) => [e.affiliate.id, { value: e.affiliate.id, label: e.affiliate.email }])).values(),
    ],
    staleTime: 60_000,
  });

export const useOrgProgramOptions = (orgId: string) => useQuery(orgProgramOptionsQueryOptions(orgId));
export const useOrgAppOptions = (orgId: string) => useQuery(orgAppOptionsQueryOptions(orgId));
export const useOrgAffiliateOptions = (orgId: string) => useQuery(orgAffiliateOptionsQueryOptions(orgId));
