import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { affiliateOrgKeys } from './affiliate-orgs';
import { marketplaceKeys } from './marketplace';
import { meKeys } from '@/features/accounts';
import { myProgramKeys } from './my-programs';

export type ApplicationSettings = components['schemas']['ApplicationSettings'];
export type ApplicationQuestion = ApplicationSettings['questions'][number];
export type AutoApprovalRule = ApplicationSettings['autoApproval'][number];
export type ProgramTerms = NonNullable<ApplicationSettings['terms']>;
export type ApplicationAsks = Omit<components['schemas']['ProgramApplication'], 'program'>;
export type ApplyBody = components['schemas']['ApplyToProgram'];
export type ProgramOffers = components['schemas']['ProgramOffers'];

export const applicationKeys = { all: ['applications'] as const };

/** The program's form, its groups' forms, current terms and auto-approval rules (advertiser side). */
export function applicationSettingsQueryOptions(orgId: string, programId: string) {
  return queryOptions({
    queryKey: [...applicationKeys.all, orgId, programId, 'settings'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/programs/{programId}/application', { params: { path: { orgId, programId } }, signal }),
      ),
  });
}

export const useApplicationSettings = (orgId: string, programId: string) =>
  useQuery(applicationSettingsQueryOptions(orgId, programId));

function useRefreshSettings(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [...applicationKeys.all, orgId, programId] });
}

/** Saves the program's form (no groupId) or a group's own form (questions null: the program's again). */
export function useSaveApplicationForm(orgId: string, programId: string) {
  const refresh = useRefreshSettings(orgId, programId);
  return useMutation({
    mutationFn: ({ groupId, questions }: { groupId: string | null; questions: ApplicationQuestion[] | null }) =>
      groupId
        ? unwrap(
            api.PUT('/orgs/{orgId}/programs/{programId}/groups/{groupId}/application-form', {
              params: { path: { orgId, programId, groupId } },
              body: { questions },
            }),
          )
        : unwrap(
            api.PUT('/orgs/{orgId}/programs/{programId}/application/form', {
              params: { path: { orgId, programId } },
              body: { questions: questions ?? [] },
            }),
          ),
    onSuccess: refresh,
  });
}

export function usePublishTerms(orgId: string, programId: string) {
  const refresh = useRefreshSettings(orgId, programId);
  return useMutation({
    mutationFn: (body: { bodyEn: string; bodyRu: string | null }) =>
      unwrap(
        api.POST('/orgs/{orgId}/programs/{programId}/application/terms', {
          params: { path: { orgId, programId } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useSaveAutoApproval(orgId: string, programId: string) {
  const refresh = useRefreshSettings(orgId, programId);
  return useMutation({
    mutationFn: (rules: AutoApprovalRule[]) =>
      unwrap(
        api.PUT('/orgs/{orgId}/programs/{programId}/application/auto-approval', {
          params: { path: { orgId, programId } },
          body: { rules },
        }),
      ),
    onSuccess: refresh,
  });
}

/** What applying to a marketplace program asks (affiliate side); waits until `enabled`. */
export function useProgramApplication(programId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...applicationKeys.all, 'apply', programId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/affiliate/programs/{programId}/application', { params: { path: { programId } }, signal })),
    enabled,
  });
}

/** Applies with the form's answers and the accepted terms version. */
export function useApplyWithAnswers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ programId, body }: { programId: string; body: ApplyBody }) =>
      unwrap(api.POST('/affiliate/programs/{programId}/apply', { params: { path: { programId } }, body })),
    // Joining may add an advertiser to the switcher as well as change the program's status and the offers.
    // Not awaited: the applied offer leaves the list on refetch, and the caller's own onSuccess (its notice)
    // must run before its row unmounts.
    onSuccess: () => {
      void Promise.all([
        queryClient.invalidateQueries({ queryKey: marketplaceKeys.all }),
        queryClient.invalidateQueries({ queryKey: meKeys.all }),
        queryClient.invalidateQueries({ queryKey: affiliateOrgKeys.all }),
        queryClient.invalidateQueries({ queryKey: myProgramKeys.all }),
        queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
      ]);
    },
  });
}

/** The advertiser's other programs offered to an affiliate active in one of them. */
export function useProgramOffers(orgId: string, lang: 'en' | 'ru') {
  return useQuery({
    queryKey: [...applicationKeys.all, 'offers', orgId, lang],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/program-offers', {
          params: { path: { orgId }, query: { lang } },
          signal,
        }),
      ),
  });
}
