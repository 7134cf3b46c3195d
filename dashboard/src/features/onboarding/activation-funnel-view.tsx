import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { type ActivationFunnel, useActivationFunnel } from './queries/onboarding';
import { EmptyState } from '@/ui/empty-state';
import { QueryState } from '@/ui/query-state';
import { useFormatDuration, useStepText } from './use-step-text';

const PERIODS = [3, 6, 12, 24] as const;
type Cohort = ActivationFunnel['total'];

/** One cell: how many reached the step, their share of the step before, and the median time from approval. */
function Cell({ cohort, index }: { cohort: Cohort; index: number }) {
  const { t, i18n } = useTranslation('onboarding');
  const duration = useFormatDuration();
  const step = cohort.steps[index]!;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {formatNumber(step.reached, i18n.language)}
      </Text>
      {step.fromPreviousBps !== null && (
        <Text size="xs" c="dimmed">
          {t('funnel.share', { share: formatPercent(step.fromPreviousBps / 10_000, i18n.language, 0) })}
        </Text>
      )}
      {step.medianSeconds !== null && (
        <Text size="xs" c="dimmed">
          {t('funnel.median', { time: duration(step.medianSeconds) })}
        </Text>
      )}
    </Stack>
  );
}

function FunnelTable({ funnel }: { funnel: ActivationFunnel }) {
  const { t, i18n } = useTranslation('onboarding');
  const text = useStepText();
  const columns = [funnel.total, ...funnel.cohorts];
  const label = (c: Cohort) =>
    c.month === 'all'
      ? t('funnel.all')
      : new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${c.month}-01T00:00:00Z`),
        );
  return (
    <Table.ScrollContainer minWidth={Math.max(480, 160 + columns.length * 130)}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="activation-funnel-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('funnel.step')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.month} scope="col">
                {label(c)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t('funnel.joined')}</Table.Th>
            {columns.map((c) => (
              <Table.Td key={c.month}>
                <Text size="sm" fw={600}>
                  {formatNumber(c.joined, i18n.language)}
                </Text>
              </Table.Td>
            ))}
          </Table.Tr>
          {funnel.steps.map((step, index) => (
            <Table.Tr key={step.id}>
              <Table.Th scope="row">{text(step).title}</Table.Th>
              {columns.map((c) => (
                <Table.Td key={c.month}>
                  <Cell cohort={c} index={index} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The program's activation funnel: a chart of every month together, and the table by month of approval. */
export function ActivationFunnelView({ orgId, programId }: { orgId: string; programId: string }) {
  const { t, i18n } = useTranslation('onboarding');
  const text = useStepText();
  const [months, setMonths] = useState<number>(6);
  const query = useActivationFunnel(orgId, programId, months);
  return (
    <Stack gap="md">
      <Select
        label={t('funnel.period')}
        data={PERIODS.map((n) => ({ value: String(n), label: t('funnel.months', { count: n }) }))}
        value={String(months)}
        onChange={(v) => v && setMonths(Number(v))}
        allowDeselect={false}
        maw={240}
      />
      <QueryState query={query}>
        {(funnel) =>
          funnel.total.joined === 0 ? (
            <EmptyState title={t('funnel.empty')} />
          ) : (
            <Stack gap="md">
              <Stack gap="xs">
                <Title order={3} fz="sm" fw={600}>
                  {t('funnel.chartTitle')}
                </Title>
                <BarChart
                  // One bar per step, the steps' names on their own axis: they stay readable at 375 px.
                  h={Math.max(200, funnel.steps.length * 44)}
                  orientation="vertical"
                  data={funnel.steps.map((step, i) => ({
                    step: text(step).title,
                    reached: funnel.total.steps[i]!.reached,
                  }))}
                  dataKey="step"
                  series={[{ name: 'reached', label: t('funnel.chartLabel'), color: 'teal.8' }]}
                  xAxisProps={{ allowDecimals: false }}
                  yAxisProps={{ width: 150, interval: 0, tick: { fontSize: 12 } }}
                  gridAxis="x"
                  maxBarWidth={28}
                  tooltipAnimationDuration={0}
                  role="img"
                  aria-label={t('funnel.chartSummary', {
                    joined: funnel.total.joined,
                    from: formatDate(funnel.from, i18n.language),
                  })}
                />
              </Stack>
              <FunnelTable funnel={funnel} />
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
