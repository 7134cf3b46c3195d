import { Alert, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { stripeNeeds } from '@/lib/stripe-requirements';
import { type MyPayoutMethods, useRefreshStripeAccount, useStripeOnboarding } from './queries/payout-methods';
import { ErrorMessage } from '@/ui/error-message';
import { SectionCard } from '@/ui/section-card';

type Method = NonNullable<MyPayoutMethods['method']>;

const COLOR = { not_started: 'gray', incomplete: 'yellow', pending_verification: 'blue', ready: 'teal' } as const;

/** The Express account's onboarding state, what Stripe still asks for, and the way back into Stripe's form. */
export function StripeStatus({ orgId, method, expired }: { orgId: string; method: Method; expired: boolean }) {
  const { t, i18n } = useTranslation('payoutmethods');
  const onboarding = useStripeOnboarding(orgId);
  const refresh = useRefreshStripeAccount(orgId);
  const go = () =>
    onboarding
      .mutateAsync()
      .then((link) => window.location.assign(link.url))
      .catch(() => undefined);
  return (
    <SectionCard
      title={t('stripe.title')}
      actions={
        <Badge color={COLOR[method.onboarding]} variant="light" data-testid="stripe-onboarding">
          {t(`stripe.state.${method.onboarding}`)}
        </Badge>
      }
    >
      <Stack gap="sm">
        <Text size="sm">{t(`stripe.explain.${method.onboarding}`)}</Text>
        {expired && (
          <Alert color="yellow" variant="light">
            {t('stripe.expired')}
          </Alert>
        )}
        {method.requirementsDue.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('stripe.dueWords')}
            </Text>
            {/* Stripe's requirement names are for Stripe; the affiliate reads what they mean. */}
            <List size="sm" data-testid="stripe-needs">
              {stripeNeeds(method.requirementsDue).map((need) => (
                <List.Item key={need}>{t(`stripe.need.${need}`)}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        {method.lastPayoutStatus && (
          <Text size="sm" c={method.lastPayoutStatus === 'failed' ? 'red' : undefined} data-testid="stripe-last-payout">
            {method.lastPayoutStatus === 'failed'
              ? t('stripe.lastFailed', { code: method.lastPayoutFailure ?? '' })
              : t('stripe.lastPaid')}
          </Text>
        )}
        {method.checkedAt && (
          <Text size="xs" c="dimmed">
            {t('stripe.checkedAt', { at: formatDateTime(method.checkedAt, i18n.language) })}
          </Text>
        )}
        <Group>
          {method.onboarding !== 'ready' && (
            <Button onClick={go} loading={onboarding.isPending || undefined} data-testid="stripe-continue">
              {method.onboarding === 'not_started' || method.onboarding === 'incomplete'
                ? t('stripe.continue')
                : t('stripe.update')}
            </Button>
          )}
          <Button variant="default" onClick={() => refresh.mutate()} loading={refresh.isPending || undefined}>
            {t('stripe.refresh')}
          </Button>
        </Group>
        {(onboarding.error || refresh.error) && (
          <Alert color="red" variant="light" role="alert">
            <ErrorMessage error={onboarding.error ?? refresh.error} />
          </Alert>
        )}
      </Stack>
    </SectionCard>
  );
}
