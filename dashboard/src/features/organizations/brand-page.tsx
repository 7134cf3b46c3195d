import { Alert, Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { useOrganization } from './queries/organizations';
import { useOrgPlan } from '@/features/plans';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { BrandForm } from './brand-form';
import { PortalDomains } from './portal-domains';

/**
 * The white-label brand of the advertiser's portal: name, colour, logo, favicon and support address with a
 * live preview, and the portal domains it shows on. Owners and admins edit it while the plan includes it.
 */
export function BrandPage() {
  const { t } = useTranslation('orgbrand');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/brand' });
  const access = useOrgAccess();
  const organization = useOrganization(orgId);
  const plan = useOrgPlan(orgId);
  const canManage = access.canManage && !access.readOnly;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState query={plan}>
        {({ plan: current }) => (
          <Stack gap="xl">
            {!current.whiteLabel && (
              <Alert color="yellow" variant="light" title={t('plan.title')} data-testid="brand-plan-gate">
                <Stack gap={6}>
                  <Text size="sm">{t('plan.body')}</Text>
                  <RouterAnchor to="/orgs/$orgId/plan" params={{ orgId }} size="sm" fw={600}>
                    {t('plan.link')}
                  </RouterAnchor>
                </Stack>
              </Alert>
            )}
            {!canManage && <Text c="dimmed">{t('readOnly')}</Text>}
            <QueryState query={organization}>
              {(loaded) => (
                <BrandForm organization={loaded} editable={canManage && current.whiteLabel} readOnly={!canManage} />
              )}
            </QueryState>
            {(access.canManage || access.readOnly) && <PortalDomains orgId={orgId} />}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
