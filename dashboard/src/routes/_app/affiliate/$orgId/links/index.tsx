import { Group, Select } from '@mantine/core';
import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { LinksTable } from '@/features/links';
import { DateRangeFilter } from '@/ui/date-range-filter';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterButton } from '@/ui/router-button';
import { dateRangeSearch, resolveDateRange } from '@/lib/date-range';
import { useLinkPerformance, useLinks } from '@/features/links';
import { useMyPrograms } from '@/features/enrollments';

export const Route = createFileRoute('/_app/affiliate/$orgId/links/')({
  // The program filter and the period of the click counts live in the URL, so a view can be shared or reloaded.
  validateSearch: z.object({ ...dateRangeSearch, programId: z.catch(z.optional(z.uuid()), undefined) }),
  component: LinksPage,
});

function LinksPage() {
  const { t } = useTranslation('links');
  const { orgId } = useParams({ from: '/_app/affiliate/$orgId/links/' });
  const search = useSearch({ from: '/_app/affiliate/$orgId/links/' });
  const navigate = useNavigate({ from: '/affiliate/$orgId/links/' });
  const programs = useMyPrograms(orgId);
  const links = useLinks(orgId, search.programId);
  const range = resolveDateRange(search);
  const items = links.data?.pages.flatMap((page) => page.items) ?? [];
  const performance = useLinkPerformance(
    orgId,
    items.map((link) => link.id),
    range,
  );
  const programNames = new Map((programs.data ?? []).map((e) => [e.program.id, e.program.name]));

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <RouterButton to="/affiliate/$orgId/links/new" params={{ orgId }} search={{ programId: search.programId }}>
            {t('new')}
          </RouterButton>
        }
      />
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <Select
          label={t('filter.program')}
          placeholder={t('filter.allPrograms')}
          data={(programs.data ?? []).map((e) => ({ value: e.program.id, label: e.program.name }))}
          value={search.programId ?? null}
          onChange={(programId) =>
            void navigate({ search: (prev) => ({ ...prev, programId: programId ?? undefined }) })
          }
          clearable
          w={{ base: '100%', xs: 240 }}
        />
        <DateRangeFilter
          value={search}
          onChange={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }) })}
        />
      </Group>
      <QueryState query={links}>
        {() => (
          <LinksTable
            orgId={orgId}
            links={items}
            programNames={programNames}
            performance={performance.isError ? null : performance.data}
            hasMore={links.hasNextPage}
            onLoadMore={() => void links.fetchNextPage()}
            loadingMore={links.isFetchingNextPage}
          />
        )}
      </QueryState>
    </>
  );
}
