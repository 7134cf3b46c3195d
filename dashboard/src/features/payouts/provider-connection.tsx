import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from './confirm-action-button';
import { WebhookUrl } from '@/ui/webhook-url';
import { SectionCard } from '@/ui/section-card';

/** The part of a react-query mutation the page shows: whether it runs and how it failed. */
interface MutationState {
  isPending: boolean;
  error: unknown;
}

/**
 * The page every payout provider's connection shares (PayPal, Stripe): the account's state with the webhook URL
 * to give the provider and, for owners, a disconnect button and the form that connects or replaces the
 * credentials. Its words come from the provider's namespace, under the same keys in each (status.*, payoutsFrom.*,
 * webhook.*, disconnect.*, form.*); the provider's own fields, checks and error wording stay in its component.
 */
export function ProviderConnection({
  ns,
  account,
  canEdit,
  badge,
  details,
  webhookTestId,
  disconnect,
  connect,
  fields,
  renderError,
  check,
  notice,
}: {
  ns: 'orgpaypal' | 'orgstripe' | 'orgtremendous' | 'orgwise';
  account: { connected: boolean; payoutsFrom: 'organization' | 'platform' | 'none'; webhookUrl: string };
  canEdit: boolean;
  badge: ReactNode;
  /** What the connected account is (ids, key ends, when it was verified), one line each. */
  details: ReactNode[];
  webhookTestId: string;
  disconnect: MutationState & { mutateAsync: () => Promise<unknown> };
  connect: MutationState & { onSubmit: FormEventHandler<HTMLFormElement> };
  fields: ReactNode;
  renderError: (error: unknown) => ReactNode;
  /** A connected account's test, where the provider offers one (Tremendous): its button and result. */
  check?: ReactNode;
  /** A note under the webhook URL, whatever the state (Wise: this installation cannot verify its webhooks). */
  notice?: ReactNode;
}) {
  const { t } = useTranslation(ns);
  return (
    <Stack gap="lg">
      <SectionCard title={t('status.title')} actions={badge}>
        <Stack gap="sm">
          <Text size="sm">{t(`payoutsFrom.${account.payoutsFrom}`)}</Text>
          {account.connected && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {details}
            </SimpleGrid>
          )}
          <WebhookUrl
            title={t('webhook.title')}
            url={account.webhookUrl}
            // Only owners have the form below: everyone else is told who can fill it in.
            help={canEdit ? t('webhook.help') : t('webhook.helpReader')}
            testId={webhookTestId}
          />
          {notice}
          {account.connected && check}
          {canEdit && account.connected && (
            <Group>
              <ConfirmActionButton
                label={t('disconnect.button')}
                title={t('disconnect.title')}
                body={t('disconnect.body')}
                color="red"
                variant="light"
                loading={disconnect.isPending}
                onConfirm={() => disconnect.mutateAsync()}
              />
            </Group>
          )}
          {disconnect.error ? renderError(disconnect.error) : null}
        </Stack>
      </SectionCard>
      {canEdit && (
        <SectionCard title={account.connected ? t('form.replaceTitle') : t('form.title')}>
          <form onSubmit={connect.onSubmit} noValidate>
            <Stack gap="sm">
              {fields}
              {connect.error ? renderError(connect.error) : null}
              <Group>
                {/* undefined rather than false: Mantine's loader exit transition could stay stuck on screen after a save */}
                <Button type="submit" loading={connect.isPending || undefined}>
                  {account.connected ? t('form.replace') : t('form.connect')}
                </Button>
              </Group>
            </Stack>
          </form>
        </SectionCard>
      )}
    </Stack>
  );
}
