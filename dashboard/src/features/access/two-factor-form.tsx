import { Button, Group, PinInput, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogInTwoFactor } from './queries/auth';
import { AuthErrorText } from './auth-error-text';

type TwoFactorFormProps = {
  challengeToken: string;
  onSignedIn: (accessToken: string) => void;
  onRestart: () => void;
};

/** The six-digit authenticator code, or one of the recovery codes when the phone is not at hand. */
export function TwoFactorForm({ challengeToken, onSignedIn, onRestart }: TwoFactorFormProps) {
  const { t } = useTranslation('auth');
  const logIn = useLogInTwoFactor();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');

  const ready = useRecovery ? recoveryCode.trim().length >= 10 : /^\d{6}$/.test(code);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    const body = useRecovery ? { challengeToken, recoveryCode: recoveryCode.trim() } : { challengeToken, code };
    logIn.mutate(body, { onSuccess: (session) => onSignedIn(session.accessToken) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {logIn.isError && <AuthErrorText error={logIn.error} wrongKey="twoFactor.wrong" />}
        {useRecovery ? (
          <TextInput
            label={t('twoFactor.recoveryCode')}
            autoComplete="off"
            value={recoveryCode}
            onChange={(event) => setRecoveryCode(event.currentTarget.value)}
            data-autofocus
          />
        ) : (
          <Stack gap={6}>
            <Text component="label" htmlFor="totp-code" size="sm" fw={500}>
              {t('twoFactor.code')}
            </Text>
            <PinInput
              id="totp-code"
              length={6}
              type="number"
              oneTimeCode
              value={code}
              onChange={setCode}
              ariaLabel={t('twoFactor.code')}
              size="md"
            />
          </Stack>
        )}
        <Button type="submit" loading={logIn.isPending} disabled={!ready} fullWidth>
          {t('twoFactor.submit')}
        </Button>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <UnstyledButton onClick={() => setUseRecovery((value) => !value)} c="var(--mantine-color-anchor)" fz="sm">
            {t(useRecovery ? 'twoFactor.useApp' : 'twoFactor.useRecovery')}
          </UnstyledButton>
          <UnstyledButton onClick={onRestart} c="var(--mantine-color-anchor)" fz="sm">
            {t('twoFactor.restart')}
          </UnstyledButton>
        </Group>
      </Stack>
    </form>
  );
}
