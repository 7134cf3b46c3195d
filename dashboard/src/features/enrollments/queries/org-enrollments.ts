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

export type Enrollment = components['schemas']['Enrollment'];
export type EnrollmentStatus = Enrollment['status'];
export type UpdateEnrollment = components['schemas']['UpdateEnrollment'];
export type EnrollmentTotals = components['schemas']['EnrollmentTotals'];
export type EnrollmentActionName = 'approve' | 'reject' | 'suspend' | 'reactivate' | 'terminate';

export const orgEnrollmentKeys = { all: ['org-enrollments'] as const };

/** Affiliates in the organization's programs, newest first, by status and program. */
export function orgEnrollmentsQueryOptions(
  orgId: string,
  filter: { status?: EnrollmentStatus | undefined; programId?: string | undefined },
) {
  return infiniteQueryOptions({
    queryKey: [...orgEnrollmentKeys.all, orgId, 'list', filter],
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/orgs/{orgId}/enrollments', {
          params: { path: { orgId }, query: { limit: 100, cursor: pageParam, ...filter } },
          signal,
        }),
      ),
    ...cursorPages,
  });
}

export function useOrgEnrollments(
  orgId: string,
  filter: { status?: EnrollmentStatus | undefined; programId?: string | undefined },
  enabled = true,
) {
  return useInfiniteQuery({ ...orgEnrollmentsQueryOptions(orgId, filter), enabled });
}

export type EnrollmentCounts = components['schemas']['EnrollmentCounts']['counts'];

/** How many affiliates each status (tab) holds, for one program or all. */
export const useEnrollmentCounts = (orgId: string, programId: string | undefined) =>
  useQuery({
    queryKey: [...orgEnrollmentKeys.all, orgId, 'counts', programId ?? null],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/enrollment-counts', {
          params: { path: { orgId }, query: programId ? { programId } : {} },
          signal,
        }),
      ),
    select: (data) => data.counts,
  });

export function orgEnrollmentQueryOptions(orgId: string, enrollmentId: string) {
  return queryOptions({
    queryKey: [...orgEnrollmentKeys.all, orgId, 'one', enrollmentId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/enrollments/{enrollmentId}', { params: { path: { orgId, enrollmentId } }, signal }),
      ),
  });
}

export function useOrgEnrollment(orgId: string, enrollmentId: string) {
  return useQuery(orgEnrollmentQueryOptions(orgId, enrollmentId));
}

/**
 * Lifetime clicks, conversions, earnings and EPC per enrollment (the stats rollup), by enrollment id. The
 * enrollment list carries no figures, so the affiliates table joins the two.
 */
export function useEnrollmentTotals(orgId: string, programId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...orgEnrollmentKeys.all, orgId, 'totals', { programId }],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/stats/affiliates', {
          params: { path: { orgId }, query: { limit: 1000, programId } },
          signal,
        }),
      ),
    select: (page) => new Map(page.items.map((row) => [row.enrollmentId, row] as const)),
    enabled,
  });
}

function useEnrollmentWrite<Input>(orgId: string, write: (input: Input) => Promise<Enrollment>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (enrollment) => {
      queryClient.setQueryData(orgEnrollmentQueryOptions(orgId, enrollment.id).queryKey, enrollment);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [...orgEnrollmentKeys.all, orgId, 'list'] }),
        queryClient.invalidateQueries({ queryKey: [...orgEnrollmentKeys.all, orgId, 'counts'] }),
      ]);
    },
  });
}

/** Approve, reject, suspend, reactivate or terminate, with the reason the affiliate is shown. */
export function useChangeEnrollmentStatus(orgId: string) {
  return useEnrollmentWrite(
    orgId,
    ({ enrollmentId, action, reason }: { enrollmentId: string; action: EnrollmentActionName; reason?: string }) =>
      unwrap(
        api.POST('/orgs/{orgId}/enrollments/{enrollmentId}/{action}', {
          params: { path: { orgId, enrollmentId, action } },
          body: reason ? { reason } : {},
        }),
      ),
  );
}

/** Rate, fixed amount and hold overrides and the coupon code. */
export function useUpdateEnrollment(orgId: string) {
  return useEnrollmentWrite(orgId, ({ enrollmentId, changes }: { enrollmentId: string; changes: UpdateEnrollment }) =>
    unwrap(
      api.PATCH('/orgs/{orgId}/enrollments/{enrollmentId}', {
        params: { path: { orgId, enrollmentId } },
        body: changes,
      }),
    ),
  );
}
