import { Stack } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import type { StatsRow } from '@/features/stats';

const column = createColumnHelper<StatsRow>();

/** The affiliate's money columns of the stats breakdown: earnings and EPC, one line per currency. */
export function useEarningsColumns() {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  return [
    column.accessor((row) => row.money, {
      id: 'earnings',
      header: t('stats.metrics.earnings'),
      meta: { numeric: true },
      enableSorting: false,
      cell: (i) => (
        <Stack gap={0}>
          {i.getValue().length === 0
            ? '—'
            : i.getValue().map((m) => <span key={m.currency}>{formatMoney(m.payoutMinor, m.currency, lng)}</span>)}
        </Stack>
      ),
    }),
    column.accessor((row) => row.money, {
      id: 'epc',
      header: t('stats.metrics.epc'),
      meta: { numeric: true },
      enableSorting: false,
      cell: (i) => (
        <Stack gap={0}>
          {i.getValue().length === 0
            ? '—'
            : i
                .getValue()
                .map((m) => <span key={m.currency}>{m.epc === null ? '—' : formatMoney(m.epc, m.currency, lng)}</span>)}
        </Stack>
      ),
    }),
  ];
}
