import { Group, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { downloadStatementCsv, type Statement, useStatement, useStatementMonths } from '@/queries/statements';
import { DownloadButton } from '../earnings/download-button';
import { EmptyState } from '../empty-state';
import { MoneyText } from '../money-text';
import { QueryState } from '../query-state';

type Row = Statement['currencies'][number];

function StatementTable({ rows }: { rows: Row[] }) {
  const { t } = useTranslation('statements');
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder data-testid="statement-table">
        <Table.Caption>{t('table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.currency')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.earned')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.reversed')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.net')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.paid')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.currency} data-testid={`statement-${r.currency}`}>
              <Table.Th scope="row">{r.currency}</Table.Th>
              <Table.Td ta="right">
                <MoneyText minor={r.earnedMinor} currency={r.currency} />
                <Text size="xs" c="dimmed">
                  {t('table.lines', { count: r.earnedCount })}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <MoneyText minor={r.reversedMinor} currency={r.currency} />
                <Text size="xs" c="dimmed">
                  {t('table.lines', { count: r.reversedCount })}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <MoneyText minor={r.netMinor} currency={r.currency} fw={600} />
              </Table.Td>
              <Table.Td ta="right">
                <MoneyText minor={r.paidMinor} currency={r.currency} />
                <Text size="xs" c="dimmed">
                  {t('table.payouts', { count: r.paidCount })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
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
