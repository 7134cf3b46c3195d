import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '@/ui/router-anchor';
import { STRIPE_WEBHOOK_SECRET_PATTERN } from '@domain/stripe-signature';
import { formatDateTime } from '@/lib/format';
import { type StripeWebhook, useDeleteStripeWebhook, useSetStripeWebhook, useStripeWebhook } from '@/features/apps';
import { QueryState } from '@/ui/query-state';
import { CodeSample } from '@/ui/code-sample';
import { SecretForm, SecretStatus } from '@/ui/secret-form';

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
  return (
    <QueryState query={settings}>
      {(stripe) => (
        <Stack gap="sm" data-testid="stripe-section">
          <SecretStatus section="stripe" configured={stripe.configured} />
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
            <SecretForm
              section="stripe"
              configured={stripe.configured}
              pattern={STRIPE_WEBHOOK_SECRET_PATTERN}
              hint={t('stripe.secretHint')}
              invalid={t('stripe.secretInvalid')}
              save={save}
              remove={remove}
            />
          )}
        </Stack>
      )}
    </QueryState>
  );
}
