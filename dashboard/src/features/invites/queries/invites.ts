import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type RegistrationLink = components['schemas']['RegistrationLink'];
export type CreateRegistrationLinkRequest = components['schemas']['CreateRegistrationLinkRequest'];
export type ProgramInvitation = components['schemas']['ProgramInvitation'];
export type JoinLink = components['schemas']['JoinLink'];

export const inviteKeys = { all: ['invites'] as const };

export const registrationLinksQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...inviteKeys.all, orgId, 'links'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/registration-links', { params: { path: { orgId } }, signal })),
    select: (list) => list.items,
  });

export const programInvitationsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...inviteKeys.all, orgId, 'invitations'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/program-invitations', { params: { path: { orgId } }, signal })),
    select: (list) => list.items,
  });

export const joinLinkQueryOptions = (code: string) =>
  queryOptions({
    queryKey: [...inviteKeys.all, 'join', code],
    queryFn: ({ signal }) => unwrap(api.GET('/join-links/{code}', { params: { path: { code } }, signal })),
    retry: false,
  });

export const useRegistrationLinks = (orgId: string) => useQuery(registrationLinksQueryOptions(orgId));
export const useProgramInvitations = (orgId: string) => useQuery(programInvitationsQueryOptions(orgId));
export const useJoinLink = (code: string) => useQuery(joinLinkQueryOptions(code));

function useRefresh(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [...inviteKeys.all, orgId] });
}

export function useCreateRegistrationLink(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (body: CreateRegistrationLinkRequest) =>
      unwrap(api.POST('/orgs/{orgId}/registration-links', { params: { path: { orgId } }, body })),
    onSuccess: refresh,
  });
}

export function useRevokeRegistrationLink(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (registrationLinkId: string) =>
      unwrap(
        api.POST('/orgs/{orgId}/registration-links/{registrationLinkId}/revoke', {
          params: { path: { orgId, registrationLinkId } },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useInviteAffiliate(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (body: components['schemas']['InviteAffiliateRequest']) =>
      unwrap(api.POST('/orgs/{orgId}/program-invitations', { params: { path: { orgId } }, body })),
    onSuccess: refresh,
  });
}

export function useRevokeProgramInvitation(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (invitationId: string) =>
      unwrap(
        api.DELETE('/orgs/{orgId}/program-invitations/{invitationId}', {
          params: { path: { orgId, invitationId } },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useAcceptJoinLink() {
  const queryClient = useQueryClient();
  return useMutation({
    // A link to one program that asks a form or terms sends the answers and the accepted version.
    mutationFn: ({ code, body }: { code: string; body?: components['schemas']['ApplyToProgram'] }) =>
      unwrap(
        api.POST('/affiliate/join-links/{code}/accept', { params: { path: { code } }, ...(body ? { body } : {}) }),
      ),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
