import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatHour, formatNumber, formatShortDay } from '@/lib/format';
import { EmptyState } from '../empty-state';
import type { ReportRows } from './report-types';

/** Clicks and conversions per day (per hour for a one-day range); conversions on their own right-hand scale. */
export function StatsChart({ report, from, to }: { report: ReportRows; from: string; to: string }) {
  const { t, i18n } = useTranslation('earnings');
  const hourly = report.granularity === 'hour';
  const clicks = t('stats.metrics.clicks');
  const conversions = t('stats.metrics.conversions');
  // The API answers only buckets with traffic; every day (or hour) of the range gets a point, zero when empty.
  const byBucket = new Map(report.rows.map((row) => [(row.bucketLocal ?? '').slice(0, hourly ? 13 : 10), row]));
  const data = bucketsOf(from, to, hourly).map((bucket) => {
    const row = byBucket.get(bucket);
    const local = hourly ? `${bucket}:00:00Z` : `${bucket}T00:00:00Z`;
    return {
      label: hourly ? formatHour(local, i18n.language) : formatShortDay(local, i18n.language),
      clicks: row?.metrics.clicks ?? 0,
      conversions: (row?.metrics.leads ?? 0) + (row?.metrics.sales ?? 0),
    };
  });
  const empty = report.rows.length === 0;
  return (
    <Paper withBorder p="md" radius="md" mb="lg">
      <Title order={2} fz="h4" mb="md">
        {t(hourly ? 'stats.chart.titleHourly' : 'stats.chart.titleDaily')}
      </Title>
      {empty ? (
        <EmptyState title={t('stats.chart.emptyTitle')} description={t('stats.chart.emptyDescription')} />
      ) : (
        <LineChart
          h={280}
          data={data}
          dataKey="label"
          withLegend
          withRightYAxis
          curveType="linear"
          withDots={data.length <= 31}
          series={[
            { name: 'clicks', label: clicks, color: 'blue.7' },
            { name: 'conversions', label: conversions, color: 'teal.8', yAxisId: 'right' },
          ]}
          valueFormatter={(value) => formatNumber(value, i18n.language)}
          role="img"
          aria-label={t('stats.chart.summary', { count: data.length })}
        />
      )}
    </Paper>
  );
}

/** Local bucket keys of the range: YYYY-MM-DD per day, or YYYY-MM-DDTHH per hour of a one-day range. */
function bucketsOf(from: string, to: string, hourly: boolean): string[] {
  if (hourly) return Array.from({ length: 24 }, (_, hour) => `${from}T${String(hour).padStart(2, '0')}`);
  const days: string[] = [];
  for (
    let day = new Date(`${from}T00:00:00Z`);
    day <= new Date(`${to}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1)
  )
    days.push(day.toISOString().slice(0, 10));
  return days;
}
