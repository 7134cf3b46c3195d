import { Alert, Badge, Code, PasswordInput, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { type StripePayoutAccount, useConnectStripe, useDisconnectStripe } from './queries/org-stripe';
import { ErrorMessage } from '@/ui/error-message';
import { ProviderConnection } from '@/features/payouts';

const SECRET_KEY = /^sk_(test|live)_[0-9A-Za-z_]{8,}$/;
const WEBHOOK_SECRET = /^whsec_[0-9A-Za-z+/=_-]{16,200}$/;

function Failure({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" data-testid="stripe-error">
      <ErrorMessage error={error} />
    </Alert>
  );
}

/** The organization's Stripe account for Connect payouts: its state, the webhook URL for Stripe, and (owners) the form. */
export function StripeConnection({
  orgId,
  account,
  canEdit,
}: {
  orgId: string;
  account: StripePayoutAccount;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation('orgstripe');
  const connect = useConnectStripe(orgId);
  const disconnect = useDisconnectStripe(orgId);
  const form = useForm({
    initialValues: { secretKey: '', webhookSecret: '' },
    validate: {
      secretKey: (v) => (SECRET_KEY.test(v.trim()) ? null : t('form.secretKeyInvalid')),
      webhookSecret: (v) => (!v.trim() || WEBHOOK_SECRET.test(v.trim()) ? null : t('form.webhookSecretInvalid')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    await connect
      .mutateAsync({ secretKey: values.secretKey.trim(), webhookSecret: values.webhookSecret.trim() || null })
      .then(() => form.reset())
      .catch(() => undefined);
  });
  return (
    <ProviderConnection
      ns="orgstripe"
      account={account}
      canEdit={canEdit}
      badge={
        <Badge color={account.connected ? 'teal' : 'gray'} variant="light" data-testid="stripe-connection">
          {account.connected
            ? t('status.connected', { mode: t(account.livemode ? 'mode.live' : 'mode.test') })
            : t('status.notConnected')}
        </Badge>
      }
      details={[
        <Text size="sm" key="account">
          {t('status.account')}: <Code>{account.stripeAccountId}</Code>
        </Text>,
        <Text size="sm" key="key">
          {t('status.key')}: <Code>…{account.secretKeyLast4}</Code>
        </Text>,
        <Text size="sm" key="webhook">
          {t('status.webhookSecret')}: {account.webhookSecretSet ? t('status.set') : t('status.none')}
        </Text>,
        <Text size="sm" key="verified">
          {t('status.verifiedAt')}: {account.verifiedAt ? formatDateTime(account.verifiedAt, i18n.language) : '—'}
        </Text>,
      ]}
      webhookTestId="stripe-webhook-url"
      disconnect={disconnect}
      connect={{ isPending: connect.isPending, error: connect.error, onSubmit: submit }}
      renderError={(error) => <Failure error={error} />}
      fields={
        <>
          <PasswordInput
            label={t('form.secretKey')}
            description={t('form.secretKeyHelp')}
            autoComplete="new-password"
            required
            {...form.getInputProps('secretKey')}
          />
          <PasswordInput
            label={t('form.webhookSecret')}
            description={t('form.webhookSecretHelp')}
            autoComplete="new-password"
            {...form.getInputProps('webhookSecret')}
          />
        </>
      }
    />
  );
}
