import { Alert, Badge, Button, Code, Group, PasswordInput, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { formatDateTime } from '@/lib/format';
import { ErrorMessage } from '@/ui/error-message';
import { ProviderConnection } from '../provider-connection';
import { useCheckWise, useConnectWise, useDisconnectWise, type WiseAccount, type WiseCheck } from './account-queries';

const EXPLAINED = new Set([
  'wise_credentials_rejected',
  'wise_unavailable',
  'wise_payouts_in_flight',
  'wise_not_configured',
  'validation_failed',
  'forbidden',
]);

function WiseError({ error }: { error: unknown }) {
  const { t } = useTranslation('orgwise');
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'generic';
  return (
    <Alert color="red" variant="light" role="alert" data-testid="wise-error" data-code={code}>
      <ErrorMessage error={error} sentence={EXPLAINED.has(code) ? t(`errors.${code as 'forbidden'}`) : undefined} />
    </Alert>
  );
}

type Profile = WiseCheck['profiles'][number];

/** A profile as people read it: its name, its kind in their language, its id. */
function useProfileLabel() {
  const { t } = useTranslation('orgwise');
  return (p: { id: string; type: string; name: string }) =>
    t('status.profileLabel', {
      name: p.name,
      type: t(`profileType.${p.type as 'BUSINESS'}`, { defaultValue: p.type.toLowerCase() }),
      id: p.id,
    });
}

/** The stored token's test: Wise is asked which profiles it reaches, and whether the chosen one is still there. */
function ConnectionTest({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation('orgwise');
  const check = useCheckWise(orgId);
  const [at, setAt] = useState<Date | null>(null);
  const result = check.data;
  return (
    <Stack gap="xs">
      <Group>
        <Button
          variant="default"
          loading={check.isPending || undefined}
          onClick={() =>
            check
              .mutateAsync({})
              .then(() => setAt(new Date()))
              .catch(() => undefined)
          }
        >
          {t('test.button')}
        </Button>
      </Group>
      {result && !check.isPending && (
        <Alert
          color={result.profileFound === false ? 'orange' : 'teal'}
          variant="light"
          role="status"
          data-testid="wise-test-result"
        >
          <Text size="sm">
            {result.profileFound === false ? t('test.profileMissing') : t('test.ok', { count: result.profiles.length })}
          </Text>
          {at && (
            <Text size="xs" c="dimmed">
              {t('test.checkedAt', { time: formatDateTime(at.toISOString(), i18n.language) })}
            </Text>
          )}
        </Alert>
      )}
      {check.error ? <WiseError error={check.error} /> : null}
    </Stack>
  );
}

/**
 * The organization's own Wise account: its state, a connection test, the webhook URL to subscribe in Wise and, for
 * owners, the form: paste the token, check it to list its profiles, pick one, connect (the API stores the token
 * sealed and never shows it again).
 */
export function WiseConnection({ orgId, account, canEdit }: { orgId: string; account: WiseAccount; canEdit: boolean }) {
  const { t } = useTranslation('orgwise');
  const connect = useConnectWise(orgId);
  const disconnect = useDisconnectWise(orgId);
  const lookup = useCheckWise(orgId);
  const profileLabel = useProfileLabel();
  const form = useForm({
    initialValues: { apiToken: '', profileId: '' },
    validate: {
      apiToken: (v) => (!v.trim() ? t('form.required') : v.trim().length < 8 ? t('form.apiTokenInvalid') : null),
      profileId: (v) => (v ? null : t('form.profileRequired')),
    },
  });
  // Profiles belong to the token they were read with: a changed token drops them and the choice.
  const [profiles, setProfiles] = useState<{ token: string; list: Profile[] } | null>(null);
  const listed = profiles && profiles.token === form.values.apiToken.trim() ? profiles.list : null;
  const loadProfiles = async () => {
    if (form.validateField('apiToken').hasError) return;
    const apiToken = form.values.apiToken.trim();
    const found = await lookup.mutateAsync({ apiToken }).catch(() => null);
    if (!found) return;
    setProfiles({ token: apiToken, list: found.profiles });
    // A business profile is what an advertiser pays from, usually: chosen first.
    const preferred = found.profiles.find((p) => p.type === 'BUSINESS') ?? found.profiles[0];
    form.setFieldValue('profileId', preferred?.id ?? '');
  };
  const submit = form.onSubmit(async (values) => {
    await connect
      .mutateAsync({ apiToken: values.apiToken.trim(), profileId: values.profileId })
      .then(() => {
        form.setValues({ apiToken: '', profileId: '' });
        setProfiles(null);
      })
      .catch(() => undefined);
  });
  return (
    <ProviderConnection
      ns="orgwise"
      account={account}
      canEdit={canEdit}
      badge={
        account.connected ? (
          <Badge color="teal" variant="light" data-testid="wise-connected">
            {t('status.connected')}
          </Badge>
        ) : (
          <Badge color="gray" variant="light" data-testid="wise-not-connected">
            {t('status.notConnected')}
          </Badge>
        )
      }
      details={[
        <Text size="sm" key="token">
          {t('status.apiToken')}: <Code>{t('status.apiTokenEnd', { last4: account.apiTokenLast4 ?? '' })}</Code>
        </Text>,
        <Text size="sm" key="profile" data-testid="wise-profile">
          {t('status.profile')}:{' '}
          {profileLabel({
            id: account.profileId ?? '',
            type: account.profileType ?? '',
            name: account.profileName ?? '',
          })}
        </Text>,
      ]}
      notice={
        account.webhooksVerified ? undefined : (
          <Text size="sm" c="dimmed">
            {t('webhook.unverified')}
          </Text>
        )
      }
      check={canEdit ? <ConnectionTest orgId={orgId} /> : undefined}
      webhookTestId="wise-webhook-url"
      disconnect={disconnect}
      connect={{ isPending: connect.isPending, error: connect.error, onSubmit: submit }}
      renderError={(error) => <WiseError error={error} />}
      fields={
        <>
          <PasswordInput
            label={t('form.apiToken')}
            description={t('form.apiTokenHelp')}
            autoComplete="new-password"
            required
            {...form.getInputProps('apiToken')}
          />
          <Group>
            <Button variant="default" onClick={loadProfiles} loading={lookup.isPending || undefined}>
              {t('form.loadProfiles')}
            </Button>
          </Group>
          {lookup.error && !listed ? <WiseError error={lookup.error} /> : null}
          {listed && (
            <Text size="sm" c="teal" role="status" data-testid="wise-profiles-loaded">
              {t('form.profilesLoaded')}
            </Text>
          )}
          <Select
            label={t('form.profile')}
            description={listed ? undefined : t('form.profileHelp')}
            data={(listed ?? []).map((p) => ({ value: p.id, label: profileLabel(p) }))}
            disabled={!listed}
            allowDeselect={false}
            required
            {...form.getInputProps('profileId')}
          />
        </>
      }
    />
  );
}
