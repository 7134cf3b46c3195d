import { Alert, Badge, Button, Group, List, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../router-anchor';
import { STRIPE_WEBHOOK_SECRET_PATTERN } from '@domain/stripe-signature';
import { formatDateTime } from '@/lib/format';
import { type StripeWebhook, useDeleteStripeWebhook, useSetStripeWebhook, useStripeWebhook } from '@/queries/org-apps';
import { ErrorState } from '../error-state';
import { QueryState } from '../query-state';
import { CodeSample } from './code-sample';
import { ConfirmModal } from './confirm-modal';
import { useNotify } from './use-notify';

/**
 * Each event type to subscribe to, with whether it ever arrived: a required type never received
 * means the endpoint is not subscribed to it (or nothing of that kind happened yet).
 */
// A Russian status ("Пока нет (приходит, только когда случится)") is wider than a phone: the badge wraps.
const BADGE_WRAPS = {
  root: { height: 'auto', maxWidth: '100%' },
  label: { overflow: 'visible', whiteSpace: 'normal' },
} as const;

function EventTypes({ stripe }: { stripe: StripeWebhook }) {
  const { t, i18n } = useTranslation('orgsetup');
  const lng = i18n.language;
  return (
    <Stack gap={4}>
      <Text size="sm">{t('stripe.events')}</Text>
      <Text size="xs" c="dimmed">
        {stripe.lastEventAt
          ? t('stripe.lastEvent', {
              date: formatDateTime(stripe.lastEventAt, lng),
              version: stripe.apiVersion ?? t('stripe.unknownVersion'),
            })
          : t('stripe.noEventsYet')}
      </Text>
      <List size="sm" spacing={4} data-testid="stripe-event-types">
        {stripe.eventTypes.map((type) => (
          <List.Item key={type.eventType}>
            <Group gap="xs" wrap="wrap">
              <code>{type.eventType}</code>
              {type.seen ? (
                <Badge color="teal" variant="light" styles={BADGE_WRAPS}>
                  {t('stripe.received', { date: formatDateTime(type.lastSeenAt!, lng) })}
                </Badge>
              ) : (
                <Badge color={type.required ? 'orange' : 'gray'} variant="light" styles={BADGE_WRAPS}>
                  {t(type.required ? 'stripe.neverReceived' : 'stripe.noneYet')}
                </Badge>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

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
          {stripe.invoicePaymentEventMissing && (
            <Alert
              color="orange"
              variant="light"
              title={t('stripe.linkMissingTitle')}
              data-testid="stripe-link-missing"
            >
              <Stack gap={4}>
                <Text size="sm">{t('stripe.linkMissingBody')}</Text>
                {stripe.waitingRefunds > 0 && (
                  <RouterAnchor
                    to="/orgs/$orgId/conversions/review"
                    params={{ orgId }}
                    size="sm"
                    c="inherit"
                    fw={600}
                    underline="always"
                  >
                    {t('stripe.waitingRefunds', { count: stripe.waitingRefunds })}
                  </RouterAnchor>
                )}
              </Stack>
            </Alert>
          )}
          <CodeSample code={stripe.endpointUrl} label={t('stripe.endpoint')} hint={t('stripe.endpointHint')} />
          <EventTypes stripe={stripe} />
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
