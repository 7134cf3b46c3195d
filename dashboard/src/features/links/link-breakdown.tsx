import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { LinkAnalytics } from './queries/links';
import { SectionCard } from '@/ui/section-card';

type Breakdown = LinkAnalytics['referrers'];

/** One breakdown of a link's clicks (referrers, countries, devices, browsers) as bars, the rest summed. */
export function LinkBreakdown({
  title,
  breakdown,
  label,
  testId,
}: {
  title: string;
  breakdown: Breakdown;
  label: (value: string) => string;
  testId: string;
}) {
  const { t, i18n } = useTranslation('links');
  const lng = i18n.language;
  const total = breakdown.items.reduce((n, i) => n + i.clicks, 0) + breakdown.otherClicks;
  const rows = [
    ...breakdown.items.map((i) => ({ key: i.value, name: label(i.value), clicks: i.clicks })),
    ...(breakdown.otherClicks > 0
      ? [{ key: '\u0000other', name: t('analytics.other'), clicks: breakdown.otherClicks }]
      : []),
  ];
  return (
    <SectionCard title={title} order={3} data-testid={testId}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('analytics.noClicks')}
        </Text>
      ) : (
        <Stack gap={8}>
          {rows.map((r) => (
            <div key={r.key}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {r.name}
                </Text>
                <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatNumber(r.clicks, lng)}
                </Text>
              </Group>
              <Progress value={total > 0 ? (r.clicks / total) * 100 : 0} size="sm" aria-hidden />
            </div>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
