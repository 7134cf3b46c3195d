import { Group, Select, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { downloadStatementCsv, type Statement, useStatement, useStatementMonths } from './queries/statements';
import { DataTable } from '@/ui/data-table';
import { DownloadButton } from '@/ui/download-button';
import { EmptyState } from '@/ui/empty-state';
import { MoneyText } from '@/ui/money-text';
import { QueryState } from '@/ui/query-state';

type Row = Statement['currencies'][number];

const column = createColumnHelper<Row>();

/** One month's figures per currency: a table from `sm` up, a card per currency on phones. */
function StatementTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation('statements');
  // A money figure with how many lines or payouts made it, right-aligned as every money column.
  const amount = (minor: number, currency: string, note?: string, strong?: boolean) => (
    <Stack gap={0}>
      <MoneyText minor={minor} currency={currency} fw={strong ? 600 : undefined} />
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Stack>
  );
  const columns = [
    column.accessor('currency', { header: t('table.currency'), meta: { phone: 'primary' } }),
    column.accessor('earnedMinor', {
      header: t('table.earned'),
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => amount(r.earnedMinor, r.currency, t('table.lines', { count: r.earnedCount })),
    }),
    column.accessor('reversedMinor', {
      header: t('table.reversed'),
      meta: { numeric: true },
      cell: ({ row: { original: r } }) =>
        amount(r.reversedMinor, r.currency, t('table.lines', { count: r.reversedCount })),
    }),
    column.accessor('netMinor', {
      header: t('table.net'),
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => amount(r.netMinor, r.currency, undefined, true),
    }),
    column.accessor('paidMinor', {
      header: t('table.paid'),
      meta: { numeric: true },
      cell: ({ row: { original: r } }) => amount(r.paidMinor, r.currency, t('table.payouts', { count: r.paidCount })),
    }),
  ];
  return (
    <DataTable
      caption={t('table.caption')}
      columns={columns}
      data={rows}
      getRowId={(r) => r.currency}
      rowTestId={(r) => `statement-${r.currency}`}
      empty={null}
    />
  );
}

/** A month picker (months with activity, plus the current one), the month's figures and its CSV. */
export function StatementView({
  orgId,
  month,
  onMonth,
}: {
  orgId: string;
  month: string;
  onMonth: (month: string) => void;
}) {
  const { t, i18n } = useTranslation('statements');
  const months = useStatementMonths(orgId);
  const statement = useStatement(orgId, month);
  const options = [...new Set([month, new Date().toISOString().slice(0, 7), ...(months.data?.items ?? [])])]
    .sort()
    .reverse()
    .map((m) => ({
      value: m,
      label: new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${m}-01T00:00:00Z`),
      ),
    }));
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Select
          label={t('month')}
          data={options}
          value={month}
          onChange={(v) => v && onMonth(v)}
          allowDeselect={false}
          w={220}
          data-testid="statement-month"
        />
        <DownloadButton
          label={t('download')}
          fallbackName={`statement-${month}.csv`}
          fetchFile={() => downloadStatementCsv(orgId, month)}
        />
      </Group>
      <QueryState query={statement}>
        {(s) =>
          s.currencies.length === 0 ? (
            <EmptyState title={t('empty.title')} description={t('empty.description')} />
          ) : (
            <StatementTable rows={s.currencies} />
          )
        }
      </QueryState>
      <Text size="xs" c="dimmed">
        {t('definitions')}
      </Text>
    </Stack>
  );
}
