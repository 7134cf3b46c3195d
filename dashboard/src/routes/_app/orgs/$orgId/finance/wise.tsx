import { createFileRoute, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useOrgWise, WiseConnection } from '@/features/payouts';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { useOrgAccess } from '@/lib/access/use-org-access';

export const Route = createFileRoute('/_app/orgs/$orgId/finance/wise')({
  component: OrgWisePage,
});

function OrgWisePage() {
  const { t } = useTranslation('orgwise');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/finance/wise' });
  const access = useOrgAccess();
  const query = useOrgWise(orgId);
  // Owners (and platform staff) change the connection; finance and support only read it, as the API allows.
  const canEdit = !access.readOnly && (access.role === 'owner' || access.role === 'platform_staff');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState query={query}>
        {(account) => <WiseConnection orgId={orgId} account={account} canEdit={canEdit} />}
      </QueryState>
    </>
  );
}
