import { Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { session } from '@/lib/session/session';
import { useVerifyEmail } from './queries/registration';
import { ErrorState } from '@/ui/error-state';
import { LoadingState } from '@/ui/loading-state';
import { RouterButton } from '@/ui/router-button';
import { linkErrorKind } from './link-error-kind';
import { OutcomeAlert } from './outcome-alert';
import { PublicCard } from '@/ui/public-card';
import { ResendVerificationForm } from './resend-verification-form';
import { useRunOnce } from './use-run-once';

/**
 * Spends the token from the link once and says how it went; expired or broken links offer a new one. A confirmed
 * account without 2FA comes back signed in (the refresh token in the HttpOnly cookie, the access token in memory,
 * as every sign-in): the page then leads into the app instead of to the login form.
 */
export function VerifyEmailOutcome({ token }: { token: string | undefined }) {
  const { t } = useTranslation('access');
  const queryClient = useQueryClient();
  const [signedIn, setSignedIn] = useState(false);
  const verify = useVerifyEmail();
  useRunOnce(() => {
    if (token)
      verify.mutate(token, {
        onSuccess: (data) => {
          if (!data.session) return;
          session.signIn(data.session.accessToken);
          // Whatever was cached belonged to nobody (or to whoever used this browser before).
          queryClient.clear();
          setSignedIn(true);
        },
      });
  });

  if (token && (verify.isIdle || verify.isPending))
    return (
      <PublicCard title={t('verifyEmail.title')}>
        <LoadingState label={t('common.working')} shape="line" />
      </PublicCard>
    );
  const toLogin = (
    <RouterButton to="/login" fullWidth>
      {t('common.toLogin')}
    </RouterButton>
  );
  if (verify.isSuccess) {
    // Signed up on an advertiser's portal: straight into that advertiser's context.
    const context = verify.data.affiliateContextId;
    const next = context ? `/affiliate/${context}` : '/';
    return (
      <PublicCard title={t('verifyEmail.doneTitle')}>
        <Stack gap="md">
          <OutcomeAlert tone="success">
            {t(signedIn ? 'verifyEmail.signedIn' : 'verifyEmail.success', { email: verify.data.email })}
          </OutcomeAlert>
          {signedIn ? (
            <RouterButton to={next} fullWidth>
              {t('verifyEmail.continue')}
            </RouterButton>
          ) : (
            <RouterButton to="/login" search={context ? { redirect: next } : undefined} fullWidth>
              {t('common.toLogin')}
            </RouterButton>
          )}
        </Stack>
      </PublicCard>
    );
  }
  const kind = token ? linkErrorKind(verify.error) : 'invalid';
  if (kind === 'used')
    return (
      <PublicCard title={t('verifyEmail.usedTitle')}>
        <Stack gap="md">
          <OutcomeAlert tone="warning">{t('verifyEmail.used')}</OutcomeAlert>
          {toLogin}
        </Stack>
      </PublicCard>
    );
  if (kind === 'other')
    return (
      <PublicCard title={t('verifyEmail.title')}>
        <ErrorState error={verify.error} onRetry={token ? () => verify.mutate(token) : undefined} />
      </PublicCard>
    );
  return (
    <PublicCard title={t('verifyEmail.title')}>
      <Stack gap="md">
        <OutcomeAlert tone="error">
          {t(kind === 'expired' ? 'verifyEmail.expired' : 'verifyEmail.invalid')}
        </OutcomeAlert>
        <Title order={2} fz="h4">
          {t('verifyEmail.resendTitle')}
        </Title>
        <ResendVerificationForm label={t('verifyEmail.resend')} sentText={t('verifyEmail.resent')} />
      </Stack>
    </PublicCard>
  );
}
