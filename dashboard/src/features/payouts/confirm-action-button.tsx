import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ConfirmActionButtonProps = {
  label: string;
  title: string;
  body: ReactNode;
  color?: string;
  variant?: string;
  loading: boolean;
  onConfirm: () => Promise<unknown>;
};

/** A button whose action runs only after a confirmation dialog (Mantine traps focus in it). */
export function ConfirmActionButton({
  label,
  title,
  body,
  color,
  variant,
  loading,
  onConfirm,
}: ConfirmActionButtonProps) {
  const { t } = useTranslation('finance');
  const [opened, { open, close }] = useDisclosure(false);
  const confirm = async () => {
    try {
      await onConfirm();
    } finally {
      close();
    }
  };
  return (
    <>
      <Button color={color} variant={variant} onClick={open}>
        {label}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={title}
        centered
        closeButtonProps={{ 'aria-label': t('notice.close') }}
      >
        <Stack gap="md">
          {typeof body === 'string' ? <Text size="sm">{body}</Text> : body}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('confirm.back')}
            </Button>
            <Button color={color} loading={loading} onClick={() => void confirm().catch(() => undefined)}>
              {t('confirm.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
