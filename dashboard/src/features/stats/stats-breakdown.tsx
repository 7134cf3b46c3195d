import { ROLLUP_NONE_ID } from '@contracts/ids';
import { Select, Text } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatCountry, formatNumber, formatPercent } from '@/lib/format';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { QueryState } from '@/ui/query-state';
import type { ReportRow } from './report-types';
import { type Breakdown, breakdownSort } from './stats-options';
import { useDeviceLabel } from './use-device-label';
import { SectionCard } from '@/ui/section-card';

type StatsBreakdownProps<Row extends ReportRow> = {
  query: UseInfiniteQueryResult<InfiniteData<{ rows: Row[] }>>;
  by: Breakdown;
  allowed: Breakdown[];
  sort: string | undefined;
  /** Names of id values (programs, apps, affiliates); other values are labelled here. */
  nameOf: (by: Breakdown, id: string) => string;
  /** The reader's money columns: earnings and EPC, or revenue, payout, profit and ROI. */
  // biome-ignore lint/suspicious/noExplicitAny: TanStack's own column type varies the value type per column.
  moneyColumns: ColumnDef<Row, any>[];
  /** Labels of the dimensions the shared namespace does not name (app, affiliate). */
  breakdownLabel: (by: Breakdown) => string;
  onChange: (next: { by?: Breakdown; sort?: string | undefined }) => void;
};

/** The period's totals per group, sorted by the server, read page by page. */
export function StatsBreakdown<Row extends ReportRow>({
  query,
  by,
  allowed,
  sort,
  nameOf,
  moneyColumns,
  breakdownLabel,
  onChange,
}: StatsBreakdownProps<Row>) {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  const deviceLabel = useDeviceLabel();
  const column = createColumnHelper<Row>();
  const label = (value: string | undefined) => {
    if (value === undefined || value === '') return t('stats.breakdown.none');
    // The rollups' stand-in for "no affiliate" (and no program, link or enrollment): a sale nobody was credited with.
    if (value === ROLLUP_NONE_ID) return t('stats.breakdown.notAttributed');
    if (by === 'program' || by === 'app' || by === 'affiliate' || by === 'edition') return nameOf(by, value);
    if (by === 'country') return value === 'ZZ' ? t('stats.breakdown.unknownCountry') : formatCountry(value, lng);
    if (by === 'device') return deviceLabel(value);
    return value;
  };
  const count = (value: number | null) => (value === null ? '—' : formatNumber(value, lng));
  // An edition's traffic is its visitors: it has no clicks, so no click columns nor conversion rate.
  const editions = by === 'edition';
  const trafficColumns = editions
    ? [
        column.accessor((row) => row.metrics.visitors, {
          id: 'visitors',
          header: t('stats.metrics.visitors'),
          meta: { numeric: true },
          cell: (i) => count(i.getValue()),
        }),
      ]
    : [
        column.accessor((row) => row.metrics.clicks, {
          id: 'clicks',
          header: t('stats.metrics.clicks'),
          meta: { numeric: true },
          cell: (i) => count(i.getValue()),
        }),
        column.accessor((row) => row.metrics.uniqueClicks, {
          id: 'uniqueClicks',
          header: t('stats.metrics.uniqueClicks'),
          meta: { numeric: true },
          cell: (i) => count(i.getValue()),
        }),
      ];
  const columns = [
    column.accessor((row) => row.dimensions[by], {
      id: 'dimension',
      header: breakdownLabel(by),
      enableSorting: false,
      cell: (info) => (
        // Names wrap between words (a long id may still break anywhere) and keep room for two words.
        <Text fw={600} size="sm" miw={140} style={{ overflowWrap: 'break-word' }}>
          {label(info.getValue())}
        </Text>
      ),
    }),
    ...trafficColumns,
    column.accessor((row) => (row.metrics.leads ?? 0) + (row.metrics.sales ?? 0), {
      id: 'conversions',
      header: t('stats.metrics.conversions'),
      meta: { numeric: true },
      cell: (i) => count(i.getValue()),
    }),
    ...(editions
      ? []
      : [
          column.accessor((row) => row.metrics.cr, {
            id: 'cr',
            header: t('stats.metrics.cr'),
            meta: { numeric: true },
            enableSorting: false,
            cell: (i) => (i.getValue() === null ? '—' : formatPercent(i.getValue() as number, lng, 2)),
          }),
        ]),
    // Earnings per click mean nothing without clicks.
    ...(editions ? moneyColumns.filter((c) => c.id !== 'epc') : moneyColumns),
  ];
  return (
    <SectionCard
      title={t('stats.breakdown.title')}
      actions={
        <Select
          label={t('stats.breakdown.by')}
          data={allowed.map((b) => ({ value: b, label: breakdownLabel(b) }))}
          value={by}
          allowDeselect={false}
          onChange={(next) => onChange({ by: (next ?? 'program') as Breakdown })}
          // Full width on phones, under the title like the sort select below it, wherever the title ends.
          // 240 px holds the longest choice, "Брендированная версия", without cutting it.
          w={{ base: '100%', xs: 240 }}
          data-testid="breakdown-by"
        />
      }
    >
      <QueryState query={query}>
        {(data) => (
          <DataTable
            caption={t('stats.breakdown.caption', { by: breakdownLabel(by) })}
            columns={columns}
            data={data.pages.flatMap((p) => p.rows)}
            getRowId={(row) => row.dimensions[by] ?? ''}
            sort={breakdownSort(by, sort)}
            dense
            wrapHeaders
            onSortChange={(next) => onChange({ sort: next })}
            hasMore={query.hasNextPage}
            onLoadMore={() => void query.fetchNextPage()}
            loadingMore={query.isFetchingNextPage}
            empty={
              <EmptyState title={t('stats.breakdown.emptyTitle')} description={t('stats.breakdown.emptyDescription')} />
            }
          />
        )}
      </QueryState>
    </SectionCard>
  );
}
