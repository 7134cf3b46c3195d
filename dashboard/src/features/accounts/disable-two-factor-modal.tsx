import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { useDisableTwoFactor } from './queries/two-factor';
import { ErrorState } from '@/ui/error-state';
import { notifyDone } from '@/lib/notify-done';
import { TotpCodeInput } from './totp-code-input';

export function DisableTwoFactorModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('account');
  const disable = useDisableTwoFactor();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const error = disable.error instanceof ApiError ? disable.error : null;
  const wrong = error?.code === 'bad_request';
  const tooMany = error?.status === 429;
  const ready = password.length > 0 && /^\d{6}$/.test(code);
  const close = () => {
    setPassword('');
    setCode('');
    disable.reset();
    onClose();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    disable.mutate(
      { password, code },
      {
        onSuccess: () => {
          close();
          notifyDone(t('security.tfa.disabled'));
        },
      },
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('security.tfa.disableTitle')}
      closeButtonProps={{ 'aria-label': t('security.tfa.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('security.tfa.disableHint')}</Text>
          {wrong && (
            <Text c="red" size="sm" role="alert">
              {t('security.tfa.wrongPassword')}
            </Text>
          )}
          {tooMany && (
            <Text c="red" size="sm" role="alert">
              {t('security.password.tooMany')}
            </Text>
          )}
          {disable.isError && !wrong && !tooMany && <ErrorState error={disable.error} />}
          <PasswordInput
            label={t('security.tfa.password')}
            autoComplete="current-password"
            visibilityToggleButtonProps={{ 'aria-label': t('security.password.toggle') }}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            required
            data-autofocus
          />
          <TotpCodeInput value={code} onChange={setCode} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('security.tfa.cancel')}
            </Button>
            <Button type="submit" color="red" loading={disable.isPending} disabled={!ready}>
              {t('security.tfa.disableSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
