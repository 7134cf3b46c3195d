import { createFileRoute, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RailFeesCard } from '@/features/rail-fees';
import { StripeConnection } from '@/features/stripe-payouts';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { useOrgStripe } from '@/features/stripe-payouts';
import { useRailFees } from '@/features/rail-fees';

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
