import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatHour, formatNumber, formatShortDay } from '../../lib/format';
import type { StatsReport } from '../../queries/affiliate-stats';
import { EmptyState } from '../empty-state';

/** Clicks and conversions per day (per hour for a one-day range); conversions on their own right-hand scale. */
export function StatsChart({ report }: { report: StatsReport }) {
  const { t, i18n } = useTranslation('earnings');
  const hourly = report.granularity === 'hour';
  const clicks = t('stats.metrics.clicks');
  const conversions = t('stats.metrics.conversions');
  const data = report.rows.map((row) => {
    // bucketLocal is the wall-clock start in the report's zone, e.g. 2026-11-23T00:00.
    const local = `${row.bucketLocal ?? ''}:00Z`;
    return {
      label: hourly ? formatHour(local, i18n.language) : formatShortDay(local, i18n.language),
      clicks: row.metrics.clicks ?? 0,
      conversions: (row.metrics.leads ?? 0) + (row.metrics.sales ?? 0),
    };
  });
  return (
    <Paper withBorder p="md" radius="md" mb="lg">
      <Title order={2} fz="h4" mb="md">
        {t(hourly ? 'stats.chart.titleHourly' : 'stats.chart.titleDaily')}
      </Title>
      {data.length === 0 ? (
        <EmptyState title={t('stats.chart.emptyTitle')} description={t('stats.chart.emptyDescription')} />
      ) : (
        <LineChart
          h={280}
          data={data}
          dataKey="label"
          withLegend
          withRightYAxis
          curveType="monotone"
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
