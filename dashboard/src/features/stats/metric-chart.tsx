import '@mantine/charts/styles.css';
import { ChartTooltip, CompositeChart, type CompositeChartSeries } from '@mantine/charts';
import { Stack, Title } from '@mantine/core';

export type MetricPoint = { label: string; range: string; previousRange: string | null } & Record<
  string,
  number | string | null
>;

export type MetricChartProps = {
  title: string;
  /** Names the chart for screen readers, with its period: the picture itself says nothing to them. */
  summary: string;
  data: MetricPoint[];
  series: CompositeChartSeries[];
  yAxisLabel: string;
  xAxisLabel: string;
  /** Exact values in the tooltip and on the axis: counts or money in its currency. */
  format: (value: number) => string;
  /** The report's time zone, named in every tooltip beside the bucket's range. */
  timeZone: string;
  testId: string;
};

/**
 * One chart of one scale: bars or an area for this period and a faint dashed line for the previous one, axes
 * labelled, and a tooltip that names the bucket's time range in the report's time zone with exact values.
 */
export function MetricChart(props: MetricChartProps) {
  return (
    <Stack gap="xs" data-testid={props.testId}>
      <Title order={3} fz="sm" fw={600}>
        {props.title}
      </Title>
      <CompositeChart
        // Taller on phones, where the legend may take three lines of the chart's height.
        h={{ base: 280, sm: 220 }}
        data={props.data}
        dataKey="label"
        series={props.series}
        curveType="linear"
        withLegend={props.series.length > 1}
        // No fixed height: on a phone the legend wraps onto two or three lines, and recharts then keeps the plot
        // below it instead of drawing the legend over the bars.
        legendProps={{ verticalAlign: 'top' }}
        withDots={false}
        maxBarWidth={28}
        gridAxis="x"
        yAxisLabel={props.yAxisLabel}
        xAxisLabel={props.xAxisLabel}
        yAxisProps={{ width: 72, allowDecimals: false }}
        valueFormatter={props.format}
        role="img"
        aria-label={props.summary}
        tooltipAnimationDuration={0}
        tooltipProps={{
          content: ({ payload }) => {
            const point = payload?.[0]?.payload as MetricPoint | undefined;
            if (!point) return null;
            // The dashed series carries the previous period's own date, so "Nov 16" is not read as "Nov 23".
            const series = props.series.map((s) =>
              s.strokeDasharray && point.previousRange ? { ...s, label: `${s.label} (${point.previousRange})` } : s,
            );
            return (
              <ChartTooltip
                label={`${point.range} · ${props.timeZone}`}
                payload={payload}
                series={series}
                valueFormatter={props.format}
              />
            );
          },
        }}
      />
    </Stack>
  );
}
