import { Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidEmail } from '@/lib/forms/account-rules';
import { formatDateTime } from '@/lib/format';
import {
  type MemberRole,
  type TeamInvitation,
  useInviteMember,
  useRevokeTeamInvitation,
  useTeamInvitations,
} from './queries/org-team';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { ErrorState } from '@/ui/error-state';
import { QueryState } from '@/ui/query-state';
import { ConfirmModal } from '@/ui/confirm-modal';
import { MEMBER_ROLES } from './member-roles';
import { TeamErrorText } from './team-error-text';
import { notifyDone } from '@/lib/notify-done';
import { SectionCard } from '@/ui/section-card';

const column = createColumnHelper<TeamInvitation>();

/** Invite someone by email with a role (the link is valid for 7 days), and the open invitations to withdraw. */
export function InvitationsSection({ orgId, manage }: { orgId: string; manage: boolean }) {
  const { t, i18n } = useTranslation('orgsetup');
  const invitations = useTeamInvitations(orgId);
  const invite = useInviteMember(orgId);
  const revoke = useRevokeTeamInvitation(orgId);
  const [revoking, setRevoking] = useState<TeamInvitation | null>(null);
  const [opened, { open, close }] = useDisclosure(false);
  const form = useForm<{ email: string; role: MemberRole }>({
    initialValues: { email: '', role: 'admin' },
    validate: { email: (value) => (isValidEmail(value) ? null : t('team.invite.emailInvalid')) },
  });
  const submit = form.onSubmit((values) =>
    invite.mutate(
      { email: values.email.trim(), role: values.role },
      {
        onSuccess: (sent) => {
          form.reset();
          notifyDone(t('team.invite.sent', { email: sent.email }));
        },
      },
    ),
  );
  const columns = [
    column.accessor('email', {
      header: t('team.invite.columns.email'),
      cell: (info) => (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {info.getValue()}
        </Text>
      ),
    }),
    column.accessor('role', { header: t('team.columns.role'), cell: (info) => t(`team.roles.${info.getValue()}`) }),
    column.accessor('expiresAt', {
      header: t('team.invite.columns.expires'),
      cell: ({ row }) =>
        row.original.expired ? (
          <Badge color="gray" variant="light">
            {t('team.invite.expired')}
          </Badge>
        ) : (
          formatDateTime(row.original.expiresAt, i18n.language)
        ),
    }),
    ...(manage
      ? [
          column.display({
            id: 'actions',
            header: () => <span className="visually-hidden">{t('team.columns.actions')}</span>,
            cell: ({ row }) => (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                aria-label={t('team.invite.revokeFor', { email: row.original.email })}
                onClick={() => {
                  revoke.reset();
                  setRevoking(row.original);
                  open();
                }}
              >
                {t('team.invite.revoke')}
              </Button>
            ),
          }),
        ]
      : []),
  ];
  return (
    <SectionCard title={t('team.invite.title')} id="invitations-title">
      <Stack gap="md">
        {manage && (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              {invite.isError && <TeamErrorText error={invite.error} />}
              {invite.isError && <ErrorState error={invite.error} />}
              <Group align="flex-start" gap="sm" wrap="wrap">
                <TextInput
                  label={t('team.invite.email')}
                  type="email"
                  autoComplete="off"
                  required
                  w={{ base: '100%', sm: 300 }}
                  {...form.getInputProps('email')}
                />
                <Select
                  label={t('team.invite.role')}
                  data={MEMBER_ROLES.map((role) => ({ value: role, label: t(`team.roles.${role}`) }))}
                  allowDeselect={false}
                  w={{ base: '100%', sm: 160 }}
                  {...form.getInputProps('role')}
                />
                <Button type="submit" loading={invite.isPending} mt={{ base: 0, sm: 25 }}>
                  {t('team.invite.send')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        <QueryState query={invitations}>
          {(items) => (
            <DataTable
              caption={t('team.invite.pending')}
              columns={columns}
              data={items}
              getRowId={(i) => i.id}
              empty={<EmptyState title={t('team.invite.emptyTitle')} description={t('team.invite.emptyDescription')} />}
            />
          )}
        </QueryState>
      </Stack>
      <ConfirmModal
        danger
        opened={opened}
        title={t('team.invite.revokeTitle')}
        message={t('team.invite.revokeBody', { email: revoking?.email ?? '' })}
        confirmLabel={t('team.invite.revokeConfirm')}
        pending={revoke.isPending}
        error={revoke.error}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              close();
              notifyDone(t('team.invite.revoked', { email: revoking.email }));
            },
          })
        }
        onClose={close}
      />
    </SectionCard>
  );
}
