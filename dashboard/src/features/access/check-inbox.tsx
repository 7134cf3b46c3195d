import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '@/ui/router-anchor';
import { ResendVerificationForm } from './resend-verification-form';

/** After sign-up: where the link went, and a resend for when it does not arrive. */
export function CheckInbox({ email }: { email: string }) {
  const { t } = useTranslation('access');
  return (
    <Stack gap="md">
      <Text style={{ overflowWrap: 'anywhere' }}>{t('checkInbox.description', { email })}</Text>
      <Text c="dimmed" size="sm">
        {t('checkInbox.noEmail')}
      </Text>
      <ResendVerificationForm email={email} label={t('checkInbox.resend')} sentText={t('checkInbox.resent')} />
      <RouterAnchor to="/login" size="sm" ta="center">
        {t('common.backToLogin')}
      </RouterAnchor>
    </Stack>
  );
}
