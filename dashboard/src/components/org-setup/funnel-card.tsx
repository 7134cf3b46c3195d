import '@mantine/charts/styles.css';
import { FunnelChart } from '@mantine/charts';
import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '@/lib/format';
import type { OrgReport } from '@/queries/org-report';
import { EmptyState } from '../empty-state';

type Step = { key: 'clicks' | 'leads' | 'sales'; value: number; color: string };

/**
 * Clicks → leads → sales of the period, each with its rate from the step before (sales from clicks when the
 * apps report no leads: many sell without one). The chart is the picture; the list under it is what a screen
 * reader and a careful reader use.
 */
export function FunnelCard({ report }: { report: OrgReport }) {
  const { t, i18n } = useTranslation('orgsetup');
  const lng = i18n.language;
  const m = report.rows[0]?.metrics;
  const steps: Step[] = [
    { key: 'clicks', value: m?.clicks ?? 0, color: 'blue.7' },
    { key: 'leads', value: m?.leads ?? 0, color: 'cyan.7' },
    { key: 'sales', value: m?.sales ?? 0, color: 'teal.7' },
  ];
  const rateOf = (i: number) => {
    if (i === 0) return null;
    const from = i === 2 && steps[1]!.value === 0 ? steps[0]! : steps[i - 1]!;
    return from.value > 0 ? { ratio: steps[i]!.value / from.value, from: from.key as 'clicks' | 'leads' } : null;
  };
  const empty = steps.every((s) => s.value === 0);
  return (
    <Paper withBorder p="md" radius="md" mb="lg" h="calc(100% - var(--mantine-spacing-lg))" data-testid="funnel">
      <Title order={2} fz="h4" mb="md">
        {t('overview.funnel.title')}
      </Title>
      {empty ? (
        <EmptyState title={t('overview.funnel.emptyTitle')} description={t('overview.funnel.emptyDescription')} />
      ) : (
        <Stack gap="md">
          <Center aria-hidden>
            <FunnelChart
              size={160}
              withTooltip={false}
              accessibilityLayer={false}
              data={steps.map((s) => ({
                name: t(`overview.funnel.${s.key}`),
                value: Math.max(s.value, 0),
                color: s.color,
              }))}
            />
          </Center>
          <Stack gap="xs" component="dl" m={0}>
            {steps.map((s, i) => {
              const rate = rateOf(i);
              return (
                <Group key={s.key} justify="space-between" gap="xs" wrap="nowrap">
                  <Text component="dt" size="sm" fw={500}>
                    {t(`overview.funnel.${s.key}`)}
                  </Text>
                  <Text component="dd" size="sm" m={0} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatNumber(s.value, lng)}
                    {i > 0 && (
                      <Text span size="xs" c="dimmed" ml={6}>
                        {rate
                          ? t('overview.funnel.rate', {
                              rate: formatPercent(rate.ratio, lng),
                              of: t(`overview.funnel.of.${rate.from}`),
                            })
                          : t('overview.funnel.noRate')}
                      </Text>
                    )}
                  </Text>
                </Group>
              );
            })}
          </Stack>
        </Stack>
      )}
    </Paper>
  );
}
