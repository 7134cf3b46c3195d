import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { session } from '@/lib/session/session';
import { useLogOutEverywhere } from './queries/sessions';
import { ErrorState } from '@/ui/error-state';

/** Ends every session, this one included, after a confirmation; then back to the login page. */
export function LogOutEverywhereButton() {
  const { t } = useTranslation('account');
  const [opened, { open, close }] = useDisclosure(false);
  const logOutAll = useLogOutEverywhere();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const confirm = () =>
    logOutAll.mutate(undefined, {
      onSuccess: async () => {
        session.signOut();
        queryClient.clear();
        await navigate({ to: '/login' });
      },
    });
  return (
    <>
      <Button variant="light" color="red" onClick={open}>
        {t('sessions.logOutEverywhere')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('sessions.everywhereTitle')}
        closeButtonProps={{ 'aria-label': t('sessions.cancel') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('sessions.everywhereHint')}</Text>
          {logOutAll.isError && <ErrorState error={logOutAll.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('sessions.cancel')}
            </Button>
            <Button color="red" onClick={confirm} loading={logOutAll.isPending}>
              {t('sessions.everywhereConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
