import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent } from '@/lib/format';
import type { OrgReport } from './queries/org-stats';
import { DeltaText } from './delta-text';
import { StatCard } from './stat-card';

/** The advertiser's money in the headline, per currency: revenue, payout (spend), profit and ROI. */
export function MoneyCards({ report }: { report: OrgReport }) {
  const { t, i18n } = useTranslation('orgconversions');
  const lng = i18n.language;
  const row = report.rows[0];
  const money = row?.money ?? [];
  const asMoney = (currency: string) => (minor: number) => formatMoney(minor, currency, lng);
  const before = (currency: string) => row?.previous?.money.find((m) => m.currency === currency);
  if (money.length === 0)
    return (
      <>
        <StatCard testId="card-revenue" label={t('stats.metrics.revenue')} value="—" delta={null} />
        <StatCard testId="card-profit" label={t('stats.metrics.profit')} value="—" delta={null} />
      </>
    );
  return money.map((m) => (
    <Fragment key={m.currency}>
      <StatCard
        testId={`card-revenue-${m.currency}`}
        label={t('stats.metrics.revenueIn', { currency: m.currency })}
        value={formatMoney(m.revenueMinor, m.currency, lng)}
        delta={
          <DeltaText
            current={m.revenueMinor}
            previous={before(m.currency)?.revenueMinor ?? 0}
            format={asMoney(m.currency)}
          />
        }
      />
      <StatCard
        testId={`card-payout-${m.currency}`}
        label={t('stats.metrics.payoutIn', { currency: m.currency })}
        value={formatMoney(m.payoutMinor, m.currency, lng)}
        delta={
          <DeltaText
            current={m.payoutMinor}
            previous={before(m.currency)?.payoutMinor ?? 0}
            format={asMoney(m.currency)}
          />
        }
      />
      <StatCard
        testId={`card-profit-${m.currency}`}
        label={t('stats.metrics.profitIn', { currency: m.currency })}
        value={formatMoney(m.profitMinor, m.currency, lng)}
        delta={
          <DeltaText
            current={m.profitMinor}
            previous={before(m.currency)?.profitMinor ?? 0}
            format={asMoney(m.currency)}
          />
        }
      />
      <StatCard
        testId={`card-roi-${m.currency}`}
        label={t('stats.metrics.roiIn', { currency: m.currency })}
        value={m.roi === null ? '—' : formatPercent(m.roi, lng)}
        delta={<DeltaText current={m.roi} previous={before(m.currency)?.roi ?? null} rate />}
      />
    </Fragment>
  ));
}
