import { createFileRoute, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PaypalConnection } from '@/features/payouts';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { useOrgPaypal } from '@/features/payouts';

export const Route = createFileRoute('/_app/orgs/$orgId/finance/paypal')({
  component: OrgPaypalPage,
});

function OrgPaypalPage() {
  const { t } = useTranslation('orgpaypal');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/finance/paypal' });
  const access = useOrgAccess();
  const query = useOrgPaypal(orgId);
  // The API lets owners (and platform staff) change the connection; finance and support only read it.
  const canEdit = !access.readOnly && (access.role === 'owner' || access.role === 'platform_staff');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState query={query}>
        {(account) => <PaypalConnection orgId={orgId} account={account} canEdit={canEdit} />}
      </QueryState>
    </>
  );
}
