import { Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatCountry, formatMoney, formatNumber, formatPercent } from '../../lib/format';
import type { StatsQuery, StatsRow } from '../../queries/affiliate-stats';
import { useStatsBreakdown } from '../../queries/affiliate-stats';
import type { MyEnrollment } from '../../queries/my-programs';
import { DataTable } from '../data-table';
import { EmptyState } from '../empty-state';
import { QueryState } from '../query-state';
import type { Breakdown } from './stats-options';
import { useDeviceLabel } from './use-device-label';

type StatsBreakdownProps = {
  orgId: string;
  query: StatsQuery;
  by: Breakdown;
  allowed: Breakdown[];
  sort: string | undefined;
  programs: MyEnrollment[];
  onChange: (next: { by?: Breakdown; sort?: string | undefined }) => void;
};

const column = createColumnHelper<StatsRow>();

/** The period's totals per program, country, device or sub value, sorted by the server, read page by page. */
export function StatsBreakdown({ orgId, query, by, allowed, sort, programs, onChange }: StatsBreakdownProps) {
  const { t, i18n } = useTranslation('earnings');
  const lng = i18n.language;
  const deviceLabel = useDeviceLabel();
  const descending = sort?.startsWith('-') ?? true;
  const sortKey = (sort?.replace(/^-/, '') ?? 'clicks') as NonNullable<StatsQuery['sort']>;
  const breakdown = useStatsBreakdown(orgId, {
    ...query,
    granularity: 'total',
    groupBy: by,
    sort: sortKey,
    direction: sort ? (descending ? 'desc' : 'asc') : 'desc',
    limit: 50,
  });
  const programName = (id: string) => programs.find((p) => p.program.id === id)?.program.name ?? id;
  const label = (value: string | undefined) => {
    if (value === undefined || value === '') return t('stats.breakdown.none');
    if (by === 'program') return programName(value);
    if (by === 'country') return value === 'ZZ' ? t('stats.breakdown.unknownCountry') : formatCountry(value, lng);
    if (by === 'device') return deviceLabel(value);
    return value;
  };
  const count = (value: number | null) => (value === null ? '—' : formatNumber(value, lng));
  const columns = [
    column.accessor((row) => row.dimensions[by], {
      id: 'dimension',
      header: t(`stats.breakdowns.${by}`),
      enableSorting: false,
      cell: (info) => (
        <Text fw={600} size="sm">
          {label(info.getValue())}
        </Text>
      ),
    }),
    column.accessor((row) => row.metrics.clicks, {
      id: 'clicks',
      header: t('stats.metrics.clicks'),
      cell: (i) => count(i.getValue()),
    }),
    column.accessor((row) => row.metrics.uniqueClicks, {
      id: 'uniqueClicks',
      header: t('stats.metrics.uniqueClicks'),
      cell: (i) => count(i.getValue()),
    }),
    column.accessor((row) => (row.metrics.leads ?? 0) + (row.metrics.sales ?? 0), {
      id: 'conversions',
      header: t('stats.metrics.conversions'),
      cell: (i) => count(i.getValue()),
    }),
    column.accessor((row) => row.metrics.cr, {
      id: 'cr',
      header: t('stats.metrics.cr'),
      enableSorting: false,
      cell: (i) => (i.getValue() === null ? '—' : formatPercent(i.getValue() as number, lng, 2)),
    }),
    column.accessor((row) => row.money, {
      id: 'earnings',
      header: t('stats.metrics.earnings'),
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
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
        <Title order={2} fz="h4">
          {t('stats.breakdown.title')}
        </Title>
        <Select
          label={t('stats.breakdown.by')}
          data={allowed.map((b) => ({ value: b, label: t(`stats.breakdowns.${b}`) }))}
          value={by}
          allowDeselect={false}
          onChange={(next) => onChange({ by: (next ?? 'program') as Breakdown })}
          w={200}
          data-testid="breakdown-by"
        />
      </Group>
      <QueryState query={breakdown}>
        {(data) => (
          <DataTable
            caption={t('stats.breakdown.caption', { by: t(`stats.breakdowns.${by}`) })}
            columns={columns}
            data={data.pages.flatMap((p) => p.rows)}
            getRowId={(row) => row.dimensions[by] ?? ''}
            sort={sort ?? '-clicks'}
            onSortChange={(next) => onChange({ sort: next })}
            hasMore={breakdown.hasNextPage}
            onLoadMore={() => void breakdown.fetchNextPage()}
            loadingMore={breakdown.isFetchingNextPage}
            empty={
              <EmptyState title={t('stats.breakdown.emptyTitle')} description={t('stats.breakdown.emptyDescription')} />
            }
          />
        )}
      </QueryState>
    </Paper>
  );
}
