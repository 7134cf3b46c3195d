import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../lib/api/client';
import type { components } from '../lib/api/schema.gen';
import { unwrap } from '../lib/api/unwrap';

export type Creative = components['schemas']['Creative'];

export const creativeKeys = { all: ['creatives'] as const };

/** Banners and text links of a program the affiliate is active in (the API answers an empty list before that). */
export function creativesQueryOptions(orgId: string, programId: string) {
  return queryOptions({
    queryKey: [...creativeKeys.all, orgId, programId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/programs/{programId}/creatives', {
          params: { path: { orgId, programId } },
          signal,
        }),
      ),
    select: (list) => list.items,
  });
}

export function useCreatives(orgId: string, programId: string) {
  return useQuery(creativesQueryOptions(orgId, programId));
}
