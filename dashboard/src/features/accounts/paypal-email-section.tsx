import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { formatDate } from '@/lib/format';
import { flagUnless, isValidEmail } from '@/lib/forms/account-rules';
import type { Profile } from './queries/me';
import { useSetPaypalEmail } from './queries/paypal-email';
import { ErrorState } from '@/ui/error-state';
import { notifyDone } from '@/lib/notify-done';
import { Section } from './section';

/** The payout address, whether its owner confirmed it, and a form to change it or resend the link. */
export function PaypalEmailSection({ me }: { me: Profile }) {
  const { t, i18n } = useTranslation('account');
  const setPaypal = useSetPaypalEmail();
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: flagUnless(isValidEmail) },
  });
  const send = (email: string) =>
    setPaypal.mutate(email, {
      onSuccess: () => {
        form.reset();
        notifyDone(t('paypal.sent', { email }));
      },
    });
  const tooMany = setPaypal.error instanceof ApiError && setPaypal.error.status === 429;

  return (
    <Section title={t('paypal.title')} description={t('paypal.description')} testId="paypal-section">
      {me.paypalEmail ? (
        <Stack gap={6}>
          <Text size="sm" c="dimmed">
            {t('paypal.current')}
          </Text>
          <Group gap="sm" wrap="wrap">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="paypal-email">
              {me.paypalEmail}
            </Text>
            <Badge color={me.paypalEmailVerified ? 'green' : 'yellow'} variant="light" data-testid="paypal-state">
              {me.paypalEmailVerified
                ? me.paypalEmailVerifiedAt
                  ? t('paypal.verifiedOn', { date: formatDate(me.paypalEmailVerifiedAt, i18n.language) })
                  : t('paypal.verified')
                : t('paypal.pending')}
            </Badge>
          </Group>
          {!me.paypalEmailVerified && (
            <Group justify="space-between" gap="sm" wrap="wrap">
              <Text size="sm" style={{ flex: '1 1 260px', overflowWrap: 'anywhere' }}>
                {t('paypal.pendingHint', { email: me.paypalEmail })}
              </Text>
              <Button
                variant="default"
                size="xs"
                loading={setPaypal.isPending && setPaypal.variables === me.paypalEmail}
                onClick={() => send(me.paypalEmail ?? '')}
              >
                {t('paypal.resend')}
              </Button>
            </Group>
          )}
        </Stack>
      ) : (
        <Text c="dimmed">{t('paypal.none')}</Text>
      )}
      {tooMany && (
        <Text c="red" size="sm" role="alert">
          {t('paypal.tooMany')}
        </Text>
      )}
      {setPaypal.isError && !tooMany && <ErrorState error={setPaypal.error} />}
      <form onSubmit={form.onSubmit((values) => send(values.email.trim()))} noValidate>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('paypal.newEmail')}
            type="email"
            autoComplete="email"
            style={{ flex: '1 1 240px' }}
            {...form.getInputProps('email')}
            error={form.errors.email ? t('paypal.emailInvalid') : undefined}
          />
          <Button type="submit" loading={setPaypal.isPending && setPaypal.variables !== me.paypalEmail}>
            {t('paypal.save')}
          </Button>
        </Group>
      </form>
    </Section>
  );
}
