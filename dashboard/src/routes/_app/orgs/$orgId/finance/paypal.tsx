import { createFileRoute, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PaypalConnection } from '@/components/org-paypal/paypal-connection';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { useOrgPaypal } from '@/queries/org-paypal';

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
