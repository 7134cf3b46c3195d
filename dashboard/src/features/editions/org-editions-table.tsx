import { Anchor, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatNumber } from '@/lib/format';
import type { OrgEdition } from './queries/org-editions';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { EditionDecisions } from './edition-decisions';
import { EditionStatusBadge } from './edition-status-badge';

const column = createColumnHelper<OrgEdition>();

/** The advertiser's editions: who runs each, where, how it does, and the decisions its status allows. */
export function OrgEditionsTable({
  orgId,
  editions,
  withActions,
  filtered,
}: {
  orgId: string;
  editions: OrgEdition[];
  withActions: boolean;
  filtered: boolean;
}) {
  const { t, i18n } = useTranslation('editions');
  const lng = i18n.language;
  const count = (id: 'visitors' | 'signups' | 'sales') =>
    column.accessor((row) => row.stats[id], {
      id,
      header: t(`columns.${id === 'signups' ? 'signUps' : id}`),
      meta: { numeric: true, phone: id === 'visitors' ? 'hidden' : 'secondary' },
      cell: ({ getValue }) => formatNumber(getValue(), lng),
    });
  const columns = [
    column.accessor('name', {
      header: t('columns.edition'),
      cell: ({ row: { original: e } }) => (
        <Stack gap={0} miw={160}>
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {e.name}
          </Text>
          {e.status === 'active' ? (
            <Anchor href={`https://${e.host}`} target="_blank" rel="noopener noreferrer" size="xs">
              {e.host}
            </Anchor>
          ) : (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {e.host}
            </Text>
          )}
        </Stack>
      ),
    }),
    column.accessor((row) => row.affiliate.name || row.affiliate.email, {
      id: 'affiliate',
      header: t('columns.affiliate'),
      cell: ({ row: { original: e } }) => (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {e.affiliate.name || e.affiliate.email}
        </Text>
      ),
    }),
    column.accessor('appName', { header: t('columns.app'), meta: { phone: 'hidden' } }),
    column.accessor('status', {
      header: t('columns.status'),
      cell: ({ row: { original: e } }) => (
        // Wide enough for the longest status ("Waiting for approval", "Ждёт одобрения") on one line.
        <Stack gap={2} miw={170} maw={240} align="flex-start">
          <EditionStatusBadge status={e.status} />
          {e.statusReason && (e.status === 'rejected' || e.status === 'suspended') && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {e.statusReason}
            </Text>
          )}
        </Stack>
      ),
    }),
    count('visitors'),
    count('signups'),
    count('sales'),
    column.accessor((row) => row.stats.commissionMinor, {
      id: 'commission',
      header: t('columns.commission'),
      meta: { numeric: true },
      cell: ({ row: { original: e } }) =>
        e.stats.currency ? formatMoney(e.stats.commissionMinor, e.stats.currency, lng) : '—',
    }),
    column.accessor('createdAt', {
      header: t('columns.created'),
      meta: { phone: 'hidden' },
      cell: ({ getValue }) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(getValue(), lng)}
        </Text>
      ),
    }),
    ...(withActions
      ? [
          column.display({
            id: 'actions',
            header: t('columns.actions'),
            cell: ({ row }) => <EditionDecisions orgId={orgId} edition={row.original} />,
          }),
        ]
      : []),
  ];
  return (
    <DataTable
      caption={t('org.caption')}
      columns={columns}
      data={editions}
      getRowId={(row) => row.id}
      rowTestId={(row) => `edition-${row.host}`}
      empty={
        <EmptyState
          title={t(filtered ? 'org.emptyFiltered' : 'org.emptyTitle')}
          description={t(filtered ? 'org.emptyFilteredHint' : 'org.emptyDescription')}
        />
      }
    />
  );
}
