import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import type { OrgReport } from '@/features/stats';
import { ComparedPeriod } from '@/features/stats';
import { DeltaText } from '@/features/stats';
import { MetricCard } from '@/features/organizations';

type Metrics = OrgReport['rows'][number]['metrics'];

const conversionsOf = (m: Metrics | undefined) => (m ? (m.leads ?? 0) + (m.sales ?? 0) : 0);

/**
 * The period's clicks and conversions, then revenue, payout, profit and ROI once per currency (money is never
 * added across currencies), each against the previous period of the same length.
 */
export function OrgHeadline({ report }: { report: OrgReport }) {
  const { t, i18n } = useTranslation('orgsetup');
  const lng = i18n.language;
  const row = report.rows[0];
  const previous = row?.previous;
  const money = row?.money ?? [];
  const asMoney = (currency: string) => (minor: number) => formatMoney(minor, currency, lng);
  const before = (currency: string) => previous?.money.find((m) => m.currency === currency);
  const roi = (value: number | null | undefined) => (value == null ? '—' : formatPercent(value, lng));
  return (
    <Stack gap="md" mb="lg" data-testid="overview-headline">
      <ComparedPeriod period={report.previousPeriod} timeZone={report.timeZone} />
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        <MetricCard
          testId="card-clicks"
          label={t('overview.metrics.clicks')}
          value={formatNumber(row?.metrics.clicks ?? 0, lng)}
          delta={<DeltaText current={row?.metrics.clicks ?? 0} previous={previous?.metrics.clicks ?? 0} />}
        />
        <MetricCard
          testId="card-conversions"
          label={t('overview.metrics.conversions')}
          value={formatNumber(conversionsOf(row?.metrics), lng)}
          delta={<DeltaText current={conversionsOf(row?.metrics)} previous={conversionsOf(previous?.metrics)} />}
        />
      </SimpleGrid>
      {money.map((m) => (
        <Stack key={m.currency} gap="xs" data-testid={`money-${m.currency}`}>
          <Title order={2} fz="h5">
            {t('overview.metrics.inCurrency', { currency: m.currency })}
          </Title>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
            <MetricCard
              testId={`card-revenue-${m.currency}`}
              label={t('overview.metrics.revenue')}
              value={formatMoney(m.revenueMinor, m.currency, lng)}
              delta={
                <DeltaText
                  current={m.revenueMinor}
                  previous={before(m.currency)?.revenueMinor ?? 0}
                  format={asMoney(m.currency)}
                />
              }
            />
            <MetricCard
              testId={`card-payout-${m.currency}`}
              label={t('overview.metrics.payout')}
              value={formatMoney(m.payoutMinor, m.currency, lng)}
              delta={
                <DeltaText
                  current={m.payoutMinor}
                  previous={before(m.currency)?.payoutMinor ?? 0}
                  format={asMoney(m.currency)}
                />
              }
            />
            <MetricCard
              testId={`card-profit-${m.currency}`}
              label={t('overview.metrics.profit')}
              value={formatMoney(m.profitMinor, m.currency, lng)}
              delta={
                <DeltaText
                  current={m.profitMinor}
                  previous={before(m.currency)?.profitMinor ?? 0}
                  format={asMoney(m.currency)}
                />
              }
            />
            <MetricCard
              testId={`card-roi-${m.currency}`}
              label={t('overview.metrics.roi')}
              value={roi(m.roi)}
              delta={<DeltaText current={m.roi} previous={before(m.currency)?.roi ?? null} rate />}
            />
          </SimpleGrid>
        </Stack>
      ))}
    </Stack>
  );
}
