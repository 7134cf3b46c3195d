import { ROLLUP_NONE_ID } from '../../../schema/ids';
import type { ServiceCall, ServiceContext } from '../../context';
import { openDb } from '../../db/client';
import type { CsvRow } from '../../domain/csv';
import { formatMinorUnits } from '../../domain/format-minor-units';
import { bucketEnd, isoInTimeZone, percentCell, reportFileName } from '../../domain/stats-csv';
import type { StatsReportQuery } from '../../domain/stats-request';
import type { StatsDimension } from '../../domain/stats-sources';
import { amountCell, type CsvExport, csvExport } from '../csv-export';
import { dimensionNames, isNamed } from './dimension-names';
import { runAffiliateReport } from './run-affiliate-report';
import { runReport } from './run-report';
import type { AdvertiserMoney, AffiliateMoney, Report, ReportMetrics, ReportRow } from './types';

export interface ExportReportInput {
  query: StatsReportQuery;
  audience: 'advertiser' | 'affiliate' | 'platform';
  /** Platform staff only: one advertiser instead of all. */
  organizationId?: string | undefined;
}

type Money = AdvertiserMoney | AffiliateMoney;

const COUNTS: [keyof ReportMetrics, string][] = [
  ['clicks', 'clicks'],
  ['uniqueClicks', 'unique_clicks'],
  ['rejectedClicks', 'rejected_clicks'],
  ['leads', 'leads'],
  ['sales', 'sales'],
  ['rebills', 'rebills'],
  ['refunds', 'refunds'],
  ['cancellations', 'cancellations'],
  ['pendingConversions', 'pending_conversions'],
  ['flaggedConversions', 'flagged_conversions'],
  ['rejectedConversions', 'rejected_conversions'],
];
// Rates as percentages with two decimals, named so: 3.47 in conversion_rate_pct, not 0.0347 in cr.
const RATES: [keyof ReportMetrics, string][] = [
  ['cr', 'conversion_rate_pct'],
  ['crUnique', 'conversion_rate_unique_pct'],
];
// An affiliate's file has no revenue, profit or ROI columns at all, as its report has no such fields.
const ADVERTISER_MONEY = ['currency', 'revenue', 'payout', 'profit', 'roi_pct', 'epc'];
const AFFILIATE_MONEY = ['currency', 'payout', 'epc'];

/** Earnings per click in the currency's major unit, two places finer than the currency (0.1234 USD). */
function epcCell(epcMinor: number | null, currency: string) {
  if (epcMinor === null) return null;
  const decimals = formatMinorUnits(1, currency).split('.')[1]?.length ?? 0;
  return { number: (epcMinor / 10 ** decimals).toFixed(decimals + 2) };
}

function moneyCells(m: Money | undefined, withRevenue: boolean): CsvRow {
  if (!m) return (withRevenue ? ADVERTISER_MONEY : AFFILIATE_MONEY).map(() => null);
  const epc = epcCell(m.epc, m.currency);
  if (!withRevenue || !('revenueMinor' in m)) return [m.currency, amountCell(m.payoutMinor, m.currency), epc];
  const roi = percentCell(m.roi);
  return [
    m.currency,
    amountCell(m.revenueMinor, m.currency),
    amountCell(m.payoutMinor, m.currency),
    amountCell(m.profitMinor, m.currency),
    roi === null ? null : { number: roi },
    epc,
  ];
}

/** Each grouped dimension's header: an id dimension gets its id and, beside it, its name. */
const dimensionHeader = (groupBy: StatsDimension[]) => groupBy.flatMap((d) => (isNamed(d) ? [`${d}_id`, d] : [d]));

interface Layout {
  groupBy: StatsDimension[];
  /** An editions report leads its counts with visitors (the others have none to show). */
  visitors: boolean;
  withRevenue: boolean;
  timeZone: string;
  granularity: Report<Money>['granularity'];
  from: Date;
  to: Date;
}

const NOT_ATTRIBUTED = 'Not attributed';

