import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../lib/api/client';
import type { components } from '../lib/api/schema.gen';
import { unwrap } from '../lib/api/unwrap';

export type LookupProgram = components['schemas']['Program'];
export type LookupEnrollment = components['schemas']['Enrollment'];

export const orgLookupKeys = { all: ['org-lookups'] as const };

/**
 * The first 100 programs and enrollments, to put names on the ids a report answers (a top-5 table, the
 * postback step); an id beyond them is shown shortened rather than paging through everything.
 */
export const programLookupQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...orgLookupKeys.all, orgId, 'programs'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/programs', { params: { path: { orgId }, query: { limit: 100 } }, signal })),
    select: (page) => page.items,
  });

export const enrollmentLookupQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...orgLookupKeys.all, orgId, 'enrollments'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/enrollments', { params: { path: { orgId }, query: { limit: 100 } }, signal })),
    select: (page) => page.items,
  });

export const useProgramLookup = (orgId: string) => useQuery(programLookupQueryOptions(orgId));
export const useEnrollmentLookup = (orgId: string) => useQuery(enrollmentLookupQueryOptions(orgId));
