import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type ImportJob = components['schemas']['ImportJob'];
export type CreateImport = components['schemas']['CreateImport'];
export type ImportSource = CreateImport['source'];
export type ImportFormat = NonNullable<CreateImport['format']>;

export const orgImportKeys = { all: ['org-imports'] as const };

/** The stages the cron is still working through; the page polls while a job is in one. */
export const isActiveImport = (job: Pick<ImportJob, 'status'>): boolean =>
  job.status === 'fetching' || job.status === 'planning' || job.status === 'applying';

// The cron takes a page or a chunk a minute per job locally and a few a minute in production: a look
// every 3 s shows each step soon after it lands without loading the API.
const POLL_MS = 3_000;

export const orgImportsQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...orgImportKeys.all, orgId],
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/imports', { params: { path: { orgId } }, signal })),
    select: (list) => list.items,
  });

export const useOrgImports = (orgId: string) => useQuery(orgImportsQueryOptions(orgId));

/**
 * One job, polled while the list says the cron works on it. Shown instead of the list's copy while it
 * is as new (the list catches up once the job settles, or the run starts it again).
 */
export function useOrgImport(orgId: string, job: ImportJob): ImportJob {
  const queryClient = useQueryClient();
  const detail = useQuery({
    queryKey: [...orgImportKeys.all, orgId, job.id],
    queryFn: async ({ signal }) => {
      const next = await unwrap(
        api.GET('/orgs/{orgId}/imports/{importId}', { params: { path: { orgId, importId: job.id } }, signal }),
      );
      if (!isActiveImport(next))
        void queryClient.invalidateQueries({ queryKey: [...orgImportKeys.all, orgId], exact: true });
      return next;
    },
    enabled: isActiveImport(job),
    refetchInterval: (query) => (query.state.data && isActiveImport(query.state.data) ? POLL_MS : false),
  });
  const polled = detail.data;
  return polled && (isActiveImport(job) || polled.status === job.status) ? polled : job;
}

export function useStartImport(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateImport) =>
      unwrap(api.POST('/orgs/{orgId}/imports', { params: { path: { orgId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...orgImportKeys.all, orgId] }),
  });
}

export function useRunImport(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (importId: string) =>
      unwrap(api.POST('/orgs/{orgId}/imports/{importId}/run', { params: { path: { orgId, importId } } })),
    onSuccess: (job) => {
      queryClient.setQueryData([...orgImportKeys.all, orgId, job.id], job);
      return queryClient.invalidateQueries({ queryKey: [...orgImportKeys.all, orgId], exact: true });
    },
  });
}

/** The report as CSV, read through the client so the access token stays in a header. */
export async function downloadImportReport(orgId: string, importId: string) {
  const { data, error, response } = await api.GET('/orgs/{orgId}/imports/{importId}/report.csv', {
    params: { path: { orgId, importId } },
    parseAs: 'blob',
  });
  return { blob: data as Blob | undefined, error, response };
}
