import { Badge, Button, Group, List, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { STRIPE_WEBHOOK_SECRET_PATTERN } from '../../../../workers/domain/stripe-signature';
import { useDeleteStripeWebhook, useSetStripeWebhook, useStripeWebhook } from '../../queries/org-apps';
import { ErrorState } from '../error-state';
import { QueryState } from '../query-state';
import { CodeSample } from './code-sample';
import { ConfirmModal } from './confirm-modal';
import { useNotify } from './use-notify';

const STRIPE_EVENTS = [
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'invoice.paid',
  'invoice_payment.paid',
  'charge.refunded',
  'customer.subscription.deleted',
  'charge.dispute.created',
  'charge.dispute.funds_withdrawn',
  'charge.dispute.funds_reinstated',
  'charge.dispute.closed',
];

/** An app's Stripe webhook: the endpoint URL to paste into Stripe, and its signing secret (set, replace, remove). */
export function StripeSection({ orgId, appId, canManage }: { orgId: string; appId: string; canManage: boolean }) {
  const { t } = useTranslation('orgsetup');
  const settings = useStripeWebhook(orgId, appId);
  const save = useSetStripeWebhook(orgId, appId);
  const remove = useDeleteStripeWebhook(orgId, appId);
  const notify = useNotify();
  const [opened, { open, close }] = useDisclosure(false);
  const form = useForm({
    initialValues: { webhookSecret: '' },
    validate: {
      webhookSecret: (value) => (STRIPE_WEBHOOK_SECRET_PATTERN.test(value.trim()) ? null : t('stripe.secretInvalid')),
    },
  });
  const submit = form.onSubmit(({ webhookSecret }) =>
    save.mutate(webhookSecret.trim(), {
      onSuccess: () => {
        form.reset();
        notify(t('stripe.saved'));
      },
    }),
  );
  return (
    <QueryState query={settings}>
      {(stripe) => (
        <Stack gap="sm" data-testid="stripe-section">
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('stripe.status')}
            </Text>
            <Badge color={stripe.configured ? 'teal' : 'gray'} variant="light">
              {t(stripe.configured ? 'stripe.configured' : 'stripe.notConfigured')}
            </Badge>
          </Group>
          <CodeSample code={stripe.endpointUrl} label={t('stripe.endpoint')} hint={t('stripe.endpointHint')} />
          <Text size="sm">{t('stripe.events')}</Text>
          <List size="sm" spacing={2}>
            {STRIPE_EVENTS.map((event) => (
              <List.Item key={event}>
                <code>{event}</code>
              </List.Item>
            ))}
          </List>
          <Text size="sm" c="dimmed">
            {t('stripe.clickHint')}
          </Text>
          {canManage && (
            <form onSubmit={submit} noValidate>
              <Stack gap="sm" maw={480}>
                {save.isError && <ErrorState error={save.error} />}
                <PasswordInput
                  label={t(stripe.configured ? 'stripe.replaceSecret' : 'stripe.secret')}
                  description={t('stripe.secretHint')}
                  autoComplete="off"
                  {...form.getInputProps('webhookSecret')}
                />
                <Group gap="sm">
                  <Button type="submit" loading={save.isPending}>
                    {t('stripe.save')}
                  </Button>
                  {stripe.configured && (
                    <Button variant="subtle" color="red" onClick={open}>
                      {t('stripe.remove')}
                    </Button>
                  )}
                </Group>
              </Stack>
            </form>
          )}
          <ConfirmModal
            opened={opened}
            title={t('stripe.removeTitle')}
            body={t('stripe.removeBody')}
            confirmLabel={t('stripe.removeConfirm')}
            pending={remove.isPending}
            error={remove.error}
            onConfirm={() =>
              remove.mutate(undefined, {
                onSuccess: () => {
                  close();
                  notify(t('stripe.removed'));
                },
              })
            }
            onClose={close}
          />
        </Stack>
      )}
    </QueryState>
  );
}
