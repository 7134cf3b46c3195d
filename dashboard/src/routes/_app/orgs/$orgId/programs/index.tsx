import { Group, Select, TextInput } from '@mantine/core';
import { createFileRoute, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { ProgramsTable } from '@/features/programs';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterButton } from '@/ui/router-button';
import { useOrgAccess } from '@/lib/access/use-org-access';
import { useOrgPrograms } from '@/features/programs';

const STATUSES = ['draft', 'active', 'paused', 'archived'] as const;

export const Route = createFileRoute('/_app/orgs/$orgId/programs/')({
  // The status filter and the search text live in the URL, so a filtered list can be shared or reloaded.
  validateSearch: z.object({
    status: z.catch(z.optional(z.enum(STATUSES)), undefined),
    q: z.catch(z.optional(z.string().check(z.maxLength(200))), undefined),
  }),
  component: ProgramsPage,
});

function ProgramsPage() {
  const { t } = useTranslation('orgprograms');
  const { orgId } = useParams({ from: '/_app/orgs/$orgId/programs/' });
  const search = useSearch({ from: '/_app/orgs/$orgId/programs/' });
  const navigate = useNavigate({ from: '/orgs/$orgId/programs/' });
  const access = useOrgAccess();
  const programs = useOrgPrograms(orgId, search.status);
  const needle = (search.q ?? '').trim().toLowerCase();
  const canCreate = access.canManage && !access.readOnly;

  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          canCreate && (
            <RouterButton to="/orgs/$orgId/programs/new" params={{ orgId }}>
              {t('list.new')}
            </RouterButton>
          )
        }
      />
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <Select
          label={t('list.statusFilter')}
          value={search.status ?? 'all'}
          allowDeselect={false}
          onChange={(value) =>
            void navigate({
              search: (prev) => ({
                ...prev,
                status: !value || value === 'all' ? undefined : (value as (typeof STATUSES)[number]),
              }),
            })
          }
          data={[
            { value: 'all', label: t('list.all') },
            ...STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
          ]}
          w={{ base: '100%', xs: 200 }}
        />
        <TextInput
          label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          defaultValue={search.q ?? ''}
          onChange={(event) =>
            void navigate({
              search: (prev) => ({ ...prev, q: event.currentTarget.value || undefined }),
              replace: true,
            })
          }
          w={{ base: '100%', xs: 280 }}
        />
      </Group>
      <QueryState query={programs}>
        {(data) => {
          const items = data.pages
            .flatMap((page) => page.items)
            .filter((p) => !needle || p.name.toLowerCase().includes(needle) || p.slug.includes(needle));
          return (
            <ProgramsTable
              orgId={orgId}
              programs={items}
              filtered={Boolean(needle || search.status)}
              canCreate={canCreate}
              hasMore={programs.hasNextPage}
              onLoadMore={() => void programs.fetchNextPage()}
              loadingMore={programs.isFetchingNextPage}
            />
          );
        }}
      </QueryState>
    </>
  );
}
