import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '@/lib/format';
import { deltaOf } from './delta';

type DeltaTextProps = {
  current: number | null;
  previous: number | null;
  /** A rate (CR, ROI) changes by percentage points: "up 20 %" of a 5 % rate would read as 25 %. */
  rate?: boolean;
  /** How the figure reads (money, for instance) when the absolute change is shown; a plain number by default. */
  format?: (value: number) => string;
};

/** The change against the previous period (the rule in delta.ts): arrow, words, and the same words for screen readers. */
export function DeltaText({ current, previous, rate = false, format }: DeltaTextProps) {
  const { t, i18n } = useTranslation('earnings');
  const delta = deltaOf(current, previous, rate);
  if (delta.kind === 'none') return null;
  if (delta.kind === 'same' || delta.kind === 'new')
    return (
      <Text size="sm" c="dimmed" data-testid="delta">
        {t(`stats.delta.${delta.kind}`)}
      </Text>
    );
  const shown = format ?? ((value: number) => formatNumber(value, i18n.language));
  const words =
    delta.kind === 'points'
      ? t(delta.up ? 'stats.delta.upPoints' : 'stats.delta.downPoints', {
          points: formatNumber(delta.points, i18n.language, { maximumFractionDigits: 1 }),
        })
      : delta.kind === 'absolute'
        ? t(delta.up ? 'stats.delta.upBy' : 'stats.delta.downBy', {
            change: shown(delta.change),
            previous: shown(delta.previous),
          })
        : t(delta.up ? 'stats.delta.up' : 'stats.delta.down', {
            percent: formatPercent(delta.ratio, i18n.language),
          });
  return (
    <Text size="sm" c={delta.up ? 'teal' : 'red'} fw={600} data-testid="delta">
      <span aria-hidden>{delta.up ? '▲' : '▼'} </span>
      {words}
    </Text>
  );
}
