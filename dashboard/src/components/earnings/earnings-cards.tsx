import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import type { StatsReport } from '@/queries/affiliate-stats';
import { DeltaText } from '../stats/delta-text';
import { StatCard } from '../stats/stat-card';

/** The affiliate's money in the headline: EPC and earnings per currency, against the previous period. */
export function EarningsCards({ report }: { report: StatsReport }) {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  const row = report.rows[0];
  const money = row?.money ?? [];
  const previousMoney = (currency: string) => row?.previous?.money.find((m) => m.currency === currency);
  if (money.length === 0)
    return (
      <>
        <StatCard testId="card-epc" label={t('stats.metrics.epc')} value="—" delta={null} />
        <StatCard testId="card-earnings" label={t('stats.metrics.earnings')} value="—" delta={null} />
      </>
    );
  return money.map((m) => (
    <Fragment key={m.currency}>
      <StatCard
        testId={`card-epc-${m.currency}`}
        label={t('stats.metrics.epcIn', { currency: m.currency })}
        value={m.epc === null ? '—' : formatMoney(m.epc, m.currency, lng)}
        delta={<DeltaText current={m.epc} previous={previousMoney(m.currency)?.epc ?? 0} />}
      />
      <StatCard
        testId={`card-earnings-${m.currency}`}
        label={t('stats.metrics.earningsIn', { currency: m.currency })}
        value={formatMoney(m.payoutMinor, m.currency, lng)}
        delta={<DeltaText current={m.payoutMinor} previous={previousMoney(m.currency)?.payoutMinor ?? 0} />}
      />
    </Fragment>
  ));
}
