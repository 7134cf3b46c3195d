import { Button, ColorInput, Group, Image, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { httpsHost } from '../../../../workers/domain/program-rules';
import { isOrganizationName } from '../../lib/forms/account-rules';
import { useOrgAccess } from '../../lib/access/use-org-access';
import { textOn } from '../../lib/text-on';
import { type Organization, useOrganization, useUpdateOrganization } from '../../queries/organizations';
import { ErrorState } from '../error-state';
import { PayoutDutiesSetting } from './payout-duties-setting';
import { TwoFactorRequirementSetting } from './two-factor-requirement-setting';
import { QueryState } from '../query-state';
import { RouterAnchor } from '../router-anchor';
import { SETTINGS_FROM } from './settings-search';
import { useNotify } from './use-notify';

const COLOR = /^#[0-9a-fA-F]{6}$/;

const PORTAL_NAME_MAX = 100;

/** The organization's name, the branding affiliates see (portal name, logo, primary colour) and its payout rule. */
export function OrganizationSettings() {
  const { organization } = useRouteContext({ from: SETTINGS_FROM });
  const current = useOrganization(organization.id);
  return (
    <QueryState query={current}>
      {(loaded) => (
        <Stack gap="xl">
          <OrganizationForm organization={loaded} />
          <PayoutDutiesSetting organization={loaded} />
          <TwoFactorRequirementSetting organization={loaded} />
        </Stack>
      )}
    </QueryState>
  );
}

function OrganizationForm({ organization }: { organization: Organization }) {
  const { t } = useTranslation('orgsetup');
  const { t: tc } = useTranslation();
  const access = useOrgAccess();
  const manage = access.canManage && !access.readOnly;
  const update = useUpdateOrganization(organization.id);
  const notify = useNotify();
  const form = useForm({
    initialValues: {
      name: organization.name,
      portalName: organization.branding.portalName ?? '',
      logoUrl: organization.branding.logoUrl ?? '',
      primaryColor: organization.branding.primaryColor ?? '',
    },
    validate: {
      name: (value) => (isOrganizationName(value) ? null : t('organization.nameInvalid')),
      portalName: (value) => (value.trim().length > PORTAL_NAME_MAX ? t('organization.portalNameInvalid') : null),
      logoUrl: (value) => (value.trim() === '' || httpsHost(value.trim()) ? null : t('organization.logoInvalid')),
      primaryColor: (value) => (value === '' || COLOR.test(value) ? null : t('organization.colorInvalid')),
    },
  });
  const submit = form.onSubmit((values) =>
    update.mutate(
      {
        name: values.name.trim(),
        branding: {
          portalName: values.portalName.trim() || null,
          logoUrl: values.logoUrl.trim() || null,
          primaryColor: values.primaryColor ? values.primaryColor.toLowerCase() : null,
        },
      },
      { onSuccess: () => notify(t('organization.saved')) },
    ),
  );
  const logo = form.values.logoUrl.trim();
  const color = COLOR.test(form.values.primaryColor) ? form.values.primaryColor : undefined;
  return (
    <Group align="flex-start" gap="xl" wrap="wrap">
      <form onSubmit={submit} noValidate style={{ flex: '1 1 320px', maxWidth: 560 }}>
        <Stack gap="md">
          {update.isError && <ErrorState error={update.error} />}
          <TextInput label={t('organization.name')} required readOnly={!manage} {...form.getInputProps('name')} />
          <Title order={2} fz="h4" mt="sm">
            {t('organization.branding')}
          </Title>
          <Text size="sm">
            {t('organization.brandPage')}{' '}
            <RouterAnchor to="/orgs/$orgId/brand" params={{ orgId: organization.id }}>
              {tc('nav.brand')}
            </RouterAnchor>
          </Text>
          <TextInput
            label={t('organization.portalName')}
            description={t('organization.portalNameHint')}
            readOnly={!manage}
            {...form.getInputProps('portalName')}
          />
          <TextInput
            label={t('organization.logoUrl')}
            description={t('organization.logoUrlHint')}
            type="url"
            readOnly={!manage}
            {...form.getInputProps('logoUrl')}
          />
          <ColorInput
            label={t('organization.primaryColor')}
            description={t('organization.primaryColorHint')}
            format="hex"
            readOnly={!manage}
            withPicker={manage}
            withEyeDropper={false}
            {...form.getInputProps('primaryColor')}
          />
          {manage && (
            <Group>
              <Button type="submit" loading={update.isPending}>
                {t('organization.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
      <Paper withBorder radius="md" p="md" style={{ flex: '0 1 320px' }} aria-labelledby="branding-preview-title">
        <Text fw={600} size="sm" mb="sm" id="branding-preview-title">
          {t('organization.preview')}
        </Text>
        <Paper
          radius="md"
          p="md"
          style={{ background: color ?? '#1864ab', color: textOn(color ?? '#1864ab') }}
          data-testid="brand-preview"
        >
          <Group gap="sm" wrap="nowrap">
            {logo && httpsHost(logo) ? (
              <Image
                src={logo}
                alt={t('organization.logoAlt')}
                h={36}
                w="auto"
                maw={140}
                fit="contain"
                bg="white"
                radius="sm"
              />
            ) : null}
            <Text fw={700} c="inherit" style={{ overflowWrap: 'anywhere' }}>
              {form.values.portalName.trim() || form.values.name}
            </Text>
          </Group>
        </Paper>
        <Text size="xs" c="dimmed" mt="xs">
          {t('organization.previewHint')}
        </Text>
      </Paper>
    </Group>
  );
}
