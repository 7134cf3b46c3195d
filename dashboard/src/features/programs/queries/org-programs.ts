import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { cursorPages } from '@/ui/paged-query';

export type Program = components['schemas']['Program'];
export type ProgramStatus = Program['status'];
export type CreateProgram = components['schemas']['CreateProgram'];
export type UpdateProgram = components['schemas']['UpdateProgram'];

export const orgProgramKeys = { all: ['org-programs'] as const };

/** The organization's programs, newest first, optionally of one status. */
export function orgProgramsQueryOptions(orgId: string, status: ProgramStatus | undefined) {
  return infiniteQueryOptions({
    queryKey: [...orgProgramKeys.all, orgId, 'list', { status }],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/orgs/{orgId}/programs', {
          params: { path: { orgId }, query: { limit: 100, cursor: pageParam, status } },
          signal,
        }),
      ),
    ...cursorPages,
  });
}

export function useOrgPrograms(orgId: string, status?: ProgramStatus) {
  return useInfiniteQuery(orgProgramsQueryOptions(orgId, status));
}

export function orgProgramQueryOptions(orgId: string, programId: string) {
  return queryOptions({
    queryKey: [...orgProgramKeys.all, orgId, 'one', programId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/programs/{programId}', { params: { path: { orgId, programId } }, signal })),
  });
}

/** An empty programId (not known yet) waits instead of asking. */
export function useOrgProgram(orgId: string, programId: string) {
  return useQuery({ ...orgProgramQueryOptions(orgId, programId), enabled: programId !== '' });
}

export function useCreateProgram(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProgram) =>
      unwrap(api.POST('/orgs/{orgId}/programs', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...orgProgramKeys.all, orgId] }),
  });
}

/** Settings and status changes share the PATCH; the answer replaces the cached program. */
export function useUpdateProgram(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProgram) =>
      unwrap(api.PATCH('/orgs/{orgId}/programs/{programId}', { params: { path: { orgId, programId } }, body })),
    onSuccess: (program) => {
      queryClient.setQueryData(orgProgramQueryOptions(orgId, programId).queryKey, program);
      return queryClient.invalidateQueries({ queryKey: [...orgProgramKeys.all, orgId, 'list'] });
    },
  });
}

export function useDeleteProgram(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/orgs/{orgId}/programs/{programId}', { params: { path: { orgId, programId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...orgProgramKeys.all, orgId, 'list'] }),
  });
}

/** A new S2S postback secret: the answer is the only time it is shown, so it is never cached. */
export function useRotatePostbackSecret(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/orgs/{orgId}/programs/{programId}/postback-secret', { params: { path: { orgId, programId } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgProgramQueryOptions(orgId, programId).queryKey }),
  });
}

/** The organization's apps: a program belongs to one, chosen when it is created. */
export function useProgramApps(orgId: string) {
  return useQuery({
    queryKey: [...orgProgramKeys.all, orgId, 'apps'],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/apps', { params: { path: { orgId } }, signal })),
    select: (page) => page.items,
  });
}
