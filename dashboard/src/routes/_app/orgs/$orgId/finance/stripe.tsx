import { createFileRoute, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RailFeesCard } from '@/components/finance/rail-fees-card';
import { StripeConnection } from '@/components/org-stripe/stripe-connection';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { useOrgStripe } from '@/queries/org-stripe';
import { useRailFees } from '@/queries/rail-fees';

export const Route = createFileRoute('/_app/orgs/$orgId/finance/stripe')({
  component: OrgStripePage,
});

function OrgStripePage() {
  const { t } = useTranslation('orgstripe');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/finance/stripe' });
  const access = useOrgAccess();
  const query = useOrgStripe(orgId);
  const fees = useRailFees(orgId);
  // Owners (and platform staff) change the connection; finance and support only read it, as the API allows.
  const canEdit = !access.readOnly && (access.role === 'owner' || access.role === 'platform_staff');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState query={query}>
        {(account) => <StripeConnection orgId={orgId} account={account} canEdit={canEdit} />}
      </QueryState>
      <QueryState query={fees}>
        {(data) => <RailFeesCard key={orgId} orgId={orgId} fees={data} canEdit={canEdit} />}
      </QueryState>
    </>
  );
}
