import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '@/lib/format';

type DeltaTextProps = {
  current: number | null;
  previous: number | null;
  /** A rate (CR, ROI) changes by percentage points: "up 20 %" of a 5 % rate would read as 25 %. */
  rate?: boolean;
};

/** The change against the previous period: arrow, percent (or points for a rate), and words for screen readers. */
export function DeltaText({ current, previous, rate = false }: DeltaTextProps) {
  const { t, i18n } = useTranslation('earnings');
  if (current === null || previous === null) return null;
  if (rate) {
    const points = (current - previous) * 100;
    if (Math.abs(points) < 0.05)
      return (
        <Text size="sm" c="dimmed" data-testid="delta">
          {t('stats.delta.same')}
        </Text>
      );
    const up = points > 0;
    return (
      <Text size="sm" c={up ? 'teal' : 'red'} fw={600} data-testid="delta">
        <span aria-hidden>{up ? '▲' : '▼'} </span>
        {t(up ? 'stats.delta.upPoints' : 'stats.delta.downPoints', {
          points: formatNumber(Math.abs(points), i18n.language, { maximumFractionDigits: 1 }),
        })}
      </Text>
    );
  }
  if (previous === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="delta">
        {current === 0 ? t('stats.delta.same') : t('stats.delta.new')}
      </Text>
    );
  }
  const change = (current - previous) / Math.abs(previous);
  const percent = formatPercent(Math.abs(change), i18n.language);
  if (change === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="delta">
        {t('stats.delta.same')}
      </Text>
    );
  const up = change > 0;
  return (
    <Text size="sm" c={up ? 'teal' : 'red'} fw={600} data-testid="delta">
      <span aria-hidden>{up ? '▲' : '▼'} </span>
      {t(up ? 'stats.delta.up' : 'stats.delta.down', { percent })}
    </Text>
  );
}
