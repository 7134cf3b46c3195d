import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type ProgramPayoutSchedule = components['schemas']['ProgramPayoutSchedule'];
export type SetProgramPayoutSchedule = components['schemas']['SetProgramPayoutScheduleRequest'];
export type AutoApprovalLimits = components['schemas']['AutoApprovalLimits'];
export type SetAutoApprovalLimits = components['schemas']['SetAutoApprovalLimitsRequest'];

const scheduleQueryOptions = (orgId: string, programId: string) =>
  queryOptions({
    queryKey: ['program-payout-schedule', orgId, programId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/programs/{programId}/payout-schedule', {
          params: { path: { orgId, programId } },
          signal,
        }),
      ),
  });

export const useProgramPayoutSchedule = (orgId: string, programId: string) =>
  useQuery(scheduleQueryOptions(orgId, programId));

export function useSetProgramPayoutSchedule(orgId: string, programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SetProgramPayoutSchedule) =>
      unwrap(
        api.PUT('/orgs/{orgId}/programs/{programId}/payout-schedule', {
          params: { path: { orgId, programId } },
          body,
        }),
      ),
    onSuccess: (data) => client.setQueryData(scheduleQueryOptions(orgId, programId).queryKey, data),
  });
}

const limitsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: ['payout-auto-approval', orgId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/payout-auto-approval', { params: { path: { orgId } }, signal })),
  });

export const useAutoApprovalLimits = (orgId: string) => useQuery(limitsQueryOptions(orgId));

export function useSetAutoApprovalLimits(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SetAutoApprovalLimits) =>
      unwrap(api.PUT('/orgs/{orgId}/payout-auto-approval', { params: { path: { orgId } }, body })),
    onSuccess: (data) => client.setQueryData(limitsQueryOptions(orgId).queryKey, data),
  });
}
