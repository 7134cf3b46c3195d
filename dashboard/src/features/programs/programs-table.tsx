import { Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { Program } from './queries/org-programs';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { RouterButton } from '@/ui/router-button';
import { ProgramStatusBadge } from './program-status-badge';
import { useCommissionText } from './use-commission-text';

const column = createColumnHelper<Program>();

type ProgramsTableProps = {
  orgId: string;
  programs: Program[];
  /** A status or search is applied: the empty state says so instead of inviting a first program. */
  filtered: boolean;
  canCreate: boolean;
  hasMore: boolean;
  onLoadMore: () => void;
  loadingMore: boolean;
};

export function ProgramsTable(props: ProgramsTableProps) {
  const { t, i18n } = useTranslation('orgprograms');
  const commission = useCommissionText();
  const columns = [
    column.accessor('name', {
      header: t('list.table.name'),
      cell: ({ row: { original: p } }) => (
        <RouterAnchor to="/orgs/$orgId/programs/$programId" params={{ orgId: props.orgId, programId: p.id }} fw={600}>
          {p.name}
        </RouterAnchor>
      ),
    }),
    column.accessor('status', {
      header: t('list.table.status'),
      cell: ({ getValue }) => <ProgramStatusBadge status={getValue()} />,
    }),
    column.display({
      id: 'commission',
      header: t('list.table.commission'),
      cell: ({ row: { original: p } }) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {t(`model.${p.payoutModel}`)} · {commission(p)}
        </Text>
      ),
    }),
    column.accessor('visibility', {
      header: t('list.table.visibility'),
      cell: ({ getValue }) => t(`visibility.${getValue()}`),
    }),
    column.accessor('createdAt', {
      header: t('list.table.created'),
      cell: ({ getValue }) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(getValue(), i18n.language)}
        </Text>
      ),
    }),
  ];
  return (
    <DataTable
      caption={t('list.table.caption')}
      columns={columns}
      data={props.programs}
      getRowId={(p) => p.id}
      hasMore={props.hasMore}
      onLoadMore={props.onLoadMore}
      loadingMore={props.loadingMore}
      empty={
        props.filtered ? (
          <EmptyState title={t('list.noMatchTitle')} description={t('list.noMatchDescription')} />
        ) : (
          <EmptyState
            title={t('list.emptyTitle')}
            description={t('list.emptyDescription')}
            action={
              props.canCreate && (
                <RouterButton to="/orgs/$orgId/programs/new" params={{ orgId: props.orgId }}>
                  {t('list.new')}
                </RouterButton>
              )
            }
          />
        )
      }
    />
  );
}
