import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../lib/api/client';
import type { components } from '../lib/api/schema.gen';
import { unwrap } from '../lib/api/unwrap';

export type MyEnrollment = components['schemas']['MyEnrollment'];

export const myProgramsKeys = { all: ['my-programs'] as const };

/** The affiliate's programs with one advertiser (names for filters and report rows, which carry ids). */
export const myProgramsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...myProgramsKeys.all, orgId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/affiliate/orgs/{orgId}/programs', { params: { path: { orgId } }, signal })),
    staleTime: 60_000,
  });

export const useMyPrograms = (orgId: string) => useQuery(myProgramsQueryOptions(orgId));
