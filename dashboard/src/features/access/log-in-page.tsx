import { Loader, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppName } from '@/lib/portal/portal';
import { signedOutLanguageChoice } from '@/lib/i18n/signed-out-choice';
import { session } from '@/lib/session/session';
import { saveLanguage } from './save-language';
import { LogInForm } from './log-in-form';
import { PublicCard } from '@/ui/public-card';

// Most accounts never see the second step: its code lives in its own chunk, off the login page's first load.
// Provider buttons likewise: they load after the form, so the first load stays inside its budget.
const ProviderButtons = lazy(() =>
  import('./provider-buttons').then((module) => ({ default: module.ProviderButtons })),
);
const TwoFactorForm = lazy(() => import('./two-factor-form').then((module) => ({ default: module.TwoFactorForm })));

/** Email and password, then (for accounts with 2FA) an authenticator or recovery code. */
export function LogInPage({ redirectTo, notice }: { redirectTo: string; notice?: 'account_deleted' | undefined }) {
  const { t } = useTranslation('auth');
  const router = useRouter();
  const queryClient = useQueryClient();
  const [challengeToken, setChallengeToken] = useState<string | null>(null);
  const app = useAppName();
  const title = t(challengeToken ? 'twoFactor.title' : 'login.title');

  const signedIn = async (accessToken: string) => {
    session.signIn(accessToken);
    // Whatever was cached belonged to nobody (or to the previous user on this device).
    queryClient.clear();
    // A language picked on this page wins over the profile's: save it before the shell reads the profile.
    const language = signedOutLanguageChoice.take();
    if (language) await saveLanguage(queryClient, language);
    await router.invalidate();
    await router.navigate({ href: redirectTo, replace: true });
  };

  return (
    <PublicCard
      title={title}
      description={challengeToken ? t('twoFactor.description') : t('login.description', { app })}
    >
      {notice === 'account_deleted' && !challengeToken && (
        <Text role="status" size="sm" c="green" fw={500} data-testid="login-notice">
          {t('login.accountDeleted')}
        </Text>
      )}
      {/* A spinner, not a skeleton: a skeleton's code would join the login page's first load (200 KB budget). */}
      {challengeToken ? (
        <Suspense fallback={<Loader size="sm" aria-label={t('state.loading', { ns: 'common' })} />}>
          <TwoFactorForm
            challengeToken={challengeToken}
            onSignedIn={signedIn}
            onRestart={() => setChallengeToken(null)}
          />
        </Suspense>
      ) : (
        <>
          <LogInForm onSignedIn={signedIn} onChallenge={setChallengeToken} />
          <Suspense fallback={null}>
            <ProviderButtons next={redirectTo} />
          </Suspense>
        </>
      )}
    </PublicCard>
  );
}
