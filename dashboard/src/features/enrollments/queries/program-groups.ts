import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { orgEnrollmentKeys } from './org-enrollments';

export type ProgramGroup = components['schemas']['ProgramGroup'];
export type CreateProgramGroup = components['schemas']['CreateProgramGroup'];
export type UpdateProgramGroup = components['schemas']['UpdateProgramGroup'];

export const programGroupKeys = { all: ['program-groups'] as const };

/** A program's partner groups, the default first, with member counts. An empty programId waits. */
export function programGroupsQueryOptions(orgId: string, programId: string) {
  return queryOptions({
    queryKey: [...programGroupKeys.all, orgId, programId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/programs/{programId}/groups', { params: { path: { orgId, programId } }, signal })),
    select: (list) => list.items,
    enabled: programId !== '',
  });
}

export const useProgramGroups = (orgId: string, programId: string) =>
  useQuery(programGroupsQueryOptions(orgId, programId));

/** After any change the groups (counts, terms) and the enrollment lists (each row names its group) are stale. */
function useRefresh(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: [...programGroupKeys.all, orgId, programId] }),
      queryClient.invalidateQueries({ queryKey: [...orgEnrollmentKeys.all, orgId] }),
    ]);
}

export function useCreateProgramGroup(orgId: string, programId: string) {
  const refresh = useRefresh(orgId, programId);
  return useMutation({
    mutationFn: (body: CreateProgramGroup) =>
      unwrap(api.POST('/orgs/{orgId}/programs/{programId}/groups', { params: { path: { orgId, programId } }, body })),
    onSuccess: refresh,
  });
}

export function useUpdateProgramGroup(orgId: string, programId: string) {
  const refresh = useRefresh(orgId, programId);
  return useMutation({
    mutationFn: ({ groupId, changes }: { groupId: string; changes: UpdateProgramGroup }) =>
      unwrap(
        api.PATCH('/orgs/{orgId}/programs/{programId}/groups/{groupId}', {
          params: { path: { orgId, programId, groupId } },
          body: changes,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteProgramGroup(orgId: string, programId: string) {
  const refresh = useRefresh(orgId, programId);
  return useMutation({
    mutationFn: (groupId: string) =>
      unwrap(
        api.DELETE('/orgs/{orgId}/programs/{programId}/groups/{groupId}', {
          params: { path: { orgId, programId, groupId } },
        }),
      ),
    onSuccess: refresh,
  });
}

/** Moves enrollments of the program into the group, all or none. */
export function useMoveToGroup(orgId: string, programId: string) {
  const refresh = useRefresh(orgId, programId);
  return useMutation({
    mutationFn: ({ groupId, enrollmentIds }: { groupId: string; enrollmentIds: string[] }) =>
      unwrap(
        api.POST('/orgs/{orgId}/programs/{programId}/groups/{groupId}/members', {
          params: { path: { orgId, programId, groupId } },
          body: { enrollmentIds },
        }),
      ),
    onSuccess: refresh,
  });
}
