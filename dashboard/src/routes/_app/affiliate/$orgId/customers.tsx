import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type CustomersSearch, customersSearchSchema } from '@/features/customers';
import { CustomersExport } from '@/features/customers';
import { CustomersFilters } from '@/features/customers';
import { MyCustomersTable } from '@/features/customers';
import { PageHeader } from '@/ui/page-header';
import { useMyPrograms } from '@/features/enrollments';

export const Route = createFileRoute('/_app/affiliate/$orgId/customers')({
  validateSearch: customersSearchSchema,
  component: MyCustomersPage,
});

function MyCustomersPage() {
  const { t } = useTranslation('customers');
  const { orgId } = useParams({ from: '/_app/affiliate/$orgId/customers' });
  const search = useSearch({ from: '/_app/affiliate/$orgId/customers' }) as CustomersSearch;
  const navigate = useNavigate({ from: '/affiliate/$orgId/customers' });
  const setSearch = (next: Partial<CustomersSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  const programs = (useMyPrograms(orgId).data ?? []).map((p) => ({ value: p.program.id, label: p.program.name }));
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('myDescription')}
        actions={<CustomersExport orgId={orgId} search={search} audience="affiliate" />}
      />
      <CustomersFilters search={search} onChange={setSearch} programs={programs} />
      <MyCustomersTable orgId={orgId} search={search} />
    </>
  );
}
