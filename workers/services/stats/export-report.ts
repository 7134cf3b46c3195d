import type { ServiceCall, ServiceContext } from '../../context';
import { openDb } from '../../db/client';
import type { CsvRow } from '../../domain/csv';
import type { StatsReportQuery } from '../../domain/stats-request';
import type { StatsDimension } from '../../domain/stats-sources';
import { amountCell, type CsvExport, csvExport } from '../csv-export';
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

const METRICS: [keyof ReportMetrics, string][] = [
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
  ['cr', 'cr'],
  ['crUnique', 'cr_unique'],
];
// An affiliate's file has no revenue, profit or ROI columns at all, as its report has no such fields.
const ADVERTISER_MONEY = ['currency', 'revenue', 'payout', 'profit', 'roi', 'epc'];
const AFFILIATE_MONEY = ['currency', 'payout', 'epc'];

function moneyCells(m: Money | undefined, withRevenue: boolean): CsvRow {
  if (!m) return (withRevenue ? ADVERTISER_MONEY : AFFILIATE_MONEY).map(() => null);
  const common = [amountCell(m.payoutMinor, m.currency), m.epc === null ? null : { number: String(m.epc) }];
  if (!withRevenue || !('revenueMinor' in m)) return [m.currency, ...common];
  const roi = m.roi === null ? null : { number: String(m.roi) };
  return [
    m.currency,
    amountCell(m.revenueMinor, m.currency),
    common[0],
    amountCell(m.profitMinor, m.currency),
    roi,
    common[1],
  ];
}

/** One CSV line per row and currency: money is never added across currencies, so a row with two has two lines. */
function* linesOf(row: ReportRow<Money>, groupBy: StatsDimension[], withRevenue: boolean): Generator<CsvRow> {
  const head: CsvRow = [
    row.bucket,
    row.bucketLocal,
    ...groupBy.map((d) => row.dimensions[d] ?? null),
    ...METRICS.map(([key]) => row.metrics[key]),
  ];
  if (row.money.length === 0) yield [...head, ...moneyCells(undefined, withRevenue)];
  for (const m of row.money) yield [...head, ...moneyCells(m, withRevenue)];
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
  const header = [
    'bucket',
    'bucket_local',
    ...first.groupBy,
    ...METRICS.map(([, name]) => name),
    ...(withRevenue ? ADVERTISER_MONEY : AFFILIATE_MONEY),
  ];
  async function* rows(): AsyncGenerator<CsvRow> {
    let page = first;
    let handle: ReturnType<typeof openDb> | undefined;
    try {
      for (;;) {
        for (const row of page.rows) yield* linesOf(row, first.groupBy, withRevenue);
        if (page.nextCursor === null) return;
        handle ??= openDb(ctx.config);
        page = await read({ ...ctx, db: handle.db }, page.nextCursor);
      }
    } finally {
      await handle?.close();
    }
  }
  return csvExport(`report-${first.from.slice(0, 10)}.csv`, header, rows());
}
