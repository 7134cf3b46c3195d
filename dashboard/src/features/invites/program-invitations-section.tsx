import { Alert, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useInviteAffiliate, useProgramInvitations, useRevokeProgramInvitation } from './queries/invites';
import { orgProgramOptionsQueryOptions } from '@/features/organizations';
import { InviteByEmailForm, OpenInvitations } from '@/ui/email-invitations';
import { SectionCard } from '@/ui/section-card';
import { InviteError } from './invite-error';

/** Invite one person into a program by email, and the open program invitations to withdraw. */
export function ProgramInvitationsSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation('invites');
  const programs = useQuery(orgProgramOptionsQueryOptions(orgId));
  const invitations = useProgramInvitations(orgId);
  const invite = useInviteAffiliate(orgId);
  const withdraw = useRevokeProgramInvitation(orgId);
  const noPrograms = programs.isSuccess && programs.data.length === 0;
  return (
    <SectionCard title={t('invitations.title')} description={t('invitations.description')}>
      {noPrograms ? (
        <Text size="sm">{t('invitations.noPrograms')}</Text>
      ) : (
        <InviteByEmailForm
          choice={{ label: t('invitations.program'), data: programs.data ?? [] }}
          text={{
            email: t('invitations.email'),
            send: t('invitations.send'),
            emailInvalid: t('form.emailInvalid'),
            required: t('form.required'),
          }}
          pending={invite.isPending}
          onInvite={({ email, choice }, done) => invite.mutate({ email, programId: choice }, { onSuccess: done })}
          feedback={
            <>
              {invite.isSuccess && (
                <Alert color="teal" variant="light" role="status">
                  {t('invitations.sent', { email: invite.data.email })}
                </Alert>
              )}
              <InviteError error={invite.error} />
            </>
          }
        />
      )}
      <OpenInvitations
        invitations={invitations}
        choice={{ header: t('invitations.program'), cell: (i) => i.programName }}
        withdraw={withdraw}
        text={{
          caption: t('invitations.caption'),
          email: t('invitations.email'),
          expires: t('invitations.expires'),
          expired: t('invitations.expired'),
          declined: t('invitations.declined'),
          actions: t('list.actions'),
          withdraw: t('invitations.withdraw'),
          withdrawFor: (email) => `${t('invitations.withdraw')}: ${email}`,
          withdrawTitle: t('invitations.withdrawTitle'),
          withdrawMessage: (email) => t('invitations.withdrawMessage', { email }),
          withdrawConfirm: t('invitations.withdraw'),
        }}
        empty={
          <Text c="dimmed" size="sm">
            {t('invitations.empty')}
          </Text>
        }
      />
    </SectionCard>
  );
}
