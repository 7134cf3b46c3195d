import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useVerifyEmail } from '@/queries/registration';
import { ErrorState } from '../error-state';
import { LoadingState } from '../loading-state';
import { RouterButton } from '../router-button';
import { linkErrorKind } from './link-error-kind';
import { OutcomeAlert } from './outcome-alert';
import { ResendVerificationForm } from './resend-verification-form';
import { useRunOnce } from './use-run-once';

/** Spends the token from the link once and says how it went; expired or broken links offer a new one. */
export function VerifyEmailOutcome({ token }: { token: string | undefined }) {
  const { t } = useTranslation('access');
  const verify = useVerifyEmail();
  useRunOnce(() => {
    if (token) verify.mutate(token);
  });

  if (token && (verify.isIdle || verify.isPending)) return <LoadingState label={t('common.working')} shape="line" />;
  const toLogin = (
    <RouterButton to="/login" fullWidth>
      {t('common.toLogin')}
    </RouterButton>
  );
  if (verify.isSuccess) {
    // Signed up on an advertiser's portal: after signing in, straight into that advertiser's context.
    const context = verify.data.affiliateContextId;
    return (
      <Stack gap="md">
        <OutcomeAlert tone="success">{t('verifyEmail.success', { email: verify.data.email })}</OutcomeAlert>
        {context ? (
          <RouterButton to="/login" search={{ redirect: `/affiliate/${context}` }} fullWidth>
            {t('common.toLogin')}
          </RouterButton>
        ) : (
          toLogin
        )}
      </Stack>
    );
  }
  const kind = token ? linkErrorKind(verify.error) : 'invalid';
  if (kind === 'used')
    return (
      <Stack gap="md">
        <OutcomeAlert tone="warning">{t('verifyEmail.used')}</OutcomeAlert>
        {toLogin}
      </Stack>
    );
  if (kind === 'other')
    return <ErrorState error={verify.error} onRetry={token ? () => verify.mutate(token) : undefined} />;
  return (
    <Stack gap="md">
      <OutcomeAlert tone="error">{t(kind === 'expired' ? 'verifyEmail.expired' : 'verifyEmail.invalid')}</OutcomeAlert>
      <Title order={2} fz="h4">
        {t('verifyEmail.resendTitle')}
      </Title>
      <ResendVerificationForm label={t('verifyEmail.resend')} sentText={t('verifyEmail.resent')} />
    </Stack>
  );
}
