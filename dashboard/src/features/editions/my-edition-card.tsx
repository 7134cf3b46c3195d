import { Alert, Anchor, Box, Button, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { editionTransition, isEditionEditable } from '@domain/edition-status';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { type MyEdition, useDeleteEdition, useSubmitEdition } from './queries/my-editions';
import { ConfirmModal } from '@/ui/confirm-modal';
import { ActionError } from '@/ui/action-error';
import { notifyDone } from '@/lib/notify-done';
import { RouterButton } from '@/ui/router-button';
import { EditionFigures } from './edition-figures';
import { EditionStatusBadge } from './edition-status-badge';

/** One of the affiliate's editions: its look, host, status (and why), results, and what may be done next. */
export function MyEditionCard({ orgId, edition: e }: { orgId: string; edition: MyEdition }) {
  const { t } = useTranslation('editions');
  const submit = useSubmitEdition(orgId);
  const remove = useDeleteEdition(orgId);
  const [deleting, { open, close }] = useDisclosure(false);
  const titleId = `edition-${e.id}`;
  const canSubmit = editionTransition(e.status, 'submit') !== null;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={titleId} data-testid="my-edition">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Box
              w={40}
              h={40}
              bg={e.primaryColor ?? 'gray.3'}
              style={{ borderRadius: 8, flex: 'none', display: 'grid', placeItems: 'center', overflow: 'hidden' }}
            >
              {e.logoUrl && <Image src={e.logoUrl} alt="" w={32} h={32} fit="contain" bg="white" />}
            </Box>
            <Stack gap={0} miw={0}>
              <Title order={2} fz="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
                {e.name}
              </Title>
              {e.status === 'active' ? (
                <Anchor href={`https://${e.host}`} target="_blank" rel="noopener noreferrer" size="sm">
                  {e.host}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {e.host}
                </Text>
              )}
            </Stack>
          </Group>
          <EditionStatusBadge status={e.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t(`mine.statusHint.${e.status}`, { app: e.appName })}
        </Text>
        {e.statusReason && (e.status === 'rejected' || e.status === 'suspended') && (
          <Alert color={e.status === 'rejected' ? 'red' : 'orange'} variant="light" p="xs" title={t('mine.reason')}>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {e.statusReason}
            </Text>
          </Alert>
        )}
        <EditionFigures stats={e.stats} />
        <Group gap="xs" wrap="wrap">
          {isEditionEditable(e.status) && (
            <RouterButton
              to="/affiliate/$orgId/editions/new"
              params={{ orgId }}
              search={{ edition: e.id }}
              variant="default"
              size="xs"
              aria-label={t('mine.editOf', { name: e.name })}
            >
              {t('mine.edit')}
            </RouterButton>
          )}
          {canSubmit && (
            <Button
              size="xs"
              loading={submit.isPending}
              onClick={() =>
                submit.mutate(e.id, {
                  onSuccess: (saved) =>
                    notifyDone(
                      t(`wizard.submitted.${saved.status === 'active' ? 'active' : 'pending'}`, { name: e.name }),
                    ),
                })
              }
              aria-label={t('mine.submitOf', { name: e.name })}
            >
              {t('mine.submit')}
            </Button>
          )}
          {e.status !== 'deleted' && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={open}
              aria-label={t('mine.deleteOf', { name: e.name })}
            >
              {t('mine.delete')}
            </Button>
          )}
        </Group>
        <ActionError error={submit.error} />
      </Stack>
      <ConfirmModal
        opened={deleting}
        title={t('mine.deleteTitle', { name: e.name })}
        message={t('mine.deleteMessage', { host: e.host })}
        confirmLabel={t('mine.delete')}
        danger
        pending={remove.isPending}
        error={remove.error}
        onClose={close}
        onConfirm={() =>
          remove.mutate(e.id, {
            onSuccess: () => {
              close();
              notifyDone(t('mine.deleted', { name: e.name }));
            },
          })
        }
      />
    </Paper>
  );
}
