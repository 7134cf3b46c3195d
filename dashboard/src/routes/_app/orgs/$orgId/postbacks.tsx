import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { OrgDeliveriesFilters } from '@/features/postbacks';
import { OrgDeliveriesTable } from '@/features/postbacks';
import { PageHeader } from '@/ui/page-header';
import { type OrgPostbacksSearch, orgPostbacksSearchSchema } from '@/features/postbacks';

export const Route = createFileRoute('/_app/orgs/$orgId/postbacks')({
  validateSearch: orgPostbacksSearchSchema,
  component: OrgPostbacksPage,
});

// Hooks take the route id instead of `Route.use…`, which would make this file a chunk the login page loads.
function OrgPostbacksPage() {
  const { t } = useTranslation('orgconversions');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/postbacks' });
  const search = useSearch({ from: '/_app/orgs/$orgId/postbacks' }) as OrgPostbacksSearch;
  const navigate = useNavigate({ from: '/orgs/$orgId/postbacks' });
  const setSearch = (next: Partial<OrgPostbacksSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  return (
    <>
      <PageHeader title={t('postbacks.title')} description={t('postbacks.description')} />
      <OrgDeliveriesFilters orgId={orgId} search={search} onChange={setSearch} />
      <OrgDeliveriesTable orgId={orgId} search={search} onChange={setSearch} />
    </>
  );
}
