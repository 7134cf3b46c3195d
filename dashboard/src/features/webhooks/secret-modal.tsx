import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyValue } from '@/ui/copy-value';

type SecretModalProps = {
  /** The secret just issued; null closes the dialog. */
  secret: string | null;
  /** created: a new endpoint; rotated: a new secret beside the old one for 24 hours. */
  reason: 'created' | 'rotated';
  onClose: () => void;
};

/** The signing secret, shown this once: the API never returns it again. */
export function SecretModal({ secret, reason, onClose }: SecretModalProps) {
  const { t } = useTranslation('webhooks');
  return (
    <Modal
      opened={secret !== null}
      onClose={onClose}
      title={t('secret.title')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('dialogClose') }}
    >
      <Stack gap="md">
        <Alert color="yellow" variant="light" title={t('secret.onceTitle')}>
          {t(reason === 'created' ? 'secret.onceCreated' : 'secret.onceRotated')}
        </Alert>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap', flex: 1 }} data-testid="webhook-secret">
            {secret}
          </Code>
          {secret && <CopyValue value={secret} label={t('secret.copyLabel')} />}
        </Group>
        <Text size="sm" c="dimmed">
          {t('secret.howTo')}
        </Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('secret.done')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
