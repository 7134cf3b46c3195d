// The charts' own styles travel with the chart that needs them (stats-chart.tsx does the same).
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '@/lib/format';
import type { BacktestResult } from './queries/backtest';
import { MoneyText } from '@/ui/money-text';
import { BacktestGroupChanges } from './backtest-group-changes';

type Compared = BacktestResult['totals'][number];

/** A change in its currency, signed, coloured only as a hint (the sign says it in words too). */
function Delta({ row }: { row: Compared }) {
  const { t } = useTranslation('backtest');
  if (row.deltaMinor === 0)
    return (
      <Text span size="sm">
        {t('same')}
      </Text>
    );
  const { i18n } = useTranslation();
  const sign = row.deltaMinor > 0 ? '+' : '';
  return (
    <Text
      span
      size="sm"
      fw={600}
      c={row.deltaMinor > 0 ? 'red.9' : 'teal.9'}
      style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
    >
      {sign}
      {formatMoney(row.deltaMinor, row.currency, i18n.language)}
    </Text>
  );
}

function ComparedTable({
  caption,
  first,
  rows,
}: {
  caption: string;
  first: string;
  rows: (Compared & { name: string })[];
}) {
  const { t } = useTranslation('backtest');
  const money = { ta: 'right' as const };
  return (
    <>
      <Table.ScrollContainer minWidth={300} visibleFrom="sm">
        <Table striped verticalSpacing="xs" horizontalSpacing="xs" captionSide="top" fz="sm">
          <Table.Caption ta="left">{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th fz="xs">{first}</Table.Th>
              <Table.Th fz="xs" {...money}>
                {t('actual')}
              </Table.Th>
              <Table.Th fz="xs" {...money}>
                {t('proposed')}
              </Table.Th>
              <Table.Th fz="xs" {...money}>
                {t('change')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.name}-${row.currency}`}>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td {...money}>
                  <MoneyText size="sm" minor={row.actualMinor} currency={row.currency} />
                </Table.Td>
                <Table.Td {...money}>
                  <MoneyText size="sm" minor={row.proposedMinor} currency={row.currency} />
                </Table.Td>
                <Table.Td {...money}>
                  <Delta row={row} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {/* On a phone, one card per row: four money columns do not fit 375 px. */}
      <Stack gap="xs" hiddenFrom="sm">
        <Text size="sm" c="dimmed">
          {caption}
        </Text>
        <Stack gap="xs" role="list" aria-label={caption}>
          {rows.map((row) => (
            <Paper key={`${row.name}-${row.currency}`} withBorder p="xs" radius="sm" role="listitem">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={600} truncate>
                  {row.name}
                </Text>
                <Delta row={row} />
              </Group>
              <SimpleGrid cols={2} spacing="xs" mt={4}>
                <Text size="xs" c="dimmed">
                  {t('actual')}:{' '}
                  <MoneyText size="xs" minor={row.actualMinor} currency={row.currency} c="var(--mantine-color-text)" />
                </Text>
                <Text size="xs" c="dimmed">
                  {t('proposed')}:{' '}
                  <MoneyText
                    size="xs"
                    minor={row.proposedMinor}
                    currency={row.currency}
                    c="var(--mantine-color-text)"
                  />
                </Text>
              </SimpleGrid>
            </Paper>
          ))}
        </Stack>
      </Stack>
    </>
  );
}

/** Totals per currency, the month by month chart (the first currency), the ten biggest changes per affiliate and the group changes. */
export function BacktestResultView({ result }: { result: BacktestResult }) {
  const { t, i18n } = useTranslation('backtest');
  const currency = result.totals[0]?.currency ?? 'USD';
  const months = result.months
    .filter((m) => m.currency === currency)
    .map((m) => ({ month: m.month, actual: m.actualMinor / 100, proposed: m.proposedMinor / 100 }));
  const format = (major: number) => formatMoney(Math.round(major * 100), currency, i18n.language);
  return (
    <Stack gap="lg" data-testid="backtest-result">
      <Text size="sm">
        {t('summary', {
          conversions: formatNumber(result.conversions, i18n.language),
          changed: formatNumber(result.changedConversions, i18n.language),
        })}
      </Text>
      <ComparedTable
        caption={t('totals')}
        first={t('currency')}
        rows={result.totals.map((r) => ({ ...r, name: r.currency }))}
      />
      {/* The replay counts commissions only: a workflow's bonus (on a move to a group) is not in any figure here. */}
      <Text size="sm" c="dimmed" data-testid="backtest-bonuses-note">
        {t('bonusesLeftOut')}
      </Text>
      <Stack gap="xs">
        <Title order={4} fz="sm" fw={600}>
          {t('byMonth', { currency })}
        </Title>
        <BarChart
          h={220}
          data={months}
          dataKey="month"
          series={[
            { name: 'actual', label: t('actual'), color: 'gray.6' },
            { name: 'proposed', label: t('proposed'), color: 'blue.7' },
          ]}
          withLegend
          legendProps={{ verticalAlign: 'top', height: 36 }}
          valueFormatter={format}
          yAxisProps={{ width: 80 }}
          role="img"
          aria-label={t('chartLabel', { currency })}
          tooltipAnimationDuration={0}
        />
      </Stack>
      {result.affiliates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(result.groupChangeCount > 0 ? 'noCommissionChangesButMoves' : 'noAffiliateChanges')}
        </Text>
      ) : (
        <ComparedTable
          caption={t('affiliates')}
          first={t('affiliate')}
          rows={result.affiliates.map((a) => ({ ...a, name: a.affiliateName }))}
        />
      )}
      <BacktestGroupChanges result={result} />
    </Stack>
  );
}
