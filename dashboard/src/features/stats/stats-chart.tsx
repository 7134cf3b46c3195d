import { SimpleGrid, Stack } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHour, formatMoney, formatNumber, formatShortDay } from '@/lib/format';
import { EmptyState } from '@/ui/empty-state';
import {
  type AlignedPoint,
  alignSeries,
  bucketRangeText,
  chartBuckets,
  currenciesOf,
  pickCounts,
  pickMoney,
  previousRange,
  type SeriesRow,
} from './chart-series';
import { LazyMetricChart as MetricChart } from './lazy-metric-chart';
import type { MetricPoint } from './metric-chart';
import type { ReportRows } from './report-types';
import { SectionCard } from '@/ui/section-card';

type StatsChartProps = {
  report: ReportRows;
  from: string;
  to: string;
  /** The same report for the period just before (see previousRange), drawn faint and dashed; none to not compare. */
  previous?: { rows: SeriesRow[] } | null;
};

const PREVIOUS = { color: 'gray.6', type: 'line', strokeDasharray: '5 4' } as const;

/**
 * The period bucket by bucket, one chart per scale: clicks as an area, conversions as bars (leads and sales),
 * and money as bars of its own chart per currency (revenue and payout for an advertiser, earnings for an
 * affiliate): a day's amount, not a line drawn between days.
 */
export const StatsChart = memo(StatsCharts);

// Memoised: its page re-renders as each of its other queries (filters' options, breakdown, headline) arrives, and
// recharts redraws every chart on each render; the report objects are kept as they are by react-query.
function StatsCharts({ report, from, to, previous }: StatsChartProps) {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  const hourly = report.granularity === 'hour';
  const timeZone = report.timeZone ?? 'UTC';
  const buckets = chartBuckets(from, to, hourly);
  const before = previous ? previousRange(from, to) : null;
  const input = {
    buckets,
    previousBuckets: before ? chartBuckets(before.from, before.to, hourly) : null,
    rows: report.rows,
    previousRows: previous?.rows ?? null,
    hourly,
  };
  const label = (bucket: string) =>
    hourly ? formatHour(`${bucket}:00:00Z`, lng) : formatShortDay(`${bucket}T00:00:00Z`, lng);
  const base = <K extends string>(point: AlignedPoint<K>) => ({
    label: label(point.bucket),
    range: bucketRangeText(point.bucket, hourly, lng),
    previousRange: point.previousBucket ? bucketRangeText(point.previousBucket, hourly, lng) : null,
  });
  const count = (value: number) => formatNumber(value, lng);
  const xAxisLabel = t(hourly ? 'stats.chart.axisHour' : 'stats.chart.axisDay', { timeZone });
  const summary = (what: string) => t('stats.chart.summary', { what, count: buckets.length });
  const previousLabel = t('stats.chart.previous');

  if (report.rows.length === 0 && !(previous?.rows.length ?? 0)) {
    return (
      <SectionCard title={t(hourly ? 'stats.chart.titleHourly' : 'stats.chart.titleDaily')} mb="lg">
        <EmptyState title={t('stats.chart.emptyTitle')} description={t('stats.chart.emptyDescription')} />
      </SectionCard>
    );
  }

  const counts = alignSeries(input, pickCounts);
  const clicks: MetricPoint[] = counts.map((p) => ({
    ...base(p),
    clicks: p.current.clicks,
    previousClicks: p.previous?.clicks ?? null,
  }));
  const conversions: MetricPoint[] = counts.map((p) => ({
    ...base(p),
    leads: p.current.leads,
    sales: p.current.sales,
    previousConversions: p.previous ? p.previous.leads + p.previous.sales : null,
  }));
  const currencies = currenciesOf(report.rows, previous?.rows ?? null);
  // An advertiser's report carries revenue; an affiliate's only its own commission (earnings).
  const withRevenue = report.rows.some((row) => row.money?.some((m) => m.revenueMinor !== undefined));
  const main = withRevenue ? t('stats.chart.revenue') : t('stats.metrics.earnings');

  return (
    <SectionCard
      title={t(hourly ? 'stats.chart.titleHourly' : 'stats.chart.titleDaily')}
      mb="lg"
      data-testid="stats-chart"
    >
      <Stack gap="xl">
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
          <MetricChart
            testId="chart-clicks"
            title={t('stats.metrics.clicks')}
            summary={summary(t('stats.metrics.clicks'))}
            data={clicks}
            series={[
              { name: 'clicks', label: t('stats.metrics.clicks'), color: 'iris.6', type: 'area' },
              ...(previous ? [{ ...PREVIOUS, name: 'previousClicks', label: previousLabel }] : []),
            ]}
            yAxisLabel={t('stats.metrics.clicks')}
            xAxisLabel={xAxisLabel}
            format={count}
            timeZone={timeZone}
          />
          <MetricChart
            testId="chart-conversions"
            title={t('stats.metrics.conversions')}
            summary={summary(t('stats.metrics.conversions'))}
            data={conversions}
            series={[
              { name: 'leads', label: t('stats.chart.leads'), color: 'cyan.7', type: 'bar' },
              { name: 'sales', label: t('stats.chart.sales'), color: 'iris.8', type: 'bar' },
              ...(previous ? [{ ...PREVIOUS, name: 'previousConversions', label: previousLabel }] : []),
            ]}
            yAxisLabel={t('stats.metrics.conversions')}
            xAxisLabel={xAxisLabel}
            format={count}
            timeZone={timeZone}
          />
        </SimpleGrid>
        {currencies.length > 0 && (
          <SimpleGrid cols={{ base: 1, lg: currencies.length > 1 ? 2 : 1 }} spacing="xl">
            {currencies.map((currency) => {
              const money = alignSeries(input, pickMoney(currency));
              const data: MetricPoint[] = money.map((p) => ({
                ...base(p),
                revenueMinor: p.current.revenueMinor,
                payoutMinor: p.current.payoutMinor,
                previousMain: p.previous ? (withRevenue ? p.previous.revenueMinor : p.previous.payoutMinor) : null,
              }));
              const title = t('stats.chart.moneyIn', { currency });
              return (
                <MetricChart
                  key={currency}
                  testId={`chart-money-${currency}`}
                  title={title}
                  summary={summary(title)}
                  data={data}
                  series={[
                    withRevenue
                      ? { name: 'revenueMinor', label: main, color: 'teal.7', type: 'bar' }
                      : { name: 'payoutMinor', label: main, color: 'teal.7', type: 'bar' },
                    ...(withRevenue
                      ? [
                          {
                            name: 'payoutMinor',
                            label: t('stats.chart.payout'),
                            color: 'iris.7',
                            type: 'bar',
                          } as const,
                        ]
                      : []),
                    ...(previous ? [{ ...PREVIOUS, name: 'previousMain', label: `${main}, ${previousLabel}` }] : []),
                  ]}
                  yAxisLabel={currency}
                  xAxisLabel={xAxisLabel}
                  format={(minor) => formatMoney(minor, currency, lng)}
                  timeZone={timeZone}
                />
              );
            })}
          </SimpleGrid>
        )}
      </Stack>
    </SectionCard>
  );
}
