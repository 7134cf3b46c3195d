import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidEmail } from '@/lib/forms/account-rules';
import { formatDate } from '@/lib/format';
import {
  type ProgramInvitation,
  useInviteAffiliate,
  useProgramInvitations,
  useRevokeProgramInvitation,
} from './queries/invites';
import { orgProgramOptionsQueryOptions } from '@/features/organizations';
import { DataTable } from '@/ui/data-table';
import { QueryState } from '@/ui/query-state';
import { InviteError } from './invite-error';

const column = createColumnHelper<ProgramInvitation>();

export function ProgramInvitationsSection({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation('invites');
  const programs = useQuery(orgProgramOptionsQueryOptions(orgId));
  const invitations = useProgramInvitations(orgId);
  const invite = useInviteAffiliate(orgId);
  const withdraw = useRevokeProgramInvitation(orgId);
  const [confirming, setConfirming] = useState<ProgramInvitation | null>(null);
  const form = useForm({
    initialValues: { email: '', programId: '' },
    validate: {
      email: (v) => (v.trim() === '' ? t('form.required') : isValidEmail(v) ? null : t('form.emailInvalid')),
      programId: (v) => (v ? null : t('form.required')),
    },
  });
  const close = () => {
    setConfirming(null);
    withdraw.reset();
  };
  const columns = useMemo(
    () => [
      column.accessor('email', {
        header: t('invitations.email'),
        cell: (c) => <Text style={{ overflowWrap: 'anywhere' }}>{c.getValue()}</Text>,
      }),
      column.accessor('programName', { header: t('invitations.program') }),
      column.accessor('expiresAt', {
        header: t('invitations.expires'),
        cell: (c) =>
          c.row.original.declinedAt ? (
            <Badge color="gray" variant="light">
              {t('invitations.declined')}
            </Badge>
          ) : c.row.original.expired ? (
            <Badge color="orange" variant="light">
              {t('invitations.expired')}
            </Badge>
          ) : (
            formatDate(c.getValue(), i18n.language)
          ),
      }),
      column.display({
        id: 'actions',
        header: t('list.actions'),
        cell: (c) => (
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={() => setConfirming(c.row.original)}
            aria-label={`${t('invitations.withdraw')}: ${c.row.original.email}`}
          >
            {t('invitations.withdraw')}
          </Button>
        ),
      }),
    ],
    [t, i18n.language],
  );
  const noPrograms = programs.isSuccess && programs.data.length === 0;
  return (
    <Stack gap="sm">
      <Title order={2} fz="h4">
        {t('invitations.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('invitations.description')}
      </Text>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
        {noPrograms ? (
          <Text size="sm">{t('invitations.noPrograms')}</Text>
        ) : (
          <form
            noValidate
            onSubmit={form.onSubmit((v) =>
              invite.mutate({ email: v.email.trim(), programId: v.programId }, { onSuccess: () => form.reset() }),
            )}
          >
            <Stack gap="md">
              {invite.isSuccess && (
                <Alert color="teal" variant="light" role="status">
                  {t('invitations.sent', { email: invite.data.email })}
                </Alert>
              )}
              <InviteError error={invite.error} />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput type="email" label={t('invitations.email')} required {...form.getInputProps('email')} />
                <Select
                  label={t('invitations.program')}
                  data={programs.data ?? []}
                  required
                  {...form.getInputProps('programId')}
                />
              </SimpleGrid>
              <Button type="submit" loading={invite.isPending} style={{ alignSelf: 'flex-start' }}>
                {t('invitations.send')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
      <QueryState query={invitations}>
        {(rows) => (
          <DataTable
            caption={t('invitations.caption')}
            columns={columns}
            data={rows}
            getRowId={(r) => r.id}
            empty={
              <Text c="dimmed" size="sm">
                {t('invitations.empty')}
              </Text>
            }
          />
        )}
      </QueryState>
      <Modal
        opened={confirming !== null}
        onClose={close}
        title={t('invitations.withdrawTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('list.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('invitations.withdrawMessage', { email: confirming?.email ?? '' })}</Text>
          <InviteError error={withdraw.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('list.cancel')}
            </Button>
            <Button
              color="red"
              loading={withdraw.isPending}
              onClick={() => confirming && withdraw.mutate(confirming.id, { onSuccess: close })}
            >
              {t('invitations.withdraw')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
