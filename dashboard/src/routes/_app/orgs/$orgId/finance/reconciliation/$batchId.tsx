import { Alert, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { createFileRoute, useParams } from '@tanstack/react-router';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { BatchStatusBadge } from '@/features/payouts';
import { ItemStatusBadge } from '@/features/payouts';
import { MoneyText } from '@/ui/money-text';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import type { components } from '@/lib/api/schema.gen';
import { usePayoutReconciliation } from '@/features/payouts';

export const Route = createFileRoute('/_app/orgs/$orgId/finance/reconciliation/$batchId')({
  component: ReconciliationPage,
});

type Row = components['schemas']['ReconciledPayoutItem'];
const column = createColumnHelper<Row>();

/** Highlights a cell whose field PayPal reported differently. */
const differs = (row: Row, field: Row['differences'][number]) =>
  row.differences.includes(field) ? { backgroundColor: 'var(--mantine-color-red-light)' } : undefined;

function ReconciliationPage() {
  const { t } = useTranslation('finance');
  const { orgId, batchId } = useParams({ from: '/_app/orgs/$orgId/finance/reconciliation/$batchId' });
  const query = usePayoutReconciliation(orgId, batchId);
  const columns = [
    column.accessor((row) => row.item.receiverEmail, {
      id: 'receiver',
      header: t('batch.columns.receiver'),
      cell: (i) => <Text size="sm">{i.getValue()}</Text>,
    }),
    column.display({
      id: 'recorded',
      header: t('reconciliation.recorded'),
      cell: ({ row: { original } }) => (
        <Stack gap={4}>
          <ItemStatusBadge status={original.item.status} />
          <MoneyText minor={original.item.amountMinor} currency={original.item.currency} size="sm" />
          <Text size="xs" ff="monospace">
            {original.item.paypalTransactionId ?? '—'}
          </Text>
        </Stack>
      ),
    }),
    column.display({
      id: 'reported',
      header: t('reconciliation.reported'),
      cell: ({ row: { original } }) =>
        original.reported ? (
          <Stack gap={4}>
            <Text size="sm" ff="monospace" px={4} style={differs(original, 'status')}>
              {original.reported.transactionStatus}
            </Text>
            <Text size="sm" px={4} style={differs(original, 'amount') ?? differs(original, 'currency')}>
              {original.reported.amountValue ?? '—'} {original.reported.currency ?? ''}
            </Text>
            <Text size="xs" ff="monospace" px={4} style={differs(original, 'transaction')}>
              {original.reported.transactionId ?? '—'}
            </Text>
            {original.reported.receiver && (
              <Text size="xs" px={4} style={differs(original, 'receiver')}>
                {original.reported.receiver}
              </Text>
            )}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed" title={t('reconciliation.noReportHint')}>
            {t('reconciliation.noReport')}
          </Text>
        ),
    }),
    column.display({
      id: 'differences',
      header: t('reconciliation.differences'),
      cell: ({ row: { original } }) =>
        original.differences.length === 0 ? (
          <Text size="sm" c={original.reported ? 'teal' : 'dimmed'}>
            {original.reported ? t('reconciliation.matches') : t('reconciliation.none')}
          </Text>
        ) : (
          <Group gap={4}>
            {original.differences.map((field) => (
              <Badge key={field} color="red" variant="filled">
                {t(`reconciliation.field.${field}`)}
              </Badge>
            ))}
          </Group>
        ),
    }),
  ];
  return (
    <QueryState query={query}>
      {({ batch, parts, items }) => {
        const differing = items.items.filter((r) => r.differences.length > 0).length;
        return (
          <>
            <RouterAnchor to="/orgs/$orgId/finance/payouts/$batchId" params={{ orgId, batchId }} size="sm">
              ← {t('reconciliation.back')}
            </RouterAnchor>
            <PageHeader
              tabTitle={t('reconciliation.title')}
              title={
                <Group gap="sm" component="span">
                  {t('reconciliation.title')}
                  <BatchStatusBadge status={batch.status} />
                </Group>
              }
              description={t('reconciliation.description')}
            />
            <Stack gap="lg">
              {differing > 0 ? (
                <Alert color="red" variant="light" title={t('reconciliation.differ', { count: differing })} />
              ) : (
                <Alert color="teal" variant="light" title={t('reconciliation.allMatch')} />
              )}
              {parts.length > 0 && (
                <Table.ScrollContainer minWidth={400}>
                  <Table withTableBorder captionSide="top">
                    <Table.Caption>{t('reconciliation.parts')}</Table.Caption>
                    <Table.Tbody>
                      {parts.map((part) => (
                        <Table.Tr key={part.part}>
                          <Table.Td>{t('reconciliation.part', { part: part.part + 1 })}</Table.Td>
                          <Table.Td ff="monospace">{part.paypalBatchId ?? '—'}</Table.Td>
                          <Table.Td ff="monospace">{part.paypalStatus ?? '—'}</Table.Td>
                          <Table.Td>
                            <MoneyText minor={part.totalMinor} currency={batch.currency} size="sm" />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <DataTable
                caption={t('reconciliation.title')}
                columns={columns}
                data={items.items}
                getRowId={(row) => row.item.id}
                empty={<EmptyState title={t('reconciliation.emptyTitle')} />}
              />
            </Stack>
          </>
        );
      }}
    </QueryState>
  );
}
