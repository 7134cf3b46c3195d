import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type IdentityProvider,
  useIdentities,
  useSignInProviders,
  useStartProvider,
  useUnlinkIdentity,
} from './queries/identities';
import { ErrorState } from '@/ui/error-state';
import { Section } from './section';

const NAMES: Record<IdentityProvider, string> = { google: 'Google', github: 'GitHub' };

/** The security page's Google and GitHub accounts: link another, unlink one (never the last way in). */
export function ConnectedAccounts() {
  const { t } = useTranslation('account');
  const identities = useIdentities();
  const providers = useSignInProviders();
  const start = useStartProvider('link');
  const unlink = useUnlinkIdentity();
  const configured = providers.data?.providers ?? [];
  const linked = identities.data?.identities ?? [];
  if (configured.length === 0 && linked.length === 0 && !identities.isPending) return null;
  return (
    <Section
      title={t('security.connected.title')}
      description={t('security.connected.description')}
      testId="connected-accounts"
    >
      {identities.isPending ? (
        <Loader size="sm" aria-label={t('state.loading', { ns: 'common' })} />
      ) : identities.isError ? (
        <ErrorState error={identities.error} onRetry={() => void identities.refetch()} />
      ) : (
        <Stack gap="sm">
          {(unlink.isError || start.isError) && <ErrorState error={unlink.error ?? start.error} />}
          {linked.length === 0 && <Text size="sm">{t('security.connected.none')}</Text>}
          {linked.map((identity) => (
            <Group
              key={identity.id}
              justify="space-between"
              wrap="wrap"
              gap="xs"
              data-testid={`identity-${identity.provider}`}
            >
              <div>
                <Text fw={600} size="sm">
                  {NAMES[identity.provider]}
                </Text>
                <Text c="dimmed" size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {identity.email ?? t('security.connected.noEmail')}
                </Text>
              </div>
              <Button
                variant="default"
                size="xs"
                loading={unlink.isPending && unlink.variables === identity.id}
                onClick={() => unlink.mutate(identity.id)}
                aria-label={t('security.connected.unlinkNamed', { provider: NAMES[identity.provider] })}
              >
                {t('security.connected.unlink')}
              </Button>
            </Group>
          ))}
          <Group gap="xs">
            {configured.map((provider) => (
              <Button
                key={provider}
                variant="light"
                size="sm"
                loading={start.isPending && start.variables?.provider === provider}
                onClick={() => start.mutate({ provider, body: { next: '/account/security' } })}
              >
                {t('security.connected.link', { provider: NAMES[provider] })}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
    </Section>
  );
}
