import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import type { MyProgress } from './queries/program-workflows';
import { GroupBadge } from '@/features/enrollments';

/**
 * One program's way to its next tier: "8 of 20 sales in the last 30 days to Gold" over a bar. A revenue
 * target shows only its percent (an affiliate never sees the advertiser's revenue).
 */
export function TierProgress({ progress, showProgram }: { progress: MyProgress; showProgram?: boolean }) {
  const { t, i18n } = useTranslation('workflows');
  const lng = i18n.language;
  const { next } = progress;
  return (
    <Stack gap={6} data-testid="tier-progress">
      {showProgram && (
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600}>
            {progress.programName}
          </Text>
          <GroupBadge group={progress.group} />
        </Group>
      )}
      {next ? (
        <>
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {sentence(next, progress.terms.currency)} · {formatPercent(next.percent / 100, lng, 0)}
          </Text>
          <Progress
            value={next.percent}
            color={next.targetGroup.color}
            aria-label={t('progress.bar', { group: next.targetGroup.name })}
          />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('progress.top')}
        </Text>
      )}
    </Stack>
  );

  function sentence(n: NonNullable<MyProgress['next']>, currency: string): string {
    const window = n.windowDays === null ? t('sentence.lifetime') : t('sentence.lastDays', { count: n.windowDays });
    const metric = t(`progress.metricWords.${n.metric}`);
    const group = n.targetGroup.name;
    if (n.value === null || n.threshold === null)
      return t('progress.percentOnly', { percent: formatPercent(n.percent / 100, lng, 0), metric, window, group });
    if (n.metric === 'commission_minor')
      return t('progress.money', {
        value: formatMoney(n.value, currency, lng),
        threshold: formatMoney(n.threshold, currency, lng),
        metric,
        window,
        group,
      });
    return t('progress.count', {
      value: formatNumber(n.value, lng),
      threshold: formatNumber(n.threshold, lng),
      metric,
      window,
      group,
    });
  }
}
