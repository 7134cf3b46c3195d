import { Box, Stack, Tabs, Text } from '@mantine/core';
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
import { SectionCard } from '@/ui/section-card';

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
        <SectionCard title={t('apps.settings')} id="app-settings-title" anchor="app-section-settings">
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
        </SectionCard>
        <Box {...sectionTarget('app-section-keys')}>
          <ApiKeysSection orgId={orgId} appId={app.id} canManage={manage} />
        </Box>
        <Box {...sectionTarget('app-section-editions')}>
          <EditionSettingsSection orgId={orgId} appId={app.id} canManage={manage} />
        </Box>
        <SectionCard
          title={t('stripe.title')}
          id="stripe-title"
          description={t('stripe.description')}
          anchor="app-section-stripe"
        >
          <StripeSection orgId={orgId} appId={app.id} canManage={manage} />
        </SectionCard>
        <SectionCard
          title={t('stripeDiscounts.title')}
          id="stripe-discounts-title"
          description={t('stripeDiscounts.description')}
          anchor="stripe-discounts"
        >
          <StripeDiscountsSection orgId={orgId} appId={app.id} canManage={manage} />
        </SectionCard>
        <SectionCard
          title={t('billingProviders.title')}
          id="billing-providers-title"
          description={t('billingProviders.description')}
          anchor="app-section-billing"
        >
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
        </SectionCard>
      </Stack>
    </>
  );
}
