import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { OrgConversionsFilters } from '@/features/conversions';
import { OrgConversionsTable } from '@/features/conversions';
import { PageHeader } from '@/ui/page-header';
import { type OrgConversionsSearch, orgConversionsSearchSchema } from '@/features/conversions';
import { OrgConversionsExports } from '@/features/conversions';

/** The page's URL: the date range and every filter the list API takes. */
export const Route = createFileRoute('/_app/orgs/$orgId/conversions/')({
  validateSearch: orgConversionsSearchSchema,
  component: OrgConversionsPage,
});

// Hooks take the route id instead of `Route.use…`, which would make this file a chunk the login page loads.
function OrgConversionsPage() {
  const { t } = useTranslation('orgconversions');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/conversions/' });
  const search = useSearch({ from: '/_app/orgs/$orgId/conversions/' }) as OrgConversionsSearch;
  const navigate = useNavigate({ from: '/orgs/$orgId/conversions/' });
  const setSearch = (next: Partial<OrgConversionsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  return (
    <>
      <PageHeader
        title={t('conversions.title')}
        description={t('conversions.description')}
        actions={<OrgConversionsExports orgId={orgId} search={search} />}
      />
      <OrgConversionsFilters orgId={orgId} search={search} onChange={setSearch} />
      <OrgConversionsTable orgId={orgId} search={search} />
    </>
  );
}
