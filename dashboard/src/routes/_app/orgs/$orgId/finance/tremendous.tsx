import { createFileRoute, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { TremendousConnection, useOrgTremendous } from '@/features/payouts';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { useOrgAccess } from '@/lib/access/use-org-access';

export const Route = createFileRoute('/_app/orgs/$orgId/finance/tremendous')({
  component: OrgTremendousPage,
});

function OrgTremendousPage() {
  const { t } = useTranslation('orgtremendous');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/finance/tremendous' });
  const access = useOrgAccess();
  const query = useOrgTremendous(orgId);
  // Owners (and platform staff) change the connection; finance and support only read it, as the API allows.
  const canEdit = !access.readOnly && (access.role === 'owner' || access.role === 'platform_staff');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState query={query}>
        {(account) => <TremendousConnection orgId={orgId} account={account} canEdit={canEdit} />}
      </QueryState>
    </>
  );
}
