import { Badge, Card, Text, Title } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { type MyRecruit, useMyRecruits } from './queries/recruitment';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { QueryState } from '@/ui/query-state';

const column = createColumnHelper<MyRecruit>();

const STATUS_COLOR: Record<MyRecruit['status'], string> = {
  approved: 'teal',
  pending_approval: 'yellow',
  unverified: 'gray',
  banned: 'red',
  deleted: 'gray',
};

/** The affiliates who signed up through the link: name as they gave it, when they joined, where they stand. */
export function RecruitsTable() {
  const { t, i18n } = useTranslation('recruit');
  const query = useMyRecruits();
  const columns = [
    column.accessor('displayName', {
      header: t('recruits.columns.name'),
      cell: (i) =>
        i.getValue() ?? (
          <Text span c="dimmed" size="sm">
            {t('recruits.noName')}
          </Text>
        ),
    }),
    column.accessor('joinedAt', {
      header: t('recruits.columns.joined'),
      cell: (i) => (
        <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(i.getValue(), i18n.language)}
        </Text>
      ),
    }),
    column.accessor('status', {
      header: t('recruits.columns.status'),
      cell: (i) => (
        <Badge
          variant="light"
          color={STATUS_COLOR[i.getValue()]}
          miw="fit-content"
          styles={{ label: { overflow: 'visible' } }}
        >
          {t(`recruits.status.${i.getValue()}`)}
        </Badge>
      ),
    }),
  ];
  return (
    <Card withBorder radius="md" p="lg">
      <Title order={2} fz="h4" mb="md">
        {t('recruits.title')}
      </Title>
      <QueryState query={query}>
        {(data) => (
          <DataTable
            caption={t('recruits.title')}
            columns={columns}
            data={data.pages.flatMap((p) => p.items)}
            getRowId={(row) => row.id}
            hasMore={query.hasNextPage}
            onLoadMore={() => void query.fetchNextPage()}
            loadingMore={query.isFetchingNextPage}
            empty={<EmptyState title={t('recruits.emptyTitle')} description={t('recruits.emptyDescription')} />}
          />
        )}
      </QueryState>
    </Card>
  );
}
