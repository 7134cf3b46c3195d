import { Box, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { type OrgApp, useOrgApp, useUpdateApp } from '@/features/apps';
import { CopyValue } from '@/ui/copy-value';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { SectionIndex, sectionTarget } from '@/ui/section-index';
import { EditionSettingsSection } from '@/features/editions';
import { ApiKeysSection } from '@/features/apps';
import { AppForm } from '@/features/apps';
import { BillingProviderSection } from '@/features/billing-webhooks';
import { StripeDiscountsSection } from '@/features/billing-webhooks';
import { StripeSection } from '@/features/billing-webhooks';
import { notifyDone } from '@/lib/notify-done';

/**
 * One app: its settings, its API keys, its Stripe webhook, its Stripe key for referred customers' discounts
 * and its other billing providers' webhooks. Each section saves on its own; the index at the top reaches any of
 * them without scrolling through the others.
 */
export function AppPage() {
  const { orgId, appId } = useParams({ from: '/_app/orgs/$orgId/apps/$appId' });
  const app = useOrgApp(orgId, appId);
  return (
    <QueryState query={app} skeleton="detail">
      {(loaded) => <AppDetails orgId={orgId} app={loaded} />}
    </QueryState>
  );
}

const BILLING_PROVIDERS = ['paddle', 'lemon_squeezy', 'generic'] as const;

function AppDetails({ orgId, app }: { orgId: string; app: OrgApp }) {
  const { t } = useTranslation('orgsetup');
  const { t: te } = useTranslation('editions');
  const access = useOrgAccess();
  const manage = access.canManage && !access.readOnly;
  const update = useUpdateApp(orgId, app.id);
  return (
    <>
      <PageHeader
        title={app.name}
        description={
          <>
            <RouterAnchor to="/orgs/$orgId/apps" params={{ orgId }} size="sm">
              {t('apps.back')}
            </RouterAnchor>
            {' · '}
            {t('apps.appId')} <code>{app.id}</code> <CopyValue value={app.id} label={t('apps.appId')} />
          </>
        }
      />
      <Stack gap="lg">
        <SectionIndex
          sections={[
            { id: 'app-section-settings', label: t('apps.settings') },
            { id: 'app-section-keys', label: t('keys.title') },
            { id: 'app-section-editions', label: te('settings.title') },
            { id: 'app-section-stripe', label: t('stripe.title') },
            { id: 'stripe-discounts', label: t('stripeDiscounts.title') },
            { id: 'app-section-billing', label: t('billingProviders.title') },
          ]}
        />
        <Paper
          withBorder
          p="md"
          radius="md"
          component="section"
          aria-labelledby="app-settings-title"
          {...sectionTarget('app-section-settings')}
        >
          <Title order={2} fz="h4" mb="md" id="app-settings-title">
            {t('apps.settings')}
          </Title>
          {manage ? (
            <AppForm
              key={app.updatedAt}
              app={app}
              submitLabel={t('apps.form.save')}
              pending={update.isPending}
              error={update.error}
              onSubmit={(body) => update.mutate(body, { onSuccess: () => notifyDone(t('apps.saved')) })}
            />
          ) : (
            <Stack gap={4}>
              <Text size="sm">
                {t('apps.form.siteUrl')}: {app.siteUrl}
              </Text>
              <Text size="sm">
                {t('apps.form.allowedDomains')}: {app.allowedDomains.join(', ')}
              </Text>
              <Text size="sm">
                {t('apps.form.embedOrigins')}: {app.embedOrigins.join(', ') || '—'}
              </Text>
              <Text size="sm">
                {t('apps.form.status')}: {t(`apps.status.${app.status}`)}
              </Text>
            </Stack>
          )}
        </Paper>
        <Box {...sectionTarget('app-section-keys')}>
          <ApiKeysSection orgId={orgId} appId={app.id} canManage={manage} />
        </Box>
        <Box {...sectionTarget('app-section-editions')}>
          <EditionSettingsSection orgId={orgId} appId={app.id} canManage={manage} />
        </Box>
        <Paper
          withBorder
          p="md"
          radius="md"
          component="section"
          aria-labelledby="stripe-title"
          {...sectionTarget('app-section-stripe')}
        >
          <Title order={2} fz="h4" mb="xs" id="stripe-title">
            {t('stripe.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('stripe.description')}
          </Text>
          <StripeSection orgId={orgId} appId={app.id} canManage={manage} />
        </Paper>
        <Paper
          withBorder
          p="md"
          radius="md"
          component="section"
          aria-labelledby="stripe-discounts-title"
          // The program form's discount section links here by this hash.
          {...sectionTarget('stripe-discounts')}
        >
          <Title order={2} fz="h4" mb="xs" id="stripe-discounts-title">
            {t('stripeDiscounts.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('stripeDiscounts.description')}
          </Text>
          <StripeDiscountsSection orgId={orgId} appId={app.id} canManage={manage} />
        </Paper>
        <Paper
          withBorder
          p="md"
          radius="md"
          component="section"
          aria-labelledby="billing-providers-title"
          {...sectionTarget('app-section-billing')}
        >
          <Title order={2} fz="h4" mb="xs" id="billing-providers-title">
            {t('billingProviders.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('billingProviders.description')}
          </Text>
          <Tabs defaultValue="paddle" keepMounted={false}>
            <Tabs.List>
              {BILLING_PROVIDERS.map((provider) => (
                <Tabs.Tab key={provider} value={provider}>
                  {t(`billingProviders.tabs.${provider}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {BILLING_PROVIDERS.map((provider) => (
              <Tabs.Panel key={provider} value={provider} pt="sm">
                <BillingProviderSection orgId={orgId} appId={app.id} provider={provider} canManage={manage} />
              </Tabs.Panel>
            ))}
          </Tabs>
        </Paper>
      </Stack>
    </>
  );
}
