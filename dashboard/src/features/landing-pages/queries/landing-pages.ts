import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type LandingPage = components['schemas']['LandingPage'];
export type LandingDocument = components['schemas']['LandingDocument'];
export type LandingBlock = LandingDocument['blocks'][number];

export const landingPageKeys = { all: ['landing-pages'] as const };

const scope = (orgId: string, programId: string, groupId: string | null) => ({
  path: { orgId, programId },
  query: groupId ? { groupId } : {},
});

/** The page's draft and published documents (the program's own page when groupId is null). */
export function landingPageQueryOptions(orgId: string, programId: string, groupId: string | null) {
  return queryOptions({
    queryKey: [...landingPageKeys.all, orgId, programId, groupId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/programs/{programId}/landing-page', {
          params: scope(orgId, programId, groupId),
          signal,
        }),
      ),
  });
}

export const useLandingPage = (orgId: string, programId: string, groupId: string | null) =>
  useQuery(landingPageQueryOptions(orgId, programId, groupId));

function useStore(orgId: string, programId: string, groupId: string | null) {
  const queryClient = useQueryClient();
  return (page: LandingPage) =>
    queryClient.setQueryData(landingPageQueryOptions(orgId, programId, groupId).queryKey, page);
}

export function useSaveLandingDraft(orgId: string, programId: string, groupId: string | null) {
  const store = useStore(orgId, programId, groupId);
  return useMutation({
    mutationFn: (document: LandingDocument) =>
      unwrap(
        api.PUT('/orgs/{orgId}/programs/{programId}/landing-page', {
          params: scope(orgId, programId, groupId),
          body: { document },
        }),
      ),
    onSuccess: store,
  });
}

export function usePublishLandingPage(orgId: string, programId: string, groupId: string | null) {
  const store = useStore(orgId, programId, groupId);
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/orgs/{orgId}/programs/{programId}/landing-page/publish', {
          params: scope(orgId, programId, groupId),
        }),
      ),
    onSuccess: store,
  });
}

/**
 * The page rendered by the server with the editor's (unsaved) document, as HTML for the sandboxed preview frame.
 * Keyed by the document itself, so each edit (debounced by the caller) asks once and the previous page stays
 * shown meanwhile.
 */
export function useLandingPreview(
  orgId: string,
  programId: string,
  groupId: string | null,
  lang: 'en' | 'ru',
  document: LandingDocument | null,
) {
  return useQuery({
    queryKey: [...landingPageKeys.all, orgId, programId, groupId, 'preview', lang, document],
    queryFn: async ({ signal }) => {
      const body = document!;
      const { data, error, response } = await api.POST('/orgs/{orgId}/programs/{programId}/landing-page/preview', {
        params: { path: { orgId, programId }, query: { ...(groupId ? { groupId } : {}), lang } },
        body: { document: body },
        parseAs: 'text',
        signal,
      });
      if (!response.ok) return unwrap(Promise.resolve({ data, error, response }));
      return data as unknown as string;
    },
    enabled: document !== null,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
