import { Paper, Stack, Text, Title } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { OrgReport } from '@/queries/org-report';
import { DataTable } from '../data-table';
import { EmptyState } from '../empty-state';
import { MoneyText } from '../money-text';

type Row = OrgReport['rows'][number] & { id: string; label: string };
const column = createColumnHelper<Row>();

type TopTableProps = {
  title: string;
  nameHeader: string;
  report: OrgReport;
  dimension: 'program' | 'affiliate';
  /** The display name of a program or affiliate id (the report answers ids only). */
  nameOf: (id: string) => string;
  testId: string;
};

/** The five programs or affiliates with the most conversions in the period, money per currency. */
export function TopTable({ title, nameHeader, report, dimension, nameOf, testId }: TopTableProps) {
  const { t, i18n } = useTranslation('orgsetup');
  const rows: Row[] = report.rows.map((row) => {
    const id = row.dimensions[dimension] ?? '';
    return { ...row, id, label: nameOf(id) };
  });
  const moneyCell = (key: 'revenueMinor' | 'payoutMinor') =>
    function MoneyCell({ row }: { row: { original: Row } }) {
      const money = row.original.money;
      if (money.length === 0) return '—';
      return (
        <Stack gap={0}>
          {money.map((m) => (
            <MoneyText key={m.currency} minor={m[key]} currency={m.currency} size="sm" />
          ))}
        </Stack>
      );
    };
  const columns = [
    column.accessor('label', {
      header: nameHeader,
      cell: (info) => (
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {info.getValue()}
        </Text>
      ),
    }),
    column.accessor((row) => row.metrics.clicks ?? 0, {
      id: 'clicks',
      header: t('overview.metrics.clicks'),
      cell: (info) => formatNumber(info.getValue(), i18n.language),
    }),
    column.accessor((row) => (row.metrics.leads ?? 0) + (row.metrics.sales ?? 0), {
      id: 'conversions',
      header: t('overview.metrics.conversions'),
      cell: (info) => formatNumber(info.getValue(), i18n.language),
    }),
    column.display({ id: 'revenue', header: t('overview.metrics.revenue'), cell: moneyCell('revenueMinor') }),
    column.display({ id: 'payout', header: t('overview.metrics.payout'), cell: moneyCell('payoutMinor') }),
  ];
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Title order={2} fz="h4" mb="sm">
        {title}
      </Title>
      <DataTable
        caption={title}
        columns={columns}
        data={rows}
        getRowId={(row) => row.id}
        empty={<EmptyState title={t('overview.top.emptyTitle')} description={t('overview.top.emptyDescription')} />}
      />
    </Paper>
  );
}