/** One CSV line per row and currency: money is never added across currencies, so a row with two has two lines. */
function* linesOf(row: ReportRow<Money>, layout: Layout, names: Map<string, string>): Generator<CsvRow> {
  const start = row.bucket === null ? layout.from : new Date(row.bucket);
  const end = bucketEnd(start, layout.granularity, layout.timeZone, layout.to);
  const head: CsvRow = [
    isoInTimeZone(start, layout.timeZone),
    isoInTimeZone(end, layout.timeZone),
    ...layout.groupBy.flatMap((d) => {
      const value = row.dimensions[d] ?? null;
      if (!isNamed(d)) return [value];
      // The rollups' all-zero id groups what no affiliate was credited with: it has no row to be named after.
      if (value === ROLLUP_NONE_ID) return [value, NOT_ATTRIBUTED];
      return [value, value === null ? null : (names.get(`${d}:${value}`) ?? null)];
    }),
    ...(layout.visitors ? [row.metrics.visitors] : []),
    ...COUNTS.map(([key]) => row.metrics[key]),
    ...RATES.map(([key]) => {
      const pct = percentCell(row.metrics[key]);
      return pct === null ? null : { number: pct };
    }),
  ];
  if (row.money.length === 0) yield [...head, ...moneyCells(undefined, layout.withRevenue)];
  for (const m of row.money) yield [...head, ...moneyCells(m, layout.withRevenue)];
}

/** Names for the ids of one page, read in one round trip per named dimension. */
function namesOf(ctx: ServiceContext, page: Report<Money>) {
  const ids: Partial<Record<StatsDimension, string[]>> = {};
  for (const d of page.groupBy.filter(isNamed)) ids[d] = page.rows.map((r) => r.dimensions[d] ?? '');
  return dimensionNames({ ctx, input: ids });
}

/**
 * Every row of a report as CSV, page after page by its own keyset. The first page is read before the
 * response starts, so a bad request is a 400, not a broken download; later pages read on a pool of
 * their own, since the body is still streaming after the request's pool closed.
 */
export async function exportReport({ ctx, input }: ServiceCall<ExportReportInput>): Promise<CsvExport> {
  const withRevenue = input.audience !== 'affiliate';
  const read = (c: ServiceContext, cursor: string | undefined): Promise<Report<Money>> => {
    // The request's limit sizes each page read; the file holds every page.
    const query = { ...input.query, cursor };
    return input.audience === 'affiliate'
      ? runAffiliateReport({ ctx: c, input: { query } })
      : runReport({ ctx: c, input: { query, organizationId: input.organizationId } });
  };
  const first = await read(ctx, undefined);
  const layout: Layout = {
    groupBy: first.groupBy,
    visitors: first.source === 'editions',
    withRevenue,
    timeZone: first.timeZone,
    granularity: first.granularity,
    from: new Date(first.from),
    to: new Date(first.to),
  };
  const header = [
    'period_start',
    'period_end',
    ...dimensionHeader(first.groupBy),
    ...(layout.visitors ? ['visitors'] : []),
    ...COUNTS.map(([, name]) => name),
    ...RATES.map(([, name]) => name),
    ...(withRevenue ? ADVERTISER_MONEY : AFFILIATE_MONEY),
  ];
  const firstNames = await namesOf(ctx, first);
  async function* rows(): AsyncGenerator<CsvRow> {
    let page = first;
    let names = firstNames;
    let handle: ReturnType<typeof openDb> | undefined;
    try {
      for (;;) {
        for (const row of page.rows) yield* linesOf(row, layout, names);
        if (page.nextCursor === null) return;
        handle ??= openDb(ctx.config);
        const pageCtx = { ...ctx, db: handle.db };
        page = await read(pageCtx, page.nextCursor);
        names = await namesOf(pageCtx, page);
      }
    } finally {
      await handle?.close();
    }
  }
  return csvExport(reportFileName({ ...layout, groupBy: first.groupBy }), header, rows());
}
