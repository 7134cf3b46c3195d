import { Alert, Loader, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safeRedirect } from '@/lib/safe-redirect';
import { session } from '@/lib/session/session';
import { type IdentityProvider, useFinishIdentityLink, useFinishProviderSignIn } from '@/features/accounts';
import { ErrorState } from '@/ui/error-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { TwoFactorForm } from './two-factor-form';
import { PublicCard } from '@/ui/public-card';

/** What Google or GitHub appended when they sent the browser back (bounded like the API's fields). */
function returned(name: string, max: number): string | undefined {
  const value = new URLSearchParams(window.location.search).get(name);
  return value && value.length <= max ? value : undefined;
}

const isProvider = (p: string): p is IdentityProvider => p === 'google' || p === 'github';

/**
 * Where Google and GitHub send the browser back. Signed in, it finishes linking (the security page's
 * flow); otherwise it finishes signing in, with the 2FA step when the account has it.
 */
export function ProviderCallbackPage({ provider }: { provider: string }) {
  const [{ code, state, error }] = useState(() => ({
    code: returned('code', 2048),
    state: returned('state', 256),
    error: returned('error', 256),
  }));
  const { t } = useTranslation('access');
  const router = useRouter();
  const queryClient = useQueryClient();
  const signIn = useFinishProviderSignIn();
  const link = useFinishIdentityLink();
  const [challenge, setChallenge] = useState<{ token: string; next: string } | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const started = useRef(false);
  const usable = isProvider(provider) && code && state && !error;

  const go = async (next: string) => {
    await router.invalidate();
    await router.navigate({ href: safeRedirect(next), replace: true });
  };
  const signedIn = async (accessToken: string, next: string) => {
    session.signIn(accessToken);
    queryClient.clear();
    await go(next);
  };

  useEffect(() => {
    if (started.current || !usable) return;
    started.current = true;
    void (async () => {
      const body = { code, state };
      if (await session.restore()) {
        const linked = await link.mutateAsync({ provider, body }).catch(() => null);
        if (linked) await go(linked.next);
        return;
      }
      const result = await signIn.mutateAsync({ provider, body }).catch(() => null);
      if (!result) return;
      if ('verificationSent' in result) setSentTo(result.email);
      else if ('twoFactorRequired' in result) setChallenge({ token: result.challengeToken, next: result.next });
      else await signedIn(result.accessToken, result.next);
    })();
  });

  const failure = signIn.error ?? link.error;
  return (
    <PublicCard
      title={challenge ? t('twoFactor.title', { ns: 'auth' }) : t('callback.title')}
      tabTitle={t('callback.title')}
    >
      {challenge ? (
        <Suspense fallback={<Loader size="sm" aria-label={t('state.loading', { ns: 'common' })} />}>
          <TwoFactorForm
            challengeToken={challenge.token}
            onSignedIn={(token) => signedIn(token, challenge.next)}
            onRestart={() => void router.navigate({ to: '/login' })}
          />
        </Suspense>
      ) : sentTo ? (
        <Alert color="blue" variant="light" role="status">
          {t('callback.checkInbox', { email: sentTo })}
        </Alert>
      ) : !usable ? (
        <Alert color="red" variant="light" role="alert" data-testid="callback-error">
          {t('callback.cancelled')}
        </Alert>
      ) : failure ? (
        <ErrorState error={failure} />
      ) : (
        <Stack align="center" gap="xs">
          <Loader size="sm" aria-label={t('state.loading', { ns: 'common' })} />
          <Text c="dimmed">{t('callback.working')}</Text>
        </Stack>
      )}
      {(failure || !usable || sentTo) && (
        <RouterAnchor to="/login" size="sm" ta="center">
          {t('callback.back')}
        </RouterAnchor>
      )}
    </PublicCard>
  );
}
