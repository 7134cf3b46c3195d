import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useVerifyPaypalEmail } from '@/features/accounts';
import { ErrorState } from '@/ui/error-state';
import { LoadingState } from '@/ui/loading-state';
import { RouterButton } from '@/ui/router-button';
import { linkErrorKind } from './link-error-kind';
import { OutcomeAlert } from './outcome-alert';
import { useRunOnce } from './use-run-once';

const MESSAGES = {
  used: 'paypal.used',
  expired: 'paypal.expired',
  changed: 'paypal.changed',
  invalid: 'paypal.invalid',
} as const;

/** Spends the PayPal-address token once; whatever happened, the profile is where the address is managed. */
export function VerifyPaypalOutcome({ token }: { token: string | undefined }) {
  const { t } = useTranslation('access');
  const verify = useVerifyPaypalEmail();
  useRunOnce(() => {
    if (token) verify.mutate(token);
  });

  if (token && (verify.isIdle || verify.isPending)) return <LoadingState label={t('common.working')} shape="line" />;
  const kind = verify.isSuccess ? null : token ? linkErrorKind(verify.error) : 'invalid';
  if (kind === 'other')
    return <ErrorState error={verify.error} onRetry={token ? () => verify.mutate(token) : undefined} />;
  return (
    <Stack gap="md">
      {verify.isSuccess ? (
        <OutcomeAlert tone="success">{t('paypal.success', { email: verify.data.paypalEmail })}</OutcomeAlert>
      ) : (
        kind && <OutcomeAlert tone={kind === 'used' ? 'warning' : 'error'}>{t(MESSAGES[kind])}</OutcomeAlert>
      )}
      <RouterButton to="/account/profile" fullWidth>
        {t('paypal.toProfile')}
      </RouterButton>
    </Stack>
  );
}
