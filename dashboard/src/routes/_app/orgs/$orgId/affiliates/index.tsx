import { Badge, Group, Select, Tabs } from '@mantine/core';
import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { AFFILIATE_TABS, defaultAffiliateTab, TAB_NAMES } from '@/features/enrollments';
import { AffiliatesTable } from '@/features/enrollments';
import { sortByTotals } from '@/features/enrollments';
import { PageHeader } from '@/ui/page-header';
import { LoadingState } from '@/ui/loading-state';
import { QueryState } from '@/ui/query-state';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { sortSearch } from '@/lib/table-search';
import { formatNumber } from '@/lib/format';
import { useEnrollmentCounts, useEnrollmentTotals, useOrgEnrollments } from '@/features/enrollments';
import { useOrgPrograms } from '@/features/programs';

const TABS = AFFILIATE_TABS;

export const Route = createFileRoute('/_app/orgs/$orgId/affiliates/')({
  // The tab (enrollment status), program and sort live in the URL: the applications queue is a shareable link.
  validateSearch: z.object({
    status: z.catch(z.optional(z.enum(TABS)), undefined),
    // The tab by the name it shows ("?tab=enrolled"), as people write links; `status` wins when both are there.
    tab: z.catch(z.optional(z.enum(Object.keys(TAB_NAMES) as [string, ...string[]])), undefined),
    programId: z.catch(z.optional(z.uuid()), undefined),
    ...sortSearch(['clicks', 'conversions', 'earnings', 'epc']),
  }),
  component: AffiliatesPage,
});

function AffiliatesPage() {
  const { t, i18n } = useTranslation('orgprograms');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/affiliates/' });
  const search = useSearch({ from: '/_app/orgs/$orgId/affiliates/' });
  const navigate = useNavigate({ from: '/orgs/$orgId/affiliates/' });
  const access = useOrgAccess();
  const counts = useEnrollmentCounts(orgId, search.programId);
  const named = search.status ?? (search.tab ? TAB_NAMES[search.tab] : undefined);
  // Without a tab in the URL the list waits for the counts, then opens the tab that has people.
  const status = named ?? (counts.isPending ? undefined : defaultAffiliateTab(counts.data));
  const programs = useOrgPrograms(orgId);
  const enrollments = useOrgEnrollments(orgId, { status, programId: search.programId }, status !== undefined);
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
        value={status ?? null}
        onChange={(next) =>
          void navigate({
            // The chosen tab goes into the URL, so a reload or a shared link opens it whatever the counts say.
            search: (prev) => ({ ...prev, tab: undefined, status: (next ?? undefined) as (typeof TABS)[number] }),
          })
        }
        mb="md"
      >
        {/* Wraps onto a second line on phones rather than cutting a tab's name at the screen's edge. */}
        <Tabs.List style={{ flexWrap: 'wrap' }}>
          {TABS.map((value) => (
            <Tabs.Tab
              key={value}
              value={value}
              style={{ whiteSpace: 'nowrap' }}
              rightSection={
                counts.data ? (
                  <Badge
                    size="sm"
                    variant={counts.data[value] > 0 ? 'light' : 'default'}
                    circle={counts.data[value] < 10}
                  >
                    {formatNumber(counts.data[value], i18n.language)}
                  </Badge>
                ) : null
              }
              data-testid={`affiliates-tab-${value}`}
            >
              {t(`affiliates.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {status === undefined ? (
        <LoadingState />
      ) : (
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
      )}
    </>
  );
}
