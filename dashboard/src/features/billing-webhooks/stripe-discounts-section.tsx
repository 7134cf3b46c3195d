import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STRIPE_RESTRICTED_KEY_PATTERN } from '@domain/stripe-restricted-key';
import { formatDateTime } from '@/lib/format';
import {
  type StripeDiscounts,
  useDeleteStripeDiscountKey,
  useSetStripeDiscountKey,
  useStripeDiscounts,
} from '@/features/apps';
import { QueryState } from '@/ui/query-state';
import { SecretForm, SecretStatus } from '@/ui/secret-form';

/** How the affiliates' promotion codes stand in Stripe, and Stripe's words for the codes it refused. */
function SyncState({ state }: { state: StripeDiscounts }) {
  const { t, i18n } = useTranslation('orgsetup');
  const { synced, pending, failed } = state.counts;
  return (
    <Stack gap={4} data-testid="stripe-discounts-codes">
      <Text size="sm">
        {[
          t('stripeDiscounts.codesSynced', { count: synced }),
          t('stripeDiscounts.codesPending', { count: pending }),
          t('stripeDiscounts.codesFailed', { count: failed }),
        ].join(' · ')}
      </Text>
      {state.failures.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {t('stripeDiscounts.failuresTitle')}
          </Text>
          <List size="sm" spacing={4}>
            {state.failures.map((f) => (
              <List.Item key={f.enrollmentId} style={{ overflowWrap: 'anywhere' }}>
                <code>{f.code ?? t('stripeDiscounts.noCode')}</code>{' '}
                {t('stripeDiscounts.failure', {
                  error: f.lastError ?? t('stripeDiscounts.unknownError'),
                  date: f.nextAttemptAt ? formatDateTime(f.nextAttemptAt, i18n.language) : '—',
                })}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

/**
 * An app's restricted Stripe key for referred customers' discounts: whether it is set and how the codes
 * stand, for every member; setting, replacing and removing it for owners and admins. The key is never shown.
 */
export function StripeDiscountsSection({
  orgId,
  appId,
  canManage,
}: {
  orgId: string;
  appId: string;
  canManage: boolean;
}) {
  const { t } = useTranslation('orgsetup');
  const state = useStripeDiscounts(orgId, appId);
  const save = useSetStripeDiscountKey(orgId, appId);
  const remove = useDeleteStripeDiscountKey(orgId, appId);
  return (
    <QueryState query={state}>
      {(discounts) => (
        <Stack gap="sm" data-testid="stripe-discounts-section">
          <SecretStatus section="stripeDiscounts" configured={discounts.configured} />
          {discounts.configured && <SyncState state={discounts} />}
          <Text size="sm" c="dimmed">
            {t('stripeDiscounts.howTo')}
          </Text>
          {canManage ? (
            <SecretForm
              section="stripeDiscounts"
              configured={discounts.configured}
              pattern={STRIPE_RESTRICTED_KEY_PATTERN}
              hint={t('stripeDiscounts.secretHint')}
              invalid={t('stripeDiscounts.secretInvalid')}
              save={save}
              remove={remove}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('stripeDiscounts.readOnly')}
            </Text>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
