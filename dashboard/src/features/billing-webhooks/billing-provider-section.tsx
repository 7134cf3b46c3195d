import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  GENERIC_SECRET_PATTERN,
  LEMON_SQUEEZY_SECRET_PATTERN,
  PADDLE_WEBHOOK_SECRET_PATTERN,
} from '@domain/source-secrets';
import { formatDateTime } from '@/lib/format';
import {
  type BillingProvider,
  type BillingWebhook,
  useBillingWebhooks,
  useDeleteBillingWebhook,
  useSetBillingWebhook,
} from '@/features/apps';
import { QueryState } from '@/ui/query-state';
import { CodeSample } from '@/ui/code-sample';
import { SecretForm, SecretStatus } from '@/ui/secret-form';

const SECRET_PATTERNS: Record<BillingProvider, RegExp> = {
  paddle: PADDLE_WEBHOOK_SECRET_PATTERN,
  lemon_squeezy: LEMON_SQUEEZY_SECRET_PATTERN,
  generic: GENERIC_SECRET_PATTERN,
};

/** Where the click id goes, as the advertiser would paste it into their checkout code. */
const CLICK_SAMPLES: Record<BillingProvider, string> = {
  paddle: `Paddle.Checkout.open({
  items: [{ priceId: 'pri_…', quantity: 1 }],
  customData: { aff_click_id: affClick }, // the aff_click cookie
});`,
  lemon_squeezy: `https://<store>.lemonsqueezy.com/checkout/buy/<variant>?checkout[custom][aff_click_id]=<aff_click cookie>`,
  generic: `POST /api/v1/billing/<appId>/webhooks
X-AE-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>

{"id":"ev_1","type":"sale","occurred_at":"2026-05-01T09:45:53Z","order_id":"inv_1001",
 "customer_id":"cust_42","amount":2900,"currency":"USD","click_id":"<aff_click cookie>"}`,
};

/** A random secret for the generic webhook: 48 hex characters from the browser's CSPRNG. */
function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function Arrivals({ hook }: { hook: BillingWebhook }) {
  const { t, i18n } = useTranslation('orgsetup');
  return (
    <Text size="sm" c={hook.lastEventAt ? undefined : 'dimmed'} data-testid={`billing-last-event-${hook.provider}`}>
      {hook.lastEventAt
        ? t('billingProviders.lastEvent', {
            date: formatDateTime(hook.lastEventAt, i18n.language),
            type: hook.lastEventType,
            count: hook.eventsReceived,
          })
        : t(hook.configured ? 'billingProviders.noEventsYet' : 'billingProviders.notConnectedYet')}
    </Text>
  );
}

/**
 * One billing provider's webhook for an app (Paddle, Lemon Squeezy or the generic signed one): the
 * endpoint URL, the events to subscribe to, where the click id goes, whether events arrive, and
 * the signing secret (set, replace, remove).
 */
export function BillingProviderSection({
  orgId,
  appId,
  provider,
  canManage,
}: {
  orgId: string;
  appId: string;
  provider: BillingProvider;
  canManage: boolean;
}) {
  const { t } = useTranslation('orgsetup');
  const hooks = useBillingWebhooks(orgId, appId);
  const save = useSetBillingWebhook(orgId, appId, provider);
  const remove = useDeleteBillingWebhook(orgId, appId, provider);
  const key = `billingProviders.${provider}` as const;
  return (
    <QueryState query={hooks}>
      {(items) => {
        const hook = items.find((h) => h.provider === provider)!;
        return (
          <Stack gap="sm" data-testid={`billing-provider-${provider}`}>
            <SecretStatus section="billingProviders" configured={hook.configured} />
            <Arrivals hook={hook} />
            <CodeSample
              code={hook.endpointUrl}
              label={t('billingProviders.endpoint')}
              hint={t(`${key}.endpointHint`)}
            />
            {hook.eventTypes.length > 0 && (
              <Stack gap={4}>
                <Text size="sm">{t('billingProviders.events')}</Text>
                <List size="sm" spacing={2}>
                  {hook.eventTypes.map((type) => (
                    <List.Item key={type}>
                      <code>{type}</code>
                    </List.Item>
                  ))}
                </List>
              </Stack>
            )}
            <CodeSample
              code={CLICK_SAMPLES[provider]}
              label={t('billingProviders.clickLabel')}
              hint={t(`${key}.clickHint`)}
            />
            {canManage && (
              <SecretForm
                section="billingProviders"
                configured={hook.configured}
                pattern={SECRET_PATTERNS[provider]}
                hint={t(`${key}.secretHint`)}
                invalid={t(`${key}.secretInvalid`)}
                save={save}
                remove={remove}
                {...(provider === 'generic'
                  ? { generate: { label: t('billingProviders.generate'), make: randomSecret } }
                  : {})}
              />
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
