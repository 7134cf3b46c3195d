import { Badge, Button, Code, Group, PasswordInput, Select, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConnectionTest, ProviderError } from '../provider-check';
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

const WiseError = ({ error }: { error: unknown }) => (
  <ProviderError ns="orgwise" explained={EXPLAINED} testId="wise-error" error={error} />
);

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
  const test = useCheckWise(orgId);
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
      check={
        canEdit ? (
          <ConnectionTest
            ns="orgwise"
            check={test}
            testId="wise-test-result"
            describe={(r) => ({
              text: r.profileFound === false ? t('test.profileMissing') : t('test.ok', { count: r.profiles.length }),
              missing: r.profileFound === false,
            })}
            renderError={(error) => <WiseError error={error} />}
          />
        ) : undefined
      }
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
            // Remounted per token: Mantine keeps showing a chosen label after its option list is gone.
            key={profiles && listed ? profiles.token : 'unlisted'}
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
