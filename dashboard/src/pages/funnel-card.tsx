import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '@/lib/format';
import type { OrgReport } from '@/features/stats';
import { EmptyState } from '@/ui/empty-state';
import { SectionCard } from '@/ui/section-card';

type Step = { key: 'clicks' | 'leads' | 'sales'; value: number; color: string };

/**
 * Clicks → leads → sales of the period, each bar as long as its share of the largest step, leads and sales with
 * their rate of clicks. Of clicks, not step to step: many apps sell without a lead first, so "sales of leads"
 * would read 400 %.
 */
export function FunnelCard({ report }: { report: OrgReport }) {
  const { t, i18n } = useTranslation('orgsetup');
  const lng = i18n.language;
  const m = report.rows[0]?.metrics;
  // The colours of the same series in the charts beside it (stats-chart.tsx).
  const steps: Step[] = [
    { key: 'clicks', value: m?.clicks ?? 0, color: 'iris.6' },
    { key: 'leads', value: m?.leads ?? 0, color: 'cyan.7' },
    { key: 'sales', value: m?.sales ?? 0, color: 'iris.8' },
  ];
  const clicks = steps[0]!.value;
  const largest = Math.max(...steps.map((s) => s.value));
  return (
    <SectionCard
      title={t('overview.funnel.title')}
      mb="lg"
      h="calc(100% - var(--mantine-spacing-lg))"
      data-testid="funnel"
    >
      {largest === 0 ? (
        <EmptyState title={t('overview.funnel.emptyTitle')} description={t('overview.funnel.emptyDescription')} />
      ) : (
        <Stack gap="lg" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {steps.map((s, i) => (
            <Stack key={s.key} gap={6} component="li" data-testid={`funnel-${s.key}`}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={500}>
                  {t(`overview.funnel.${s.key}`)}
                </Text>
                <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatNumber(s.value, lng)}
                </Text>
              </Group>
              <Progress value={(s.value / largest) * 100} color={s.color} size="lg" radius="sm" aria-hidden />
              {i > 0 && (
                <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {clicks > 0
                    ? t('overview.funnel.rate', { rate: formatPercent(s.value / clicks, lng) })
                    : t('overview.funnel.noClicks')}
                </Text>
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
