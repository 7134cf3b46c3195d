import { ActionIcon, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type Link, useDeleteLink } from './queries/links';
import { notifyDone } from '@/lib/notify-done';

/** Deleting stops the short link at once, so it asks first and names the link. */
export function DeleteLinkButton({ orgId, link }: { orgId: string; link: Link }) {
  const { t } = useTranslation('links');
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useDeleteLink(orgId);
  const confirm = () =>
    remove.mutate(link.id, {
      onSuccess: () => {
        close();
        notifyDone(t('delete.done', { name: link.name }));
      },
    });
  return (
    <>
      <ActionIcon
        variant="subtle"
        color="red"
        onClick={open}
        aria-label={t('delete.openFor', { name: link.name })}
        title={t('delete.open')}
      >
        <IconTrash size={18} aria-hidden />
      </ActionIcon>
      <Modal
        opened={opened}
        onClose={close}
        title={t('delete.title')}
        centered
        closeButtonProps={{ 'aria-label': t('dialogClose') }}
      >
        <Stack gap="md">
          <Text>{t('delete.body', { name: link.name, url: link.shortUrl })}</Text>
          {remove.isError && (
            <Text c="red" size="sm" role="alert">
              {t('delete.failed')}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('form.cancel')}
            </Button>
            <Button color="red" onClick={confirm} loading={remove.isPending}>
              {t('delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
