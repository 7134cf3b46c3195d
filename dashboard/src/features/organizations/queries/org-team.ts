import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type Member = components['schemas']['Member'];
export type TeamInvitation = components['schemas']['Invitation'];
export type MemberRole = Member['role'];

export const teamKeys = { all: ['org-team'] as const };

export const membersQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...teamKeys.all, orgId, 'members'],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/members', { params: { path: { orgId } }, signal })),
    select: (list) => list.members,
  });

export const teamInvitationsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...teamKeys.all, orgId, 'invitations'],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/invitations', { params: { path: { orgId } }, signal })),
    select: (list) => list.invitations,
  });

export const useMembers = (orgId: string) => useQuery(membersQueryOptions(orgId));
export const useTeamInvitations = (orgId: string, enabled = true) =>
  useQuery({ ...teamInvitationsQueryOptions(orgId), enabled });

function useRefresh(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [...teamKeys.all, orgId] });
}

export function useChangeMemberRole(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: MemberRole }) =>
      unwrap(api.PATCH('/orgs/{orgId}/members/{userId}', { params: { path: { orgId, userId } }, body: { role } })),
    onSuccess: refresh,
  });
}

export function useRemoveMember(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (userId: string) =>
      unwrap(api.DELETE('/orgs/{orgId}/members/{userId}', { params: { path: { orgId, userId } } })),
    onSuccess: refresh,
  });
}

export function useInviteMember(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (body: components['schemas']['InviteMemberRequest']) =>
      unwrap(api.POST('/orgs/{orgId}/invitations', { params: { path: { orgId } }, body })),
    onSuccess: refresh,
  });
}

export function useRevokeTeamInvitation(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (invitationId: string) =>
      unwrap(api.DELETE('/orgs/{orgId}/invitations/{invitationId}', { params: { path: { orgId, invitationId } } })),
    onSuccess: refresh,
  });
}
