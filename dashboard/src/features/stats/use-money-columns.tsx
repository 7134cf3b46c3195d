import { Stack } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent } from '@/lib/format';
import type { OrgReportRow } from './queries/org-stats';

const column = createColumnHelper<OrgReportRow>();
type Money = OrgReportRow['money'][number];

/** The advertiser's money columns of the breakdown, one line per currency (money never adds across them). */
export function useMoneyColumns() {
  const { t, i18n } = useTranslation('orgconversions');
  const lng = i18n.language;
  const perCurrency = (id: string, header: string, show: (m: Money) => string) =>
    column.accessor((row) => row.money, {
      id,
      header,
      enableSorting: false,
      meta: { numeric: true },
      cell: (i) => (
        <Stack gap={0} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
          {i.getValue().length === 0 ? '—' : i.getValue().map((m) => <span key={m.currency}>{show(m)}</span>)}
        </Stack>
      ),
    });
  return [
    perCurrency('revenue', t('stats.metrics.revenue'), (m) => formatMoney(m.revenueMinor, m.currency, lng)),
    perCurrency('payout', t('stats.metrics.payout'), (m) => formatMoney(m.payoutMinor, m.currency, lng)),
    perCurrency('profit', t('stats.metrics.profit'), (m) => formatMoney(m.profitMinor, m.currency, lng)),
    perCurrency('roi', t('stats.metrics.roi'), (m) => (m.roi === null ? '—' : formatPercent(m.roi, lng))),
    perCurrency('epc', t('stats.metrics.epc'), (m) => (m.epc === null ? '—' : formatMoney(m.epc, m.currency, lng))),
  ];
}
