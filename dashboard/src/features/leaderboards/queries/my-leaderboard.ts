import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { myProgramKeys } from '@/features/enrollments';

export type Leaderboard = components['schemas']['Leaderboard'];

const leaderboardKeys = { all: ['my-leaderboard'] as const };

/** A program's leaderboard as the signed-in affiliate sees it (asked only when the program has one). */
export function myLeaderboardQueryOptions(orgId: string, programId: string) {
  return queryOptions({
    queryKey: [...leaderboardKeys.all, orgId, programId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/programs/{programId}/leaderboard', {
          params: { path: { orgId, programId } },
          signal,
        }),
      ),
  });
}

export function useMyLeaderboard(orgId: string, programId: string) {
  return useQuery(myLeaderboardQueryOptions(orgId, programId));
}

/** Shows or masks the affiliate's name on the board; the board and the enrollment are read again. */
export function useSetLeaderboardMasking(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (masked: boolean) =>
      unwrap(
        api.PUT('/affiliate/orgs/{orgId}/programs/{programId}/leaderboard/masking', {
          params: { path: { orgId, programId } },
          body: { masked },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [...leaderboardKeys.all, orgId, programId] }),
        queryClient.invalidateQueries({ queryKey: [...myProgramKeys.all, orgId] }),
      ]),
  });
}
