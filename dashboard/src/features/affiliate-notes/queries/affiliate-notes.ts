import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type AffiliateNote = components['schemas']['AffiliateNote'];
export type AffiliateTag = components['schemas']['AffiliateTag'];

export const affiliateNotesKeys = { all: ['affiliate-notes'] as const };

const path = (orgId: string, affiliateId: string) => ({ path: { orgId, affiliateId } });

/** The team's notes about one affiliate, newest first. */
export const affiliateNotesQueryOptions = (orgId: string, affiliateId: string) =>
  queryOptions({
    queryKey: [...affiliateNotesKeys.all, orgId, affiliateId, 'notes'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/affiliates/{affiliateId}/notes', { params: path(orgId, affiliateId), signal })),
    select: (list) => list.items,
  });

/** The team's tags on one affiliate, alphabetical. */
export const affiliateTagsQueryOptions = (orgId: string, affiliateId: string) =>
  queryOptions({
    queryKey: [...affiliateNotesKeys.all, orgId, affiliateId, 'tags'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/affiliates/{affiliateId}/tags', { params: path(orgId, affiliateId), signal })),
    select: (list) => list.items,
  });

export const useAffiliateNotes = (orgId: string, affiliateId: string) =>
  useQuery(affiliateNotesQueryOptions(orgId, affiliateId));
export const useAffiliateTags = (orgId: string, affiliateId: string) =>
  useQuery(affiliateTagsQueryOptions(orgId, affiliateId));

/** Every change reads the affiliate's notes and tags again. */
function useAffiliateNotesMutation<T>(orgId: string, affiliateId: string, run: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...affiliateNotesKeys.all, orgId, affiliateId] }),
  });
}

export const useAddNote = (orgId: string, affiliateId: string) =>
  useAffiliateNotesMutation(orgId, affiliateId, (body: string) =>
    unwrap(
      api.POST('/orgs/{orgId}/affiliates/{affiliateId}/notes', { params: path(orgId, affiliateId), body: { body } }),
    ),
  );

export const useDeleteNote = (orgId: string, affiliateId: string) =>
  useAffiliateNotesMutation(orgId, affiliateId, (noteId: string) =>
    unwrap(
      api.DELETE('/orgs/{orgId}/affiliates/{affiliateId}/notes/{noteId}', {
        params: { path: { orgId, affiliateId, noteId } },
      }),
    ),
  );

export const useAddTag = (orgId: string, affiliateId: string) =>
  useAffiliateNotesMutation(orgId, affiliateId, (tag: string) =>
    unwrap(
      api.POST('/orgs/{orgId}/affiliates/{affiliateId}/tags', { params: path(orgId, affiliateId), body: { tag } }),
    ),
  );

export const useRemoveTag = (orgId: string, affiliateId: string) =>
  useAffiliateNotesMutation(orgId, affiliateId, (tagId: string) =>
    unwrap(
      api.DELETE('/orgs/{orgId}/affiliates/{affiliateId}/tags/{tagId}', {
        params: { path: { orgId, affiliateId, tagId } },
      }),
    ),
  );
