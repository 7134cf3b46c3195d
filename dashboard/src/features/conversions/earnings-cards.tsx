import { Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import type { StatsReport } from '@/features/stats';
import { DeltaText } from '@/features/stats';
import { StatCard } from '@/features/stats';

/**
 * The affiliate's money in the headline: EPC and earnings from its own traffic per currency, against the previous
 * period, and what its recruits' sales earned it (upline commissions, from the report's earnings by level) in a
 * card of its own: the home's month earnings are the two together.
 */
export function EarningsCards({ report }: { report: StatsReport }) {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  const row = report.rows[0];
  const money = row?.money ?? [];
  const recruits = new Map<string, number>();
  for (const e of report.earningsByLevel ?? [])
    if (e.level > 0) recruits.set(e.currency, (recruits.get(e.currency) ?? 0) + e.amountMinor);
  const recruitsCard = (currency: string) =>
    recruits.get(currency) ? (
      <StatCard
        key={`recruits-${currency}`}
        testId={`card-recruits-${currency}`}
        label={t('stats.metrics.recruitsIn', { currency })}
        value={formatMoney(recruits.get(currency) ?? 0, currency, lng)}
        delta={
          <Text size="xs" c="dimmed">
            {t('stats.metrics.recruitsHint')}
          </Text>
        }
      />
    ) : null;
  // A currency only recruits earned in has no card of the own traffic's.
  const recruitsOnly = [...recruits.keys()]
    .filter((c) => !money.some((m) => m.currency === c))
    .flatMap((c) => recruitsCard(c) ?? []);
  const asMoney = (currency: string) => (minor: number) => formatMoney(minor, currency, lng);
  const previousMoney = (currency: string) => row?.previous?.money.find((m) => m.currency === currency);
  if (money.length === 0)
    return (
      <>
        <StatCard testId="card-epc" label={t('stats.metrics.epc')} value="—" delta={null} />
        <StatCard testId="card-earnings" label={t('stats.metrics.earningsOwn')} value="—" delta={null} />
        {recruitsOnly}
      </>
    );
  const cards = money.map((m) => (
    <Fragment key={m.currency}>
      <StatCard
        testId={`card-epc-${m.currency}`}
        label={t('stats.metrics.epcIn', { currency: m.currency })}
        value={m.epc === null ? '—' : formatMoney(m.epc, m.currency, lng)}
        delta={
          <DeltaText current={m.epc} previous={previousMoney(m.currency)?.epc ?? 0} format={asMoney(m.currency)} />
        }
      />
      <StatCard
        testId={`card-earnings-${m.currency}`}
        label={t('stats.metrics.earningsIn', { currency: m.currency })}
        value={formatMoney(m.payoutMinor, m.currency, lng)}
        delta={
          <DeltaText
            current={m.payoutMinor}
            previous={previousMoney(m.currency)?.payoutMinor ?? 0}
            format={asMoney(m.currency)}
          />
        }
      />
      {recruitsCard(m.currency)}
    </Fragment>
  ));
  return [...cards, ...recruitsOnly];
}
