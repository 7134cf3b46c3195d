import { Box, Stack, Title } from '@mantine/core';
import { useIntersection } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { MetricChartProps } from './metric-chart';
import { importMetricChart } from './metric-chart-import';

// recharts (through @mantine/charts) is the dashboard's heaviest chunk, and drawing a chart its heaviest render:
// the page's figures, table and requests need neither, so the chart code loads beside them, not before them.
const MetricChart = lazy(() => importMetricChart().then((m) => ({ default: m.MetricChart })));

/**
 * A MetricChart drawn once it comes within a screen of the viewport: a month's page holds three to five of
 * them, most below the fold on a phone. Until then a box of the chart's height keeps the layout still and
 * gives screen readers the chart's summary; while the chart's code loads, the box says it is busy.
 */
export function LazyMetricChart(props: MetricChartProps) {
  const { ref, entry } = useIntersection<HTMLDivElement>({ rootMargin: '100% 0px' });
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (entry?.isIntersecting) setNear(true);
  }, [entry?.isIntersecting]);
  const placeholder = (busy: boolean) => (
    <Stack gap="xs" data-testid={props.testId}>
      <Title order={3} fz="sm" fw={600}>
        {props.title}
      </Title>
      <Box h={{ base: 280, sm: 220 }} role="img" aria-label={props.summary} aria-busy={busy || undefined} />
    </Stack>
  );
  return (
    <div ref={ref}>
      {near ? (
        <Suspense fallback={placeholder(true)}>
          <MetricChart {...props} />
        </Suspense>
      ) : (
        placeholder(false)
      )}
    </div>
  );
}
