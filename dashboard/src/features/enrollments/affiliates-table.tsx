import { Group, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatNumber } from '@/lib/format';
import type { Enrollment, EnrollmentTotals } from './queries/org-enrollments';
import { DataTable } from '@/ui/data-table';
import { GroupBadge } from './group-badge';
import { MoveEnrollmentButton } from './move-enrollment-button';
import { EmptyState } from '@/ui/empty-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { affiliateName } from './affiliate-name';
import { EnrollmentActions } from './enrollment-actions';
import { ApplicationButton } from './application-button';

export type AffiliateRow = Enrollment & { totals: EnrollmentTotals | null };

const column = createColumnHelper<AffiliateRow>();

type AffiliatesTableProps = {
  orgId: string;
  rows: AffiliateRow[];
  /** Lifetime figures are shown (the enrolled tab, for roles that may read the stats). */
  withMetrics: boolean;
  /** Approve, suspend… buttons (managers only; support staff only read). */
  withActions: boolean;
  sort: string | undefined;
  onSortChange: (sort: string | undefined) => void;
  hasMore: boolean;
  onLoadMore: () => void;
  loadingMore: boolean;
  emptyTitle: string;
};

export function AffiliatesTable(props: AffiliatesTableProps) {
  const { t, i18n } = useTranslation('orgprograms');
  const num = (value: number | undefined) => formatNumber(value ?? 0, i18n.language);
  const money = (row: AffiliateRow, minor: number | null | undefined) =>
    row.totals?.currency && minor !== null && minor !== undefined
      ? formatMoney(minor, row.totals.currency, i18n.language)
      : '—';
  // On phones a card keeps conversions and earnings; clicks and EPC wait for the wider table or the profile.
  const metric = (id: 'clicks' | 'conversions' | 'earnings' | 'epc', render: (row: AffiliateRow) => string) =>
    column.accessor((row) => row.totals, {
      id,
      header: t(`affiliates.table.${id}`),
      enableSorting: true,
      meta: { numeric: true, phone: id === 'clicks' || id === 'epc' ? 'hidden' : 'secondary' },
      cell: ({ row }) => (
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {render(row.original)}
        </Text>
      ),
    });
  const columns = [
    column.accessor((row) => affiliateName(row.affiliate), {
      id: 'affiliate',
      header: t('affiliates.table.affiliate'),
      enableSorting: false,
      cell: ({ row: { original: e } }) => (
        <Stack gap={0} miw={180}>
          <RouterAnchor
            to="/orgs/$orgId/affiliates/$enrollmentId"
            params={{ orgId: props.orgId, enrollmentId: e.id }}
            fw={600}
            size="sm"
          >
            {affiliateName(e.affiliate)}
          </RouterAnchor>
        </Stack>
      ),
    }),
    column.accessor('programName', { header: t('affiliates.table.program'), enableSorting: false }),
    column.accessor((row) => row.group.name, {
      id: 'group',
      header: t('affiliates.table.group'),
      enableSorting: false,
      cell: ({ row }) => (
        <Group gap={2} wrap="nowrap">
          <GroupBadge group={row.original.group} />
          {props.withActions && <MoveEnrollmentButton orgId={props.orgId} enrollment={row.original} />}
        </Group>
      ),
    }),
    ...(props.withMetrics
      ? [
          metric('clicks', (r) => num(r.totals?.clicks)),
          metric('conversions', (r) => num(r.totals?.conversions)),
          metric('earnings', (r) => money(r, r.totals?.earningsMinor)),
          // EPC is a fraction of a minor unit per click; the currency's own rounding shows it.
          metric('epc', (r) => money(r, r.totals?.epc)),
        ]
      : []),
    column.accessor((row) => row.approvedAt ?? row.appliedAt ?? row.createdAt, {
      id: 'date',
      header: t('affiliates.table.date'),
      meta: { phone: 'hidden' },
      enableSorting: false,
      cell: ({ getValue }) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(getValue(), i18n.language)}
        </Text>
      ),
    }),
    column.display({
      id: 'application',
      header: t('affiliates.table.application'),
      cell: ({ row }) => <ApplicationButton enrollment={row.original} name={affiliateName(row.original.affiliate)} />,
    }),
    column.accessor('statusReason', {
      header: t('affiliates.table.reason'),
      meta: { phone: 'hidden' },
      enableSorting: false,
      cell: ({ getValue }) => (
        <Text size="sm" lineClamp={2} maw={240}>
          {getValue() ?? '—'}
        </Text>
      ),
    }),
    ...(props.withActions
      ? [
          column.display({
            id: 'actions',
            header: t('affiliates.table.actions'),
            cell: ({ row }) => <EnrollmentActions orgId={props.orgId} enrollment={row.original} />,
          }),
        ]
      : []),
  ];
  return (
    <DataTable
      caption={t('affiliates.table.caption')}
      columns={columns}
      data={props.rows}
      getRowId={(row) => row.id}
      sort={props.withMetrics ? props.sort : undefined}
      onSortChange={props.withMetrics ? props.onSortChange : undefined}
      hasMore={props.hasMore}
      onLoadMore={props.onLoadMore}
      loadingMore={props.loadingMore}
      empty={<EmptyState title={props.emptyTitle} description={t('affiliates.emptyDescription')} />}
    />
  );
}
