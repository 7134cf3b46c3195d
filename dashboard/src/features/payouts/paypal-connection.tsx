import { Alert, Badge, Code, Group, PasswordInput, Radio, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { formatDateTime } from '@/lib/format';
import { type PaypalAccount, useConnectPaypal, useDisconnectPaypal } from './queries/org-paypal';
import { ErrorMessage } from '@/ui/error-message';
import { ProviderConnection } from './provider-connection';

const EXPLAINED = new Set([
  'paypal_credentials_rejected',
  'paypal_unavailable',
  'paypal_payouts_in_flight',
  'forbidden',
]);

function ConnectError({ error }: { error: unknown }) {
  const { t } = useTranslation('orgpaypal');
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'generic';
  return (
    <Alert color="red" variant="light" role="alert" data-testid="paypal-error" data-code={code}>
      <ErrorMessage error={error} sentence={EXPLAINED.has(code) ? t(`errors.${code as 'forbidden'}`) : undefined} />
    </Alert>
  );
}

/** The organization's PayPal app: its state, the webhook URL to give PayPal, and (owners) the form. */
export function PaypalConnection({
  orgId,
  account,
  canEdit,
}: {
  orgId: string;
  account: PaypalAccount;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation('orgpaypal');
  const connect = useConnectPaypal(orgId);
  const disconnect = useDisconnectPaypal(orgId);
  const form = useForm({
    initialValues: {
      mode: account.mode ?? 'sandbox',
      clientId: account.clientId ?? '',
      clientSecret: '',
      webhookId: account.webhookId ?? '',
    },
    validate: {
      clientId: (v) => (v.trim() ? null : t('form.required')),
      clientSecret: (v) => (v.trim() ? null : t('form.required')),
      webhookId: (v) => (/^[A-Za-z0-9-]*$/.test(v.trim()) ? null : t('form.webhookIdInvalid')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    await connect
      .mutateAsync({
        mode: values.mode as 'sandbox' | 'live',
        clientId: values.clientId.trim(),
        clientSecret: values.clientSecret.trim(),
        webhookId: values.webhookId.trim() || null,
      })
      .then(() => form.setFieldValue('clientSecret', ''))
      .catch(() => undefined);
  });
  return (
    <ProviderConnection
      ns="orgpaypal"
      account={account}
      canEdit={canEdit}
      badge={
        account.connected ? (
          <Badge color="teal" variant="light" data-testid="paypal-connected">
            {t('status.connected', { mode: t(`mode.${account.mode ?? 'sandbox'}`) })}
          </Badge>
        ) : (
          <Badge color="gray" variant="light" data-testid="paypal-not-connected">
            {t('status.notConnected')}
          </Badge>
        )
      }
      details={[
        <Text size="sm" key="client">
          {t('status.clientId')}: <Code>{account.clientId}</Code>
        </Text>,
        <Text size="sm" key="webhook">
          {t('status.webhookId')}: {account.webhookId ? <Code>{account.webhookId}</Code> : t('status.none')}
        </Text>,
        <Text size="sm" key="verified">
          {t('status.verifiedAt')}: {account.verifiedAt ? formatDateTime(account.verifiedAt, i18n.language) : '—'}
        </Text>,
      ]}
      webhookTestId="paypal-webhook-url"
      disconnect={disconnect}
      connect={{ isPending: connect.isPending, error: connect.error, onSubmit: submit }}
      renderError={(error) => <ConnectError error={error} />}
      fields={
        <>
          <Radio.Group label={t('form.mode')} {...form.getInputProps('mode')}>
            <Group mt={4}>
              <Radio value="sandbox" label={t('mode.sandbox')} />
              <Radio value="live" label={t('mode.live')} />
            </Group>
          </Radio.Group>
          <TextInput label={t('form.clientId')} autoComplete="off" required {...form.getInputProps('clientId')} />
          <PasswordInput
            label={t('form.clientSecret')}
            description={t('form.clientSecretHelp')}
            autoComplete="new-password"
            required
            {...form.getInputProps('clientSecret')}
          />
          <TextInput
            label={t('form.webhookId')}
            description={t('form.webhookIdHelp')}
            autoComplete="off"
            {...form.getInputProps('webhookId')}
          />
        </>
      }
    />
  );
}
