import { Button, Divider, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema.gen';
import { portal } from '@/lib/portal/portal';
import { type IdentityProvider, useSignInProviders, useStartProvider } from '@/features/accounts';
import { ErrorState } from '@/ui/error-state';

type SignUpChoice = NonNullable<components['schemas']['StartProviderSignInRequest']['signUp']>;

type ProviderButtonsProps = {
  /** Where to go once signed in (a path of this site). */
  next?: string;
  /** On the sign-up page: the account to create, or null while the form is not ready (it shows why). */
  signUp?: () => SignUpChoice | null;
  /** Under a form (login) the divider leads in; above one (sign-up) it separates them from the email fields. */
  divider?: 'before' | 'after';
};

/**
 * "Continue with Google / GitHub", only for the providers this deployment configured. Loaded in a
 * chunk of its own: the login page's first load has no room for it.
 */
export function ProviderButtons({ next, signUp, divider = 'before' }: ProviderButtonsProps) {
  const { t } = useTranslation('access');
  const providers = useSignInProviders();
  const start = useStartProvider('sign_in');
  const list = providers.data?.providers ?? [];
  // The redirect URI is on the platform's host: a white-label portal offers passwords only.
  if (list.length === 0 || portal().kind === 'organization') return null;
  const go = (provider: IdentityProvider) => {
    const choice = signUp ? signUp() : undefined;
    if (choice === null) return;
    start.mutate({ provider, body: { next, ...(choice ? { signUp: choice } : {}) } });
  };
  return (
    <Stack gap="sm" data-testid="provider-buttons">
      {divider === 'before' && <Divider label={t('providers.or')} labelPosition="center" />}
      {start.isError && <ErrorState error={start.error} />}
      {list.map((provider) => (
        <Button
          key={provider}
          variant="default"
          fullWidth
          loading={start.isPending && start.variables?.provider === provider}
          onClick={() => go(provider)}
        >
          {t(`providers.continue.${provider}`)}
        </Button>
      ))}
      {divider === 'after' && <Divider label={t('providers.orEmail')} labelPosition="center" />}
    </Stack>
  );
}
