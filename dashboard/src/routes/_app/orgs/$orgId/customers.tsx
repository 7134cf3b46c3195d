import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type CustomersSearch, customersSearchSchema } from '@/features/customers';
import { CustomersExport } from '@/features/customers';
import { CustomersFilters } from '@/features/customers';
import { CustomersTable } from '@/features/customers';
import { PageHeader } from '@/ui/page-header';
import { useOrgProgramOptions } from '@/features/organizations';

/** The page's URL holds every filter, so a filtered list can be shared. */
export const Route = createFileRoute('/_app/orgs/$orgId/customers')({
  validateSearch: customersSearchSchema,
  component: CustomersPage,
});

function CustomersPage() {
  const { t } = useTranslation('customers');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/customers' });
  const search = useSearch({ from: '/_app/orgs/$orgId/customers' }) as CustomersSearch;
  const navigate = useNavigate({ from: '/orgs/$orgId/customers' });
  const setSearch = (next: Partial<CustomersSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  const programs = useOrgProgramOptions(orgId).data ?? [];
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={<CustomersExport orgId={orgId} search={search} audience="advertiser" />}
      />
      <CustomersFilters search={search} onChange={setSearch} programs={programs} advertiserOrgId={orgId} />
      <CustomersTable orgId={orgId} search={search} />
    </>
  );
}
