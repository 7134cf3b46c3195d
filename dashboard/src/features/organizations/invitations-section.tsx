import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type MemberRole, useInviteMember, useRevokeTeamInvitation, useTeamInvitations } from './queries/org-team';
import { EmptyState } from '@/ui/empty-state';
import { ErrorState } from '@/ui/error-state';
import { InviteByEmailForm, OpenInvitations } from '@/ui/email-invitations';
import { MEMBER_ROLES } from './member-roles';
import { TeamErrorText } from './team-error-text';
import { notifyDone } from '@/lib/notify-done';
import { SectionCard } from '@/ui/section-card';

/** Invite someone by email with a role (the link is valid for 7 days), and the open invitations to withdraw. */
export function InvitationsSection({ orgId, manage }: { orgId: string; manage: boolean }) {
  const { t } = useTranslation('orgsetup');
  const invitations = useTeamInvitations(orgId);
  const invite = useInviteMember(orgId);
  const revoke = useRevokeTeamInvitation(orgId);
  return (
    <SectionCard title={t('team.invite.title')} id="invitations-title">
      <Stack gap="md">
        {manage && (
          <InviteByEmailForm
            choice={{
              label: t('team.invite.role'),
              data: MEMBER_ROLES.map((role) => ({ value: role, label: t(`team.roles.${role}`) })),
              initial: 'admin',
            }}
            text={{
              email: t('team.invite.email'),
              send: t('team.invite.send'),
              emailInvalid: t('team.invite.emailInvalid'),
              required: t('team.invite.emailInvalid'),
            }}
            pending={invite.isPending}
            onInvite={({ email, choice }, done) =>
              invite.mutate(
                { email, role: choice as MemberRole },
                {
                  onSuccess: (sent) => {
                    done();
                    notifyDone(t('team.invite.sent', { email: sent.email }));
                  },
                },
              )
            }
            feedback={
              invite.isError && (
                <>
                  <TeamErrorText error={invite.error} />
                  <ErrorState error={invite.error} />
                </>
              )
            }
          />
        )}
        <OpenInvitations
          invitations={invitations}
          choice={{ header: t('team.columns.role'), cell: (i) => t(`team.roles.${i.role}`) }}
          withdraw={manage ? revoke : null}
          onWithdrawn={(i) => notifyDone(t('team.invite.revoked', { email: i.email }))}
          text={{
            caption: t('team.invite.pending'),
            email: t('team.invite.columns.email'),
            expires: t('team.invite.columns.expires'),
            expired: t('team.invite.expired'),
            declined: t('team.invite.expired'),
            actions: t('team.columns.actions'),
            withdraw: t('team.invite.revoke'),
            withdrawFor: (email) => t('team.invite.revokeFor', { email }),
            withdrawTitle: t('team.invite.revokeTitle'),
            withdrawMessage: (email) => t('team.invite.revokeBody', { email }),
            withdrawConfirm: t('team.invite.revokeConfirm'),
          }}
          empty={<EmptyState title={t('team.invite.emptyTitle')} description={t('team.invite.emptyDescription')} />}
        />
      </Stack>
    </SectionCard>
  );
}
