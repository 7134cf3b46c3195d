import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '@/lib/format';
import type { MyEdition } from './queries/my-editions';

export type EditionStats = MyEdition['stats'];

/** An edition's results at a glance: visitors, sign-ups, sales and what the affiliate earned from them. */
export function EditionFigures({ stats }: { stats: EditionStats }) {
  const { t, i18n } = useTranslation('editions');
  const lng = i18n.language;
  const figures = [
    ['visitors', formatNumber(stats.visitors, lng)],
    ['signUps', formatNumber(stats.signups, lng)],
    ['sales', formatNumber(stats.sales, lng)],
    ['earnings', stats.currency ? formatMoney(stats.commissionMinor, stats.currency, lng) : '—'],
  ] as const;
  return (
    <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs" component="dl" m={0}>
      {figures.map(([key, value]) => (
        <Stack key={key} gap={0} data-testid={`edition-${key}`}>
          <Text component="dt" size="xs" c="dimmed">
            {t(`columns.${key}`)}
          </Text>
          <Text component="dd" m={0} fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
