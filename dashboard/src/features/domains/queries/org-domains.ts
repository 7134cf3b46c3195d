import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type CustomDomain = components['schemas']['CustomDomain'];
export type AddCustomDomain = components['schemas']['AddCustomDomain'];
export type DnsRecord = components['schemas']['DnsRecord'];

export const orgDomainKeys = { all: ['org-domains'] as const };

export const orgDomainsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...orgDomainKeys.all, orgId],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/domains', { params: { path: { orgId } }, signal })),
    select: (list) => list.items,
    // Verification moves on without the user: while a domain is pending, look again every 15 s.
    refetchInterval: (query) => (query.state.data?.items.some((d) => d.status === 'pending') ? 15_000 : false),
  });

export const useOrgDomains = (orgId: string) => useQuery(orgDomainsQueryOptions(orgId));

function useRefresh(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [...orgDomainKeys.all, orgId] });
}

export function useAddDomain(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (body: AddCustomDomain) =>
      unwrap(api.POST('/orgs/{orgId}/domains', { params: { path: { orgId } }, body })),
    onSuccess: refresh,
  });
}

export function useReverifyDomain(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (domainId: string) =>
      unwrap(api.POST('/orgs/{orgId}/domains/{domainId}/reverify', { params: { path: { orgId, domainId } } })),
    onSuccess: refresh,
  });
}

export function useDeleteDomain(orgId: string) {
  const refresh = useRefresh(orgId);
  return useMutation({
    mutationFn: (domainId: string) =>
      unwrap(api.DELETE('/orgs/{orgId}/domains/{domainId}', { params: { path: { orgId, domainId } } })),
    onSuccess: refresh,
  });
}
