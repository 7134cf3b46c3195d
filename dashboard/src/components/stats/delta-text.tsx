import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../lib/format';

type DeltaTextProps = {
  current: number | null;
  previous: number | null;
};

/** The change against the previous period: arrow, percent, and words for screen readers. */
export function DeltaText({ current, previous }: DeltaTextProps) {
  const { t, i18n } = useTranslation('earnings');
  if (current === null || previous === null) return null;
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
    <Text size="sm" c={up ? 'teal.9' : 'red.9'} fw={600} data-testid="delta">
      <span aria-hidden>{up ? '▲' : '▼'} </span>
      {t(up ? 'stats.delta.up' : 'stats.delta.down', { percent })}
    </Text>
  );
}
