import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { affiliateHomeKeys } from './affiliate-home';
import { meKeys } from '@/features/accounts';
import { affiliateOrgKeys, marketplaceKeys, myProgramKeys } from '@/features/enrollments';

export type MyInvitation = components['schemas']['MyInvitation'];

export const myInvitationKeys = { all: ['my-invitations'] as const };

/** Program invitations sent to the signed-in person's email and still open. */
export const useMyInvitations = () =>
  useQuery({
    queryKey: myInvitationKeys.all,
    queryFn: ({ signal }) => unwrap(api.GET('/affiliate/invitations', { signal })),
    select: (list) => list.items,
  });

/** Accept or decline; accepting adds a program (and maybe an advertiser to the switcher). */
export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      invitationId,
      answer,
    }: {
      invitationId: string;
      answer: 'accept' | 'decline';
    }): Promise<unknown> =>
      answer === 'accept'
        ? unwrap(api.POST('/affiliate/invitations/{invitationId}/accept', { params: { path: { invitationId } } }))
        : unwrap(api.POST('/affiliate/invitations/{invitationId}/decline', { params: { path: { invitationId } } })),
    onSuccess: (_data, { answer }) => {
      void queryClient.invalidateQueries({ queryKey: myInvitationKeys.all });
      if (answer === 'accept')
        void Promise.all(
          [meKeys.all, affiliateOrgKeys.all, myProgramKeys.all, marketplaceKeys.all, affiliateHomeKeys.all].map(
            (queryKey) => queryClient.invalidateQueries({ queryKey }),
          ),
        );
    },
  });
}
