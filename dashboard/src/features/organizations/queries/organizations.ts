import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { meKeys } from '@/features/accounts';

export type Organization = components['schemas']['Organization'];
type OrganizationChanges = components['schemas']['UpdateOrganization'];

export const organizationKeys = { all: ['organizations'] as const };

/** The organizations the user is a member of, with their role in each. */
export const myOrganizationsQueryOptions = queryOptions({
  queryKey: [...organizationKeys.all, 'mine'],
  queryFn: ({ signal }) => unwrap(api.GET('/orgs', { signal })),
  select: (list) => list.items,
});

/** One organization and the caller's role in it (platform staff get an implied role). */
export const organizationQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...organizationKeys.all, orgId],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}', { params: { path: { orgId } }, signal })),
    staleTime: 60_000,
  });

export function useMyOrganizations() {
  return useQuery(myOrganizationsQueryOptions);
}

export function useOrganization(orgId: string) {
  return useQuery(organizationQueryOptions(orgId));
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['CreateOrganization']) => unwrap(api.POST('/orgs', { body })),
    // The new membership shows up in the profile (navbar, home redirect) and in the list.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meKeys.all }),
        queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
      ]),
  });
}

export function useUpdateOrganization(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationChanges) =>
      unwrap(api.PATCH('/orgs/{orgId}', { params: { path: { orgId } }, body })),
    onSuccess: (organization) => {
      queryClient.setQueryData(organizationQueryOptions(orgId).queryKey, organization);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: meKeys.all }),
        queryClient.invalidateQueries({ queryKey: [...organizationKeys.all, 'mine'] }),
      ]);
    },
  });
}

/** Owners require (or stop requiring) 2FA of every member; the API refuses an owner without 2FA. */
export function useSetTwoFactorRequirement(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (required: boolean) =>
      unwrap(api.PUT('/orgs/{orgId}/two-factor-requirement', { params: { path: { orgId } }, body: { required } })),
    onSuccess: (organization) => {
      queryClient.setQueryData(organizationQueryOptions(orgId).queryKey, organization);
      return queryClient.invalidateQueries({ queryKey: meKeys.all });
    },
  });
}
