import { Tabs } from '@mantine/core';
import { createFileRoute, useNavigate, useParams, useRouteContext, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CommissionsTable } from '@/features/conversions';
import { ConversionsFilters } from '@/features/conversions';
import { ConversionsTable } from '@/features/conversions';
import { PageHeader } from '@/ui/page-header';
import { useMyPrograms } from '@/features/enrollments';
import { type ConversionsSearch, conversionsSearchSchema } from '@/features/conversions';
import { MyConversionsExport } from '@/features/conversions';

export const Route = createFileRoute('/_app/affiliate/$orgId/conversions/')({
  validateSearch: conversionsSearchSchema,
  component: ConversionsPage,
});

// Hooks take the route id instead of `Route.use…`: a split component importing this module would move it out of
// the entry into a chunk of its own, which the login page would then load too.
function ConversionsPage() {
  const { t } = useTranslation('earnings');
  const { orgId } = useParams({ from: '/_app/affiliate/$orgId/conversions/' });
  const { advertiser } = useRouteContext({ from: '/_app/affiliate/$orgId/conversions/' });
  const search = useSearch({ from: '/_app/affiliate/$orgId/conversions/' }) as ConversionsSearch;
  const navigate = useNavigate({ from: '/affiliate/$orgId/conversions/' });
  const setSearch = (next: Partial<ConversionsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  const programs = useMyPrograms(orgId).data ?? [];
  const tab = search.tab ?? 'conversions';
  return (
    <>
      <PageHeader
        title={t('conversions.title')}
        description={t('conversions.description', { advertiser: advertiser.name })}
        actions={<MyConversionsExport orgId={orgId} search={search} tab={tab} />}
      />
      <Tabs value={tab} onChange={(next) => setSearch({ tab: next === 'commissions' ? 'commissions' : undefined })}>
        <Tabs.List mb="md">
          <Tabs.Tab value="conversions">{t('conversions.tabs.conversions')}</Tabs.Tab>
          <Tabs.Tab value="commissions">{t('conversions.tabs.commissions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="conversions">
          <ConversionsFilters search={search} programs={programs} onChange={setSearch} />
          <ConversionsTable orgId={orgId} search={search} />
        </Tabs.Panel>
        <Tabs.Panel value="commissions">
          <ConversionsFilters search={search} programs={programs} onChange={setSearch} />
          <CommissionsTable orgId={orgId} search={search} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
