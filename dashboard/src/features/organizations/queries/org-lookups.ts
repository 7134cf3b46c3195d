import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type LookupProgram = components['schemas']['Program'];
export type LookupEnrollment = components['schemas']['Enrollment'];

// Names for the console's filter pickers and for the ids a report answers (a top-5 table, the postback step):
// the first 100 programs, apps and enrollments, one short read each, kept apart from the pages that manage
// those resources so a filter never pulls in their modules. An id beyond them is shown shortened.
export const orgLookupKeys = { all: ['org-lookups'] as const };

const programsQuery = (orgId: string) => ({
  queryKey: [...orgLookupKeys.all, orgId, 'programs'],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    unwrap(api.GET('/orgs/{orgId}/programs', { params: { path: { orgId }, query: { limit: 100 } }, signal })),
  staleTime: 60_000,
});

const enrollmentsQuery = (orgId: string) => ({
  queryKey: [...orgLookupKeys.all, orgId, 'enrollments'],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    unwrap(api.GET('/orgs/{orgId}/enrollments', { params: { path: { orgId }, query: { limit: 100 } }, signal })),
  staleTime: 60_000,
});

export const programLookupQueryOptions = (orgId: string) =>
  queryOptions({ ...programsQuery(orgId), select: (page) => page.items });

export const enrollmentLookupQueryOptions = (orgId: string) =>
  queryOptions({ ...enrollmentsQuery(orgId), select: (page) => page.items });

export const orgProgramOptionsQueryOptions = (orgId: string) =>
  queryOptions({
    ...programsQuery(orgId),
    select: (page) => page.items.map((p) => ({ value: p.id, label: p.name })),
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
    ...enrollmentsQuery(orgId),
    select: (page) => [
      ...new Map(page.items.map((e) => [e.affiliate.id, { value: e.affiliate.id, label: e.affiliate.email }])).values(),
    ],
  });

export const useProgramLookup = (orgId: string) => useQuery(programLookupQueryOptions(orgId));
export const useEnrollmentLookup = (orgId: string) => useQuery(enrollmentLookupQueryOptions(orgId));
export const useOrgProgramOptions = (orgId: string) => useQuery(orgProgramOptionsQueryOptions(orgId));
export const useOrgAppOptions = (orgId: string) => useQuery(orgAppOptionsQueryOptions(orgId));
export const useOrgAffiliateOptions = (orgId: string) => useQuery(orgAffiliateOptionsQueryOptions(orgId));
