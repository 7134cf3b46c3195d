import type { ServiceCall } from '../../context';
import { encodeStatsCursor } from '../../domain/stats-cursor';
import { conversionRates, earningsPerClick, profitAndRoi } from '../../domain/stats-metrics';
import type { StatsReportRequest } from '../../domain/stats-request';
import { localDateTimeOf } from '../../domain/stats-time-zone';
import {
  type GroupKey,
  readCounts,
  readMoney,
  type StatsPeriod,
  type StatsScope,
  type StoredCounts,
  type StoredMoney,
} from './report-storage';
import type { AdvertiserMoney, AffiliateMoney, Report, ReportMetrics, ReportRow } from './types';

const keyOf = (k: GroupKey) => JSON.stringify([k.bucket, k.first, k.second]);

function metricsOf(c: StoredCounts | undefined, source: StatsReportRequest['source']): ReportMetrics {
  const clicksKept = source.metrics.includes('clicks');
  const conversionsKept = source.metrics.includes('conversions');
  const rejectedKept = source.metrics.includes('rejected');
  const count = (v: number | null | undefined, kept: boolean) => (kept ? (v ?? 0) : null);
  const counts = {
    clicks: count(c?.clicks, clicksKept),
    uniqueClicks: count(c?.uniqueClicks, clicksKept),
    rejectedClicks: count(c?.rejectedClicks, rejectedKept),
    leads: count(c?.leads, conversionsKept),
    sales: count(c?.sales, conversionsKept),
  };
  return {
    visitors: count(c?.visitors, source.metrics.includes('visitors')),
    ...counts,
    rebills: count(c?.rebills, conversionsKept),
    refunds: count(c?.refunds, conversionsKept),
    cancellations: count(c?.cancellations, conversionsKept),
    pendingConversions: count(c?.pending, conversionsKept),
    flaggedConversions: count(c?.flagged, conversionsKept),
    rejectedConversions: count(c?.rejected, conversionsKept),
    ...conversionRates(counts),
  };
}

type MoneyView<M> = (money: StoredMoney, clicks: number | null) => M;

export const advertiserMoney: MoneyView<AdvertiserMoney> = (m, clicks) => ({
  currency: m.currency,
  revenueMinor: m.revenueMinor,
  payoutMinor: m.payoutMinor,
  ...profitAndRoi(m.revenueMinor, m.payoutMinor),
  epc: earningsPerClick(m.payoutMinor, clicks),
});

export const affiliateMoney: MoneyView<AffiliateMoney> = (m, clicks) => ({
  currency: m.currency,
  payoutMinor: m.payoutMinor,
  epc: earningsPerClick(m.payoutMinor, clicks),
});

function groupMoney(rows: StoredMoney[]): Map<string, StoredMoney[]> {
  const byKey = new Map<string, StoredMoney[]>();
  for (const m of rows) byKey.set(keyOf(m), [...(byKey.get(keyOf(m)) ?? []), m]);
  return byKey;
}

/**
 * One page of a report: counts ranked and paged in storage, then money per currency and (when asked)
 * the previous period for exactly the groups on the page.
 */
export async function buildReport<M>({
  ctx,
  input: { req, scope, options },
}: ServiceCall<{
  req: StatsReportRequest;
  scope: StatsScope;
  options: { withRevenue: boolean; money: MoneyView<M> };
}>): Promise<Report<M>> {
  const current: StatsPeriod = { from: req.range.from, to: req.range.to, shift: { days: 0, seconds: 0 } };
  const fetched = await readCounts({
    ctx,
    input: { req, scope, period: current, page: { after: req.after, limit: req.limit + 1 } },
  });
  const page = fetched.slice(0, req.limit);
  const money = groupMoney(
    await readMoney({ ctx, input: { req, scope, period: current, keys: page, withRevenue: options.withRevenue } }),
  );

  let previous: { counts: Map<string, StoredCounts>; money: Map<string, StoredMoney[]> } | null = null;
  if (req.compare) {
    const period: StatsPeriod = { from: req.range.previous.from, to: req.range.previous.to, shift: req.range.shift };
    const counts = await readCounts({ ctx, input: { req, scope, period, page: { keys: page } } });
    previous = {
      counts: new Map(counts.map((c) => [keyOf(c), c])),
      money: groupMoney(
        await readMoney({ ctx, input: { req, scope, period, keys: page, withRevenue: options.withRevenue } }),
      ),
    };
  }

  const rows = page.map((c): ReportRow<M> => {
    const metrics = metricsOf(c, req.source);
    const bucket = req.granularity === 'total' ? null : new Date(c.bucket * 1000);
    const dimensions = Object.fromEntries(req.groupBy.map((d, i) => [d, i === 0 ? c.first : c.second]));
    const row: ReportRow<M> = {
      bucket: bucket?.toISOString() ?? null,
      bucketLocal: bucket ? localDateTimeOf(req.timeZone, bucket) : null,
      dimensions,
      metrics,
      money: (money.get(keyOf(c)) ?? []).map((m) => options.money(m, metrics.clicks)),
    };
    if (previous) {
      const before = metricsOf(previous.counts.get(keyOf(c)), req.source);
      row.previous = {
        metrics: before,
        money: (previous.money.get(keyOf(c)) ?? []).map((m) => options.money(m, before.clicks)),
      };
    }
    return row;
  });

  const last = page.at(-1);
  return {
    timeZone: req.timeZone,
    granularity: req.granularity,
    from: req.range.from.toISOString(),
    to: req.range.to.toISOString(),
    previousPeriod: req.compare
      ? {
          from: req.range.previous.from.toISOString(),
          to: req.range.previous.to.toISOString(),
          partial: req.range.previous.partial,
        }
      : null,
    groupBy: req.groupBy,
    source: req.source.id,
    rows,
    nextCursor:
      fetched.length > req.limit && last
        ? encodeStatsCursor(req.ordering, [last.sortValue, last.bucket, last.first, last.second])
        : null,
  };
}
