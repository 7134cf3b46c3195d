import { SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCountry, formatDateTime, formatMoney, formatNumber } from '@/lib/format';
import type { ResolvedDateRange } from '@/lib/date-range';
import { type LinkAnalytics as Analytics, useLinkAnalytics } from './queries/links';
import { QueryState } from '@/ui/query-state';
import { StatCard } from '@/features/stats';
import { StatsChart } from '@/features/stats';
import { useDeviceLabel } from '@/features/stats';
import { LinkBreakdown } from './link-breakdown';
import { linkDaysReport } from './link-days-report';
import { SectionCard } from '@/ui/section-card';

/** One link's period: totals, clicks and conversions per day, where the clicks came from, and its conversions. */
export function LinkAnalytics({ orgId, linkId, range }: { orgId: string; linkId: string; range: ResolvedDateRange }) {
  const query = useLinkAnalytics(orgId, linkId, range);
  return <QueryState query={query}>{(data) => <AnalyticsView data={data} range={range} />}</QueryState>;
}

function AnalyticsView({ data, range }: { data: Analytics; range: ResolvedDateRange }) {
  const { t, i18n } = useTranslation('links');
  const lng = i18n.language;
  const deviceLabel = useDeviceLabel();
  const earnings = data.totals.earnings.map((e) => formatMoney(e.amountMinor, e.currency, lng)).join(' · ') || '—';
  const report = linkDaysReport(data);
  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" mb="md">
        <StatCard
          testId="link-clicks"
          label={t('analytics.clicks')}
          value={formatNumber(data.totals.clicks, lng)}
          delta={null}
        />
        <StatCard
          testId="link-leads"
          label={t('analytics.leads')}
          value={formatNumber(data.totals.leads, lng)}
          delta={null}
        />
        <StatCard
          testId="link-sales"
          label={t('analytics.sales')}
          value={formatNumber(data.totals.sales, lng)}
          delta={null}
        />
        <StatCard testId="link-earnings" label={t('analytics.earnings')} value={earnings} delta={null} />
      </SimpleGrid>
      <StatsChart report={report} from={range.from} to={range.to} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mb="lg">
        <LinkBreakdown
          testId="link-referrers"
          title={t('analytics.referrers')}
          breakdown={data.referrers}
          label={(v) => v || t('analytics.direct')}
        />
        <LinkBreakdown
          testId="link-countries"
          title={t('analytics.countries')}
          breakdown={data.countries}
          label={(v) => (v === 'ZZ' ? t('analytics.unknown') : formatCountry(v, lng))}
        />
        <LinkBreakdown
          testId="link-devices"
          title={t('analytics.devices')}
          breakdown={data.devices}
          label={(v) => deviceLabel(v)}
        />
        <LinkBreakdown
          testId="link-browsers"
          title={t('analytics.browsers')}
          breakdown={data.browsers}
          label={(v) => v || t('analytics.unknown')}
        />
      </SimpleGrid>
      <SectionCard title={t('analytics.conversions')} id="link-conversions" mb="lg">
        {data.conversions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('analytics.noConversions')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing="xs" data-testid="link-conversion-rows">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('analytics.when')}</Table.Th>
                <Table.Th>{t('analytics.type')}</Table.Th>
                <Table.Th ta="right">{t('analytics.commission')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.conversions.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{formatDateTime(c.occurredAt, lng)}</Table.Td>
                  <Table.Td>
                    {t(`analytics.types.${c.eventType}` as 'analytics.types.sale', { defaultValue: c.eventType })}
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                    {c.commissions.map((m) => formatMoney(m.amountMinor, m.currency, lng)).join(' · ') || '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SectionCard>
    </>
  );
}
