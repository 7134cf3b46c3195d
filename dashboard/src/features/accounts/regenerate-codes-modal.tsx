import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { useRegenerateRecoveryCodes } from './queries/two-factor';
import { ErrorState } from '@/ui/error-state';
import { TotpCodeInput } from './totp-code-input';

type RegenerateCodesModalProps = { opened: boolean; onClose: () => void; onCodes: (codes: string[]) => void };

export function RegenerateCodesModal({ opened, onClose, onCodes }: RegenerateCodesModalProps) {
  const { t } = useTranslation('account');
  const regenerate = useRegenerateRecoveryCodes();
  const [code, setCode] = useState('');
  const wrong = regenerate.error instanceof ApiError && regenerate.error.code === 'bad_request';
  const close = () => {
    setCode('');
    regenerate.reset();
    onClose();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (/^\d{6}$/.test(code))
      regenerate.mutate(code, {
        onSuccess: (result) => {
          close();
          onCodes(result.recoveryCodes);
        },
      });
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('security.tfa.regenerateTitle')}
      closeButtonProps={{ 'aria-label': t('security.tfa.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('security.tfa.regenerateHint')}</Text>
          {regenerate.isError && !wrong && <ErrorState error={regenerate.error} />}
          <TotpCodeInput value={code} onChange={setCode} error={wrong ? t('security.tfa.wrongCode') : undefined} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('security.tfa.cancel')}
            </Button>
            <Button type="submit" loading={regenerate.isPending} disabled={!/^\d{6}$/.test(code)}>
              {t('security.tfa.regenerateSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
