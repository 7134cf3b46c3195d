import { SimpleGrid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '@/lib/format';
import { ComparedPeriod } from './compared-period';
import { DeltaText } from './delta-text';
import type { ReportMetrics, ReportRows } from './report-types';
import { StatCard } from './stat-card';

const conversionsOf = (m: ReportMetrics | undefined) =>
  m && m.leads !== null && m.sales !== null ? m.leads + m.sales : null;

/**
 * The period's totals against the previous period of the same length: the counts and rates here, and the
 * money cards of the reader's report (earnings for an affiliate; revenue, payout, profit for an advertiser).
 */
export function StatsHeadline({ report, money }: { report: ReportRows; money: ReactNode }) {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  const row = report.rows[0];
  const metrics = row?.metrics;
  const previous = row?.previous;
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
    <Stack gap="xs" mb="lg">
      <ComparedPeriod period={report.previousPeriod ?? null} timeZone={report.timeZone ?? 'UTC'} />
      <SimpleGrid cols={{ base: 2, lg: 3 }} spacing="md" data-testid="stats-headline">
        {counts.map((c) => (
          <StatCard
            key={c.key}
            testId={`card-${c.key}`}
            label={t(`stats.metrics.${c.key}`)}
            value={c.value}
            delta={<DeltaText current={c.now} previous={c.before} rate={c.key === 'cr'} />}
          />
        ))}
        {money}
      </SimpleGrid>
    </Stack>
  );
}
