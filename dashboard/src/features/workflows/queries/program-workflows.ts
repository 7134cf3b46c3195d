import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type ProgramWorkflow = components['schemas']['ProgramWorkflow'];
export type CreateProgramWorkflow = components['schemas']['CreateProgramWorkflow'];
export type MyProgress = components['schemas']['MyWorkflowProgress']['items'][number];

export const programWorkflowKeys = { all: ['program-workflows'] as const, mine: ['my-progress'] as const };

/** A program's workflows in the order they are evaluated. */
export function programWorkflowsQueryOptions(orgId: string, programId: string) {
  return queryOptions({
    queryKey: [...programWorkflowKeys.all, orgId, programId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/programs/{programId}/workflows', { params: { path: { orgId, programId } }, signal }),
      ),
    select: (list) => list.items,
  });
}

export const useProgramWorkflows = (orgId: string, programId: string) =>
  useQuery(programWorkflowsQueryOptions(orgId, programId));

function useRefresh(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [...programWorkflowKeys.all, orgId, programId] });
}

export function useSaveProgramWorkflow(orgId: string, programId: string) {
  const refresh = useRefresh(orgId, programId);
  return useMutation({
    mutationFn: ({ workflowId, body }: { workflowId: string | null; body: CreateProgramWorkflow }) =>
      workflowId
        ? unwrap(
            api.PATCH('/orgs/{orgId}/programs/{programId}/workflows/{workflowId}', {
              params: { path: { orgId, programId, workflowId } },
              body,
            }),
          )
        : unwrap(
            api.POST('/orgs/{orgId}/programs/{programId}/workflows', { params: { path: { orgId, programId } }, body }),
          ),
    onSuccess: refresh,
  });
}

export function useDeleteProgramWorkflow(orgId: string, programId: string) {
  const refresh = useRefresh(orgId, programId);
  return useMutation({
    mutationFn: (workflowId: string) =>
      unwrap(
        api.DELETE('/orgs/{orgId}/programs/{programId}/workflows/{workflowId}', {
          params: { path: { orgId, programId, workflowId } },
        }),
      ),
    onSuccess: refresh,
  });
}

/** The signed-in affiliate's group, rates and progress to the next tier, per active program of one advertiser. */
export function useMyProgress(orgId: string) {
  return useQuery({
    queryKey: [...programWorkflowKeys.mine, orgId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/affiliate/orgs/{orgId}/progress', { params: { path: { orgId } }, signal })),
    select: (list) => list.items,
  });
}
