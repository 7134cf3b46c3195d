import { createFileRoute, useParams, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/ui/page-header';
import { PlanUsageView } from '@/features/plans';
import { QueryState } from '@/ui/query-state';
import { useOrgPlan } from '@/features/plans';

export const Route = createFileRoute('/_app/orgs/$orgId/plan')({
  component: OrgPlanPage,
});

// Hooks take the route id instead of `Route.use…`, which would make this file a chunk the login page loads.
function OrgPlanPage() {
  const { t } = useTranslation('plans');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/plan' });
  const plan = useOrgPlan(orgId);
  const billingEnabled = useRouteContext({
    from: '/_app/orgs/$orgId',
    select: (context) => context.organization.billingEnabled,
  });
  return (
    <>
      <PageHeader title={t('usage.title')} description={t('usage.description')} />
      <QueryState query={plan}>
        {(data) => <PlanUsageView orgId={orgId} data={data} billingEnabled={billingEnabled} />}
      </QueryState>
    </>
  );
}
