import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isOrganizationName } from '@/lib/forms/account-rules';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { type Organization, useOrganization, useUpdateOrganization } from './queries/organizations';
import { ErrorState } from '@/ui/error-state';
import { PayoutDutiesSetting } from './payout-duties-setting';
import { AutoApprovalSection } from '@/features/payouts';
import { TwoFactorRequirementSetting } from './two-factor-requirement-setting';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { SETTINGS_FROM } from './settings-search';
import { notifyDone } from '@/lib/notify-done';
import { ReadOnlyFields } from '@/ui/read-only-fields';

/**
 * The organization's name and its payout rule. What affiliates see of the brand (portal name, colour, logo,
 * favicon, support email) is edited in one place, the Brand page, which this links to.
 */
export function OrganizationSettings() {
  const { organization } = useRouteContext({ from: SETTINGS_FROM });
  const current = useOrganization(organization.id);
  const access = useOrgAccess();
  const manage = access.canManage && !access.readOnly;
  return (
    <QueryState query={current}>
      {(loaded) => (
        <Stack gap="xl">
          <OrganizationForm organization={loaded} />
          <PayoutDutiesSetting organization={loaded} />
          <AutoApprovalSection orgId={loaded.id} canEdit={manage} />
          <TwoFactorRequirementSetting organization={loaded} />
        </Stack>
      )}
    </QueryState>
  );
}

function OrganizationForm({ organization }: { organization: Organization }) {
  const { t } = useTranslation('orgsetup');
  const { t: tc } = useTranslation('nav');
  const access = useOrgAccess();
  const manage = access.canManage && !access.readOnly;
  const update = useUpdateOrganization(organization.id);
  const form = useForm({
    initialValues: { name: organization.name },
    validate: { name: (value) => (isOrganizationName(value) ? null : t('organization.nameInvalid')) },
  });
  const submit = form.onSubmit((values) =>
    update.mutate({ name: values.name.trim() }, { onSuccess: () => notifyDone(t('organization.saved')) }),
  );
  return (
    <form onSubmit={submit} noValidate style={{ maxWidth: 560 }}>
      <Stack gap="md">
        {update.isError && <ErrorState error={update.error} />}
        {manage ? (
          <TextInput label={t('organization.name')} required {...form.getInputProps('name')} />
        ) : (
          <ReadOnlyFields fields={[{ label: t('organization.name'), value: organization.name }]} />
        )}
        <Text size="sm" data-testid="brand-page-link">
          {t('organization.brandPage')}{' '}
          <RouterAnchor to="/orgs/$orgId/brand" params={{ orgId: organization.id }}>
            {tc('nav.brand')}
          </RouterAnchor>
        </Text>
        {manage && (
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('organization.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
