import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CreatedApiKey } from './queries/org-apps';
import { CopyValue } from '@/ui/copy-value';

/** The key and its signing secret, shown this once (only a hash of the key is stored), each with a copy button. */
export function NewKeyModal({ created, onClose }: { created: CreatedApiKey | null; onClose: () => void }) {
  const { t } = useTranslation('orgsetup');
  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title={t('keys.created.title')}
      centered
      size="lg"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('dialog.close') }}
    >
      {created && (
        <Stack gap="md" data-testid="new-key">
          <Alert color="orange" variant="light" title={t('keys.created.onceTitle')}>
            {t('keys.created.once')}
          </Alert>
          <Secret label={t('keys.created.key')} value={created.key} testId="new-key-value" />
          <Secret label={t('keys.created.secret')} value={created.signingSecret} testId="new-key-secret" />
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('keys.created.done')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function Secret({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <CopyValue value={value} label={label} />
      </Group>
      <Code block data-testid={testId} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {value}
      </Code>
    </Stack>
  );
}
