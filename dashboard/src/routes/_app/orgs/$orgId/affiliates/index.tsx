import { Group, Select, Tabs } from '@mantine/core';
import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { AffiliatesTable } from '@/components/org-affiliates/affiliates-table';
import { sortByTotals } from '@/components/org-affiliates/sort-by-totals';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { sortSearch } from '@/lib/table-search';
import { useEnrollmentTotals, useOrgEnrollments } from '@/queries/org-enrollments';
import { useOrgPrograms } from '@/queries/org-programs';

const TABS = ['pending', 'active', 'suspended', 'rejected', 'terminated'] as const;

export const Route = createFileRoute('/_app/orgs/$orgId/affiliates/')({
  // The tab (enrollment status), program and sort live in the URL: the applications queue is a shareable link.
  validateSearch: z.object({
    status: z.catch(z.optional(z.enum(TABS)), undefined),
    programId: z.catch(z.optional(z.uuid()), undefined),
    ...sortSearch(['clicks', 'conversions', 'earnings', 'epc']),
  }),
  component: AffiliatesPage,
});

function AffiliatesPage() {
  const { t } = useTranslation('orgprograms');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/affiliates/' });
  const search = useSearch({ from: '/_app/orgs/$orgId/affiliates/' });
  const navigate = useNavigate({ from: '/orgs/$orgId/affiliates/' });
  const access = useOrgAccess();
  const status = search.status ?? 'pending';
  const programs = useOrgPrograms(orgId);
  const enrollments = useOrgEnrollments(orgId, { status, programId: search.programId });
  // The stats routes answer managers, finance and support; the enrolled tab shows the figures to them.
  const withMetrics = status === 'active' && (access.canManage || access.canReadMoney);
  const totals = useEnrollmentTotals(orgId, search.programId, withMetrics);

  return (
    <>
      <PageHeader title={t('affiliates.title')} description={t('affiliates.description')} />
      <Group gap="sm" mb="md" align="flex-end">
        <Select
          label={t('affiliates.program')}
          placeholder={t('affiliates.allPrograms')}
          data={(programs.data?.pages.flatMap((page) => page.items) ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={search.programId ?? null}
          onChange={(programId) =>
            void navigate({ search: (prev) => ({ ...prev, programId: programId ?? undefined }) })
          }
          clearable
          searchable
          w={{ base: '100%', xs: 280 }}
        />
      </Group>
      <Tabs
        value={status}
        onChange={(next) =>
          void navigate({
            search: (prev) => ({ ...prev, status: next === 'pending' ? undefined : (next as (typeof TABS)[number]) }),
          })
        }
        mb="md"
      >
        <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto' }}>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value} style={{ whiteSpace: 'nowrap' }}>
              {t(`affiliates.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <QueryState query={enrollments}>
        {(data) => {
          const rows = data.pages
            .flatMap((page) => page.items)
            .map((e) => ({ ...e, totals: totals.data?.get(e.id) ?? null }));
          return (
            <AffiliatesTable
              orgId={orgId}
              rows={withMetrics ? sortByTotals(rows, search.sort) : rows}
              withMetrics={withMetrics}
              withActions={access.canManage && !access.readOnly}
              sort={search.sort}
              onSortChange={(sort) => void navigate({ search: (prev) => ({ ...prev, sort }) })}
              hasMore={enrollments.hasNextPage}
              onLoadMore={() => void enrollments.fetchNextPage()}
              loadingMore={enrollments.isFetchingNextPage}
              emptyTitle={t(`affiliates.empty.${status}`)}
            />
          );
        }}
      </QueryState>
    </>
  );
}
