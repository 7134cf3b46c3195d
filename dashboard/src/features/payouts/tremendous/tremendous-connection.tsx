import { Badge, Button, Code, Group, PasswordInput, Select, Switch, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import { ConnectionTest, ProviderError } from '../provider-check';
import { ProviderConnection } from '../provider-connection';
import {
  type TremendousAccount,
  type TremendousCheck,
  useCheckTremendous,
  useConnectTremendous,
  useDisconnectTremendous,
} from './queries';

const EXPLAINED = new Set([
  'tremendous_credentials_rejected',
  'tremendous_unavailable',
  'tremendous_payouts_in_flight',
  'tremendous_not_configured',
  'validation_failed',
  'forbidden',
]);

const TremendousError = ({ error }: { error: unknown }) => (
  <ProviderError ns="orgtremendous" explained={EXPLAINED} testId="tremendous-error" error={error} />
);

type Source = TremendousCheck['fundingSources'][number];

/** A funding source as people read it: its kind in their language, its id, and what it holds when Tremendous says. */
function useSourceLabel() {
  const { t, i18n } = useTranslation('orgtremendous');
  return (s: Source) => {
    const method = t(`method.${s.method as 'balance'}`, { defaultValue: s.method });
    return s.availableCents === null
      ? t('form.sourceLabel', { method, id: s.id })
      : t('form.sourceBalance', { method, id: s.id, available: formatMoney(s.availableCents, 'USD', i18n.language) });
  };
}

/**
 * The organization's Tremendous account: its state, a connection test, the webhook URL to give Tremendous and,
 * for owners, the form: paste the key, check it to list its funding sources, pick one, connect (the API stores the
 * key sealed and never shows it again).
 */
export function TremendousConnection({
  orgId,
  account,
  canEdit,
}: {
  orgId: string;
  account: TremendousAccount;
  canEdit: boolean;
}) {
  const { t } = useTranslation('orgtremendous');
  const connect = useConnectTremendous(orgId);
  const disconnect = useDisconnectTremendous(orgId);
  const lookup = useCheckTremendous(orgId);
  const test = useCheckTremendous(orgId);
  const sourceLabel = useSourceLabel();
  const form = useForm({
    initialValues: {
      apiKey: '',
      fundingSourceId: account.fundingSourceId ?? 'balance',
      webhookKey: '',
      allowBelowMinimum: account.allowBelowMinimum,
    },
    validate: {
      apiKey: (v) => (!v.trim() ? t('form.required') : v.trim().length < 8 ? t('form.apiKeyInvalid') : null),
    },
  });
  // Sources belong to the key they were read with: a changed key drops them (and the choice goes back to the balance).
  const [sources, setSources] = useState<{ key: string; list: Source[] } | null>(null);
  const listed = sources && sources.key === form.values.apiKey.trim() ? sources.list : null;
  const loadSources = async () => {
    if (form.validateField('apiKey').hasError) return;
    const apiKey = form.values.apiKey.trim();
    const found = await lookup.mutateAsync({ apiKey }).catch(() => null);
    if (!found) return;
    setSources({ key: apiKey, list: found.fundingSources });
    const balance = found.fundingSources.find((s) => s.method === 'balance');
    if (!found.fundingSources.some((s) => s.id === form.values.fundingSourceId))
      form.setFieldValue('fundingSourceId', balance ? 'balance' : (found.fundingSources[0]?.id ?? 'balance'));
  };
  const submit = form.onSubmit(async (values) => {
    await connect
      .mutateAsync({
        apiKey: values.apiKey.trim(),
        fundingSourceId: values.fundingSourceId,
        webhookKey: values.webhookKey.trim() || null,
        allowBelowMinimum: values.allowBelowMinimum,
      })
      .then(() => {
        form.setValues({ apiKey: '', webhookKey: '' });
        setSources(null);
      })
      .catch(() => undefined);
  });
  // The balance is offered by its name `balance`, as the API takes it; other sources by their id.
  const options = (listed ?? []).map((s) => ({
    value: s.method === 'balance' ? 'balance' : s.id,
    label: sourceLabel(s),
  }));
  return (
    <ProviderConnection
      ns="orgtremendous"
      account={account}
      canEdit={canEdit}
      badge={
        account.connected ? (
          <Badge color="teal" variant="light" data-testid="tremendous-connected">
            {t('status.connected')}
          </Badge>
        ) : (
          <Badge color="gray" variant="light" data-testid="tremendous-not-connected">
            {t('status.notConnected')}
          </Badge>
        )
      }
      details={[
        <Text size="sm" key="key">
          {t('status.apiKey')}: <Code>{t('status.apiKeyEnd', { last4: account.apiKeyLast4 ?? '' })}</Code>
        </Text>,
        <Text size="sm" key="source">
          {t('status.fundingSource')}:{' '}
          {account.fundingSourceId === 'balance' ? t('status.balance') : <Code>{account.fundingSourceId}</Code>}
        </Text>,
        <Text size="sm" key="webhook">
          {t('status.webhookKey')}: {account.webhookKeySet ? t('status.set') : t('status.none')}
        </Text>,
        <Text size="sm" key="minimum">
          {t('status.belowMinimum')}:{' '}
          {account.allowBelowMinimum ? t('status.belowMinimumOn') : t('status.belowMinimumOff')}
        </Text>,
      ]}
      check={
        canEdit ? (
          <ConnectionTest
            ns="orgtremendous"
            check={test}
            testId="tremendous-test-result"
            describe={(r) => ({
              text:
                r.fundingSourceFound === false
                  ? t('test.sourceMissing')
                  : t('test.ok', { count: r.fundingSources.length }),
              missing: r.fundingSourceFound === false,
            })}
            renderError={(error) => <TremendousError error={error} />}
          />
        ) : undefined
      }
      webhookTestId="tremendous-webhook-url"
      disconnect={disconnect}
      connect={{ isPending: connect.isPending, error: connect.error, onSubmit: submit }}
      renderError={(error) => <TremendousError error={error} />}
      fields={
        <>
          <PasswordInput
            label={t('form.apiKey')}
            description={t('form.apiKeyHelp')}
            autoComplete="new-password"
            required
            {...form.getInputProps('apiKey')}
          />
          <Group>
            <Button variant="default" onClick={loadSources} loading={lookup.isPending || undefined}>
              {t('form.loadSources')}
            </Button>
          </Group>
          {lookup.error && !listed ? <TremendousError error={lookup.error} /> : null}
          {listed && (
            <Text size="sm" c="teal" role="status" data-testid="tremendous-sources-loaded">
              {t('form.sourcesLoaded')}
            </Text>
          )}
          <Select
            label={t('form.fundingSource')}
            description={listed ? undefined : t('form.fundingSourceHelp')}
            data={listed ? options : [{ value: 'balance', label: t('method.balance') }]}
            disabled={!listed}
            allowDeselect={false}
            {...form.getInputProps('fundingSourceId')}
          />
          <PasswordInput
            label={t('form.webhookKey')}
            description={t('form.webhookKeyHelp')}
            autoComplete="new-password"
            {...form.getInputProps('webhookKey')}
          />
          <Switch
            label={t('form.allowBelowMinimum')}
            description={t('form.allowBelowMinimumHelp')}
            {...form.getInputProps('allowBelowMinimum', { type: 'checkbox' })}
          />
        </>
      }
    />
  );
}
