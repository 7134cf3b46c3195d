import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type OrgRailFees = components['schemas']['OrgRailFees'];
export type RailFee = components['schemas']['RailFee'];
export type SetOrgRailFees = components['schemas']['SetOrgRailFeesRequest'];

export const railFeesQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: ['org-rail-fees', orgId],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/payout-fees', { params: { path: { orgId } }, signal })),
  });

export const useRailFees = (orgId: string) => useQuery(railFeesQueryOptions(orgId));

export function useSetRailFees(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SetOrgRailFees) =>
      unwrap(api.PUT('/orgs/{orgId}/payout-fees', { params: { path: { orgId } }, body })),
    onSuccess: (data) => client.setQueryData(railFeesQueryOptions(orgId).queryKey, data),
  });
}
