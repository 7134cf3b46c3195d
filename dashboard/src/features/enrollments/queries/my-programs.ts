import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type MyEnrollment = components['schemas']['MyEnrollment'];

export const myProgramKeys = { all: ['my-programs'] as const };

/** The affiliate's enrollments with one advertiser: its terms, codes and tracking links. */
export function myProgramsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: [...myProgramKeys.all, orgId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/affiliate/orgs/{orgId}/programs', { params: { path: { orgId } }, signal })),
    select: (list) => list.items,
  });
}

export function useMyPrograms(orgId: string) {
  return useQuery(myProgramsQueryOptions(orgId));
}
