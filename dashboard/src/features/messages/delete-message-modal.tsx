import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ThreadRef, useDeleteMessage } from './queries/messages';
import { ErrorState } from '@/ui/error-state';

/** Asks before deleting one's own message: the other side then sees "message deleted" in its place. */
export function DeleteMessageModal({
  messageId,
  threadRef,
  opened,
  onClose,
}: {
  messageId: string;
  threadRef: ThreadRef;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('campaigns');
  const remove = useDeleteMessage(threadRef);
  const confirm = async () => {
    try {
      await remove.mutateAsync(messageId);
      onClose();
    } catch {
      // The error shows in the dialog.
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('messages.deleteTitle')}
      centered
      closeButtonProps={{ 'aria-label': t('messages.supportClose') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('messages.deleteText')}</Text>
        {remove.error && <ErrorState error={remove.error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('messages.cancelEdit')}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => void confirm()}>
            {t('messages.deleteConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
