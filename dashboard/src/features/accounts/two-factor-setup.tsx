import { Box, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { useEnableTwoFactor } from './queries/two-factor';
import { CopyValue } from '@/ui/copy-value';
import { ErrorState } from '@/ui/error-state';
import { TotpCodeInput } from './totp-code-input';

type TwoFactorSetupProps = {
  secret: string;
  otpauthUrl: string;
  onEnabled: (recoveryCodes: string[]) => void;
  onCancel: () => void;
};

/** Scan (the QR code is drawn here, the secret never leaves the page) and prove it with the first code. */
export function TwoFactorSetup({ secret, otpauthUrl, onEnabled, onCancel }: TwoFactorSetupProps) {
  const { t } = useTranslation('account');
  const enable = useEnableTwoFactor();
  const [code, setCode] = useState('');
  const wrong = enable.error instanceof ApiError && enable.error.code === 'bad_request';
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) return;
    // mutateAsync, not mutate's onSuccess: enabling refetches the profile, which (2FA now on) unmounts this
    // form, and react-query skips the callbacks of an unmounted mutate, so the recovery codes were sometimes
    // never shown. The promise resolves either way; a refused code shows through enable.error.
    const result = await enable.mutateAsync(code).catch(() => null);
    if (result) onEnabled(result.recoveryCodes);
  };

  return (
    <Stack gap="lg" data-testid="two-factor-setup">
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {t('security.tfa.scanTitle')}
        </Title>
        <Box bg="white" p="sm" w="fit-content" style={{ border: '1px solid var(--mantine-color-gray-3)' }}>
          <QRCodeSVG value={otpauthUrl} size={176} marginSize={0} title={t('security.tfa.qrTitle')} />
        </Box>
        <Text size="sm">{t('security.tfa.manual')}</Text>
        <Group gap="xs" wrap="nowrap" align="center">
          <Code fz="sm" data-testid="totp-secret" style={{ overflowWrap: 'anywhere', letterSpacing: '0.05em' }}>
            {secret}
          </Code>
          <CopyValue value={secret} label={t('security.tfa.secret')} />
        </Group>
      </Stack>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} fz="h5">
            {t('security.tfa.codeTitle')}
          </Title>
          {enable.isError && !wrong && <ErrorState error={enable.error} />}
          <TotpCodeInput value={code} onChange={setCode} error={wrong ? t('security.tfa.wrongCode') : undefined} />
          <Group gap="sm" wrap="wrap">
            <Button type="submit" loading={enable.isPending} disabled={!/^\d{6}$/.test(code)}>
              {t('security.tfa.confirm')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('security.tfa.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
