import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResolvedDateRange } from '@/lib/date-range';
import { formatMoney, formatNumber } from '@/lib/format';
import { useAffiliateReport } from '@/features/stats';
import { StatsChart } from '@/features/stats';
import { QueryState } from '@/ui/query-state';

type AffiliateStatsProps = {
  orgId: string;
  affiliateId: string;
  programId: string;
  range: ResolvedDateRange;
};

/** The affiliate's clicks and conversions over the period (a chart) and its totals, from the org report. */
export function AffiliateStats({ orgId, affiliateId, programId, range }: AffiliateStatsProps) {
  const { t, i18n } = useTranslation('orgprograms');
  const filter = { affiliateId, programId };
  const hourly = range.from === range.to;
  const series = useAffiliateReport(orgId, filter, range, hourly ? 'hour' : 'day', true);
  const totals = useAffiliateReport(orgId, filter, range, 'total', true);
  return (
    <Stack gap="md">
      <QueryState query={totals}>
        {(report) => {
          const row = report.rows[0];
          const conversions = (row?.metrics.leads ?? 0) + (row?.metrics.sales ?? 0);
          const payouts = (row?.money ?? []).map((m) => formatMoney(m.payoutMinor, m.currency, i18n.language));
          const tiles = [
            { label: t('stats.clicks'), value: formatNumber(row?.metrics.clicks ?? 0, i18n.language) },
            { label: t('stats.conversions'), value: formatNumber(conversions, i18n.language) },
            { label: t('stats.payout'), value: payouts.join(' · ') || '—' },
          ];
          return (
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
              {tiles.map((tile) => (
                <Paper key={tile.label} withBorder p="md" radius="md">
                  <Text size="sm" c="dimmed">
                    {tile.label}
                  </Text>
                  <Text fz="xl" fw={700}>
                    {tile.value}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
          );
        }}
      </QueryState>
      <QueryState query={series}>
        {(report) => <StatsChart report={report} from={range.from} to={range.to} />}
      </QueryState>
    </Stack>
  );
}
