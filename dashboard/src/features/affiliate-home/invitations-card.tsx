import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { notifyDone } from '@/lib/notify-done';
import { type MyInvitation, useAnswerInvitation, useMyInvitations } from './queries/my-invitations';
import { ActionError } from '@/ui/action-error';
import { ConfirmModal } from '@/ui/confirm-modal';

function InvitationRow({ invitation, onDecline }: { invitation: MyInvitation; onDecline: () => void }) {
  const { t, i18n } = useTranslation('home', { keyPrefix: 'invitations' });
  const answer = useAnswerInvitation();
  const accept = () =>
    answer.mutate(
      { invitationId: invitation.id, answer: 'accept' },
      { onSuccess: () => notifyDone(t('accepted', { program: invitation.programName })) },
    );
  return (
    <Stack gap={6} data-testid="invitation">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <div style={{ flex: '1 1 220px', minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {t('program', { program: invitation.programName, advertiser: invitation.organizationName })}
          </Text>
          <Text size="xs" c="dimmed">
            {[
              invitation.invitedBy && t('invitedBy', { name: invitation.invitedBy }),
              t('expires', { date: formatDate(invitation.expiresAt, i18n.language) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {invitation.waitingCommissions > 0 && (
            <Text size="xs">{t('waiting', { count: invitation.waitingCommissions })}</Text>
          )}
        </div>
        <Group gap="xs">
          <Button
            size="xs"
            onClick={accept}
            loading={answer.isPending}
            aria-label={t('acceptTo', { program: invitation.programName })}
          >
            {t('accept')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={onDecline}
            disabled={answer.isPending}
            aria-label={t('declineTo', { program: invitation.programName })}
          >
            {t('decline')}
          </Button>
        </Group>
      </Group>
      <ActionError error={answer.error} />
    </Stack>
  );
}

/**
 * Program invitations waiting for the person's answer (an advertiser's invitation or an import that named
 * their email): accepted or declined here as well as from the mailed link. Hidden when there are none.
 */
export function InvitationsCard() {
  const { t } = useTranslation('home', { keyPrefix: 'invitations' });
  const invitations = useMyInvitations();
  const decline = useAnswerInvitation();
  const [declining, setDeclining] = useState<MyInvitation | null>(null);
  if (invitations.isPending || (invitations.isSuccess && invitations.data.length === 0)) return null;
  const close = () => {
    setDeclining(null);
    decline.reset();
  };
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="invitations-title">
      <Stack gap="md">
        <div>
          <Title order={2} fz="h4" id="invitations-title">
            {t('title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('description')}
          </Text>
        </div>
        {invitations.isError ? (
          <Text size="sm" c="dimmed">
            {t('loadFailed')}
          </Text>
        ) : (
          invitations.data.map((invitation) => (
            <InvitationRow key={invitation.id} invitation={invitation} onDecline={() => setDeclining(invitation)} />
          ))
        )}
      </Stack>
      <ConfirmModal
        opened={declining !== null}
        title={t('confirmTitle', { program: declining?.programName ?? '' })}
        message={t(declining?.waitingCommissions ? 'confirmWaiting' : 'confirmMessage', {
          advertiser: declining?.organizationName ?? '',
          count: declining?.waitingCommissions ?? 0,
        })}
        confirmLabel={t('decline')}
        danger
        pending={decline.isPending}
        error={decline.error}
        onConfirm={() =>
          declining &&
          decline.mutate(
            { invitationId: declining.id, answer: 'decline' },
            {
              onSuccess: () => {
                notifyDone(t('declined', { program: declining.programName }));
                close();
              },
            },
          )
        }
        onClose={close}
      />
    </Card>
  );
}
