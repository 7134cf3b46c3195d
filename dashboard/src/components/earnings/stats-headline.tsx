import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber, formatPercent } from '../../lib/format';
import type { StatsReport } from '../../queries/affiliate-stats';
import { DeltaText } from './delta-text';

type Metrics = StatsReport['rows'][number]['metrics'];
type Money = StatsReport['rows'][number]['money'];

const conversionsOf = (m: Metrics | undefined) =>
  m && m.leads !== null && m.sales !== null ? m.leads + m.sales : null;

function Card({ label, value, delta, testId }: { label: string; value: ReactNode; delta: ReactNode; testId: string }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" data-testid={testId}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed" fw={600}>
          {label}
        </Text>
        <Text fz={{ base: 'lg', sm: 26 }} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="value">
          {value}
        </Text>
        {delta}
      </Stack>
    </Paper>
  );
}

/** The period's totals against the previous period of the same length: counts, rates and money per currency. */
export function StatsHeadline({ report }: { report: StatsReport }) {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  const row = report.rows[0];
  const metrics = row?.metrics;
  const previous = row?.previous;
  const money: Money = row?.money ?? [];
  const previousMoney = (currency: string) => previous?.money.find((m) => m.currency === currency);
  const number = (value: number | null | undefined) => (value == null ? '—' : formatNumber(value, lng));
  const percent = (value: number | null | undefined) => (value == null ? '—' : formatPercent(value, lng, 2));

  const counts: {
    key: 'clicks' | 'uniqueClicks' | 'conversions' | 'cr';
    value: string;
    now: number | null;
    before: number | null;
  }[] = [
    {
      key: 'clicks',
      value: number(metrics?.clicks ?? 0),
      now: metrics?.clicks ?? 0,
      before: previous?.metrics.clicks ?? 0,
    },
    {
      key: 'uniqueClicks',
      value: number(metrics?.uniqueClicks ?? 0),
      now: metrics?.uniqueClicks ?? 0,
      before: previous?.metrics.uniqueClicks ?? 0,
    },
    {
      key: 'conversions',
      value: number(conversionsOf(metrics) ?? 0),
      now: conversionsOf(metrics) ?? 0,
      before: conversionsOf(previous?.metrics) ?? 0,
    },
    { key: 'cr', value: percent(metrics?.cr), now: metrics?.cr ?? null, before: previous?.metrics.cr ?? null },
  ];

  return (
    <SimpleGrid cols={{ base: 2, lg: 3 }} spacing="md" mb="lg" data-testid="stats-headline">
      {counts.map((c) => (
        <Card
          key={c.key}
          testId={`card-${c.key}`}
          label={t(`stats.metrics.${c.key}`)}
          value={c.value}
          delta={<DeltaText current={c.now} previous={c.before} />}
        />
      ))}
      {money.length === 0 ? (
        <>
          <Card testId="card-epc" label={t('stats.metrics.epc')} value="—" delta={null} />
          <Card testId="card-earnings" label={t('stats.metrics.earnings')} value="—" delta={null} />
        </>
      ) : (
        money.map((m) => (
          <Fragment key={m.currency}>
            <Card
              testId={`card-epc-${m.currency}`}
              label={t('stats.metrics.epcIn', { currency: m.currency })}
              value={m.epc === null ? '—' : formatMoney(m.epc, m.currency, lng)}
              delta={<DeltaText current={m.epc} previous={previousMoney(m.currency)?.epc ?? 0} />}
            />
            <Card
              testId={`card-earnings-${m.currency}`}
              label={t('stats.metrics.earningsIn', { currency: m.currency })}
              value={formatMoney(m.payoutMinor, m.currency, lng)}
              delta={<DeltaText current={m.payoutMinor} previous={previousMoney(m.currency)?.payoutMinor ?? 0} />}
            />
          </Fragment>
        ))
      )}
    </SimpleGrid>
  );
}
