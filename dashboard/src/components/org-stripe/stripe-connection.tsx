import { Alert, Badge, Button, Code, Group, Paper, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { type StripePayoutAccount, useConnectStripe, useDisconnectStripe } from '@/queries/org-stripe';
import { ErrorMessage } from '../error-message';
import { ConfirmActionButton } from '../finance/confirm-action-button';
import { WebhookUrl } from '../webhook-url';

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
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={2} size="h4">
              {t('status.title')}
            </Title>
            <Badge color={account.connected ? 'teal' : 'gray'} variant="light" data-testid="stripe-connection">
              {account.connected
                ? t('status.connected', { mode: t(account.livemode ? 'mode.live' : 'mode.test') })
                : t('status.notConnected')}
            </Badge>
          </Group>
          <Text size="sm">{t(`payoutsFrom.${account.payoutsFrom}`)}</Text>
          {account.connected && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <Text size="sm">
                {t('status.account')}: <Code>{account.stripeAccountId}</Code>
              </Text>
              <Text size="sm">
                {t('status.key')}: <Code>…{account.secretKeyLast4}</Code>
              </Text>
              <Text size="sm">
                {t('status.webhookSecret')}: {account.webhookSecretSet ? t('status.set') : t('status.none')}
              </Text>
              <Text size="sm">
                {t('status.verifiedAt')}: {account.verifiedAt ? formatDateTime(account.verifiedAt, i18n.language) : '—'}
              </Text>
            </SimpleGrid>
          )}
          <WebhookUrl
            title={t('webhook.title')}
            url={account.webhookUrl}
            help={t('webhook.help')}
            testId="stripe-webhook-url"
          />
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
          <Failure error={disconnect.error} />
        </Stack>
      </Paper>
      {canEdit && (
        <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {account.connected ? t('form.replaceTitle') : t('form.title')}
            </Title>
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
            <Failure error={connect.error} />
            <Group>
              {/* undefined rather than false: Mantine's loader exit transition could stay stuck on screen after a save */}
              <Button type="submit" loading={connect.isPending || undefined}>
                {account.connected ? t('form.replace') : t('form.connect')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
