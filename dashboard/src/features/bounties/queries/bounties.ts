import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BountySubmissionStatus } from '@schema/enums';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type Bounty = components['schemas']['Bounty'];
export type CreateBounty = components['schemas']['CreateBounty'];
export type UpdateBounty = components['schemas']['UpdateBounty'];
export type BountySubmission = components['schemas']['BountySubmission'];
export type MyBounty = components['schemas']['MyBounty'];

export const bountyKeys = {
  all: ['bounties'] as const,
  submissions: ['bounty-submissions'] as const,
  mine: ['my-bounties'] as const,
};

/** A program's bounties, newest first, with winners and waiting submissions. */
export const useBounties = (orgId: string, programId: string) =>
  useQuery({
    queryKey: [...bountyKeys.all, orgId, programId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/bounties', { params: { path: { orgId }, query: { programId } }, signal })),
    select: (list) => list.items,
  });

/** Submissions to a program's bounties with one status: the review queue is `pending`. */
export const useBountySubmissions = (orgId: string, programId: string, status: BountySubmissionStatus) =>
  useQuery({
    queryKey: [...bountyKeys.submissions, orgId, programId, status],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/bounty-submissions', {
          params: { path: { orgId }, query: { status, programId } },
          signal,
        }),
      ),
    select: (list) => list.items,
  });

function useRefresh(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: [...bountyKeys.all, orgId] }),
      queryClient.invalidateQueries({ queryKey: [...bountyKeys.submissions, orgId] }),
    ]);
}

export function useSaveBounty(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (change: { bountyId: null; body: CreateBounty } | { bountyId: string; body: UpdateBounty }) =>
      change.bountyId === null
        ? unwrap(api.POST('/orgs/{orgId}/bounties', { params: { path: { orgId } }, body: change.body }))
        : unwrap(
            api.PATCH('/orgs/{orgId}/bounties/{bountyId}', {
              params: { path: { orgId, bountyId: change.bountyId } },
              body: change.body,
            }),
          ),
    onSuccess: refresh,
  });
}

export function useDeleteBounty(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (bountyId: string) =>
      unwrap(api.DELETE('/orgs/{orgId}/bounties/{bountyId}', { params: { path: { orgId, bountyId } } })),
    onSuccess: refresh,
  });
}

export function useReviewSubmission(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (
      decision: { submissionId: string; approve: true } | { submissionId: string; approve: false; reason: string },
    ) =>
      decision.approve
        ? unwrap(
            api.POST('/orgs/{orgId}/bounty-submissions/{submissionId}/approve', {
              params: { path: { orgId, submissionId: decision.submissionId } },
            }),
          )
        : unwrap(
            api.POST('/orgs/{orgId}/bounty-submissions/{submissionId}/reject', {
              params: { path: { orgId, submissionId: decision.submissionId } },
              body: { reason: decision.reason },
            }),
          ),
    onSuccess: refresh,
  });
}

/** The bounties of one advertiser open to the signed-in affiliate, with its progress and history. */
export const useMyBounties = (orgId: string) =>
  useQuery({
    queryKey: [...bountyKeys.mine, orgId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/affiliate/orgs/{orgId}/bounties', { params: { path: { orgId } }, signal })),
    select: (list) => list.items,
  });

export function useSubmitBounty(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ bountyId, url, note }: { bountyId: string; url: string; note: string }) =>
      unwrap(
        api.POST('/affiliate/orgs/{orgId}/bounties/{bountyId}/submissions', {
          params: { path: { orgId, bountyId } },
          body: { url, note },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...bountyKeys.mine, orgId] }),
  });
}
