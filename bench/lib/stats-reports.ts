// The fixed reports of the stats benchmark: each through the service layer (rollups or, for the
// click log, the partitioned raw rows) and the same answer computed from raw tables, with a
// canonical form of both for the equality check.
import type { Pool } from '@neondatabase/serverless';
import type { ServiceContext } from '../../workers/context';
import type { Config } from '../../workers/env';
import { createLogger } from '../../workers/logging';
import { explainClick, listClicks } from '../../workers/services/clicks';
import { encodeClickCursor } from '../../workers/services/clicks/click-cursor';
import { runAffiliateReport, runReport } from '../../workers/services/stats';
import type { StatsReportQuery } from '../../workers/domain/stats-request';
import { canonicalReport, type RawQuery, rawReport } from './stats-raw';
import type { StatsWorld } from './stats-data';
import type { Db } from './ingest-stack';

const DAY_MS = 86_400_000;

export interface BenchReport {
  name: string;
  /** Answered from rollups; the 5× bar applies. Click-log reads are raw rows on both sides. */
  rollup: boolean;
  service(db: Db): Promise<string[]>;
  raw(pool: Pool): Promise<string[]>;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function statsReports(world: StatsWorld, extra: { clickId: string; deepBefore: number; deepOffset: number }) {
  const end = world.end;
  const now = new Date(end);
  const base = (db: Db): ServiceContext => ({ db, config: {} as Config, now, log: createLogger() });
  const advertiser = (db: Db): ServiceContext => ({
    ...base(db),
    tenant: { kind: 'advertiser', organizationId: world.big.organizationId, role: 'owner' },
  });
  const affiliate = (db: Db): ServiceContext => ({
    ...base(db),
    tenant: {
      kind: 'affiliate',
      organizationId: world.topAffiliate.organizationId,
      affiliateId: world.topAffiliate.affiliateId,
    },
  });
  const platform = (db: Db): ServiceContext => ({
    ...base(db),
    actor: { userId: world.staffUserId, platformRole: 'platform_owner' },
  });
  const last = (days: number) => ({ from: day(end - days * DAY_MS), to: day(end - DAY_MS) });
  const range = (days: number) => ({ from: new Date(end - days * DAY_MS), to: new Date(end) });
  const q = (days: number, extraQuery: Partial<StatsReportQuery>): StatsReportQuery => ({
    ...last(days),
    tz: 'UTC',
    granularity: 'day',
    limit: 100,
    ...extraQuery,
  });
  const org = world.big.organizationId;
  const adv = (
    name: string,
    days: number,
    query: Partial<StatsReportQuery>,
    raw: Omit<RawQuery, 'from' | 'to' | 'withRevenue'>,
  ): BenchReport => ({
    name,
    rollup: true,
    service: async (db) => canonicalReport(await runReport({ ctx: advertiser(db), input: { query: q(days, query) } })),
    raw: (pool) => rawReport(pool, { ...range(days), withRevenue: true, organizationId: org, ...raw }),
  });
  const aff = (
    name: string,
    query: Partial<StatsReportQuery>,
    raw: Omit<RawQuery, 'from' | 'to' | 'withRevenue'>,
  ): BenchReport => ({
    name,
    rollup: true,
    service: async (db) =>
      canonicalReport(await runAffiliateReport({ ctx: affiliate(db), input: { query: q(30, query) } })),
    raw: (pool) =>
      rawReport(pool, {
        ...range(30),
        withRevenue: false,
        organizationId: world.topAffiliate.organizationId,
        affiliateId: world.topAffiliate.affiliateId,
        ...raw,
      }),
  });
  const logRange = { from: new Date(end - 30 * DAY_MS).toISOString(), to: new Date(end).toISOString() };
  const pageIds = (rows: { click: { id: string } }[]) => rows.map((r) => r.click.id);
  const reports: BenchReport[] = [
    adv('advertiser 30 d by day', 30, {}, { granularity: 'day', groupBy: [] }),
    adv(
      'advertiser 30 d by program',
      30,
      { granularity: 'total', groupBy: 'program' },
      { granularity: 'total', groupBy: ['program'] },
    ),
    adv(
      'advertiser 30 d by country',
      30,
      { granularity: 'total', groupBy: 'country' },
      { granularity: 'total', groupBy: ['country'] },
    ),
    adv(
      'advertiser 30 d top 100 sub1',
      30,
      { granularity: 'total', groupBy: 'sub1', sort: 'clicks' },
      { granularity: 'total', groupBy: ['sub1'], topByClicks: 100 },
    ),
    adv(
      'advertiser 30 d device × country',
      30,
      { granularity: 'total', groupBy: 'device,country' },
      { granularity: 'total', groupBy: ['device', 'country'] },
    ),
    adv(
      'advertiser 30 d top 100 affiliates',
      30,
      { granularity: 'total', groupBy: 'affiliate', sort: 'clicks' },
      { granularity: 'total', groupBy: ['affiliate'], topByClicks: 100 },
    ),
    adv('advertiser 90 d by week', 90, { granularity: 'week' }, { granularity: 'week', groupBy: [] }),
    aff('affiliate 30 d by day', {}, { granularity: 'day', groupBy: [] }),
    aff(
      'affiliate 30 d by sub1 (top 100)',
      { granularity: 'total', groupBy: 'sub1', sort: 'clicks' },
      { granularity: 'total', groupBy: ['sub1'], topByClicks: 100 },
    ),
    {
      name: 'platform 30 d by day',
      rollup: true,
      service: async (db) => canonicalReport(await runReport({ ctx: platform(db), input: { query: q(30, {}) } })),
      raw: (pool) => rawReport(pool, { ...range(30), withRevenue: true, granularity: 'day', groupBy: [] }),
    },
    {
      name: 'click-id look-up (explainClick)',
      rollup: false,
      service: async (db) => {
        const x = await explainClick({
          ctx: advertiser(db),
          input: { audience: 'advertiser', clickId: extra.clickId },
        });
        return [`${x.click.id}|${x.conversions.map((c) => `${c.conversion.id}:${c.lines.length}`).join(',')}`];
      },
      raw: async (pool) => {
        // Without the partition the id pins: every partition's primary key is probed.
        const { rows } = await pool.query(
          `SELECT k.id, v.id AS conversion, (SELECT count(*) FROM affiliate.commissions c WHERE c.conversion_id = v.id)::int AS lines
           FROM affiliate.clicks k LEFT JOIN affiliate.conversions v ON v.click_id = k.id
           WHERE k.id = $1 AND k.organization_id = $2 ORDER BY v.occurred_at, v.id`,
          [extra.clickId, org],
        );
        const r = rows as { id: string; conversion: string | null; lines: number }[];
        return [
          `${r[0]?.id}|${r
            .filter((x) => x.conversion)
            .map((x) => `${x.conversion}:${x.lines}`)
            .join(',')}`,
        ];
      },
    },
    {
      name: 'click log, first page (50)',
      rollup: false,
      service: async (db) =>
        pageIds(
          (await listClicks({ ctx: advertiser(db), input: { audience: 'advertiser', limit: 50, ...logRange } })).rows,
        ),
      raw: async (pool) => {
        const { rows } = await pool.query(
          `SELECT id FROM affiliate.clicks WHERE organization_id = $1 AND clicked_at >= $2 AND clicked_at < $3
           ORDER BY clicked_at DESC, id DESC LIMIT 50`,
          [org, logRange.from, logRange.to],
        );
        return (rows as { id: string }[]).map((r) => r.id);
      },
    },
    {
      name: 'click log, deep page (15 days back)',
      rollup: false,
      service: async (db) =>
        pageIds(
          (
            await listClicks({
              ctx: advertiser(db),
              input: {
                audience: 'advertiser',
                limit: 50,
                ...logRange,
                cursor: encodeClickCursor({
                  clickedAt: new Date(extra.deepBefore),
                  id: 'ffffffff-ffff-ffff-ffff-ffffffffffff',
                }),
              },
            })
          ).rows,
        ),
      raw: async (pool) => {
        // The same page by OFFSET, as a list without a keyset would fetch it.
        const { rows } = await pool.query(
          `SELECT id FROM affiliate.clicks WHERE organization_id = $1 AND clicked_at >= $2 AND clicked_at < $3
           ORDER BY clicked_at DESC, id DESC OFFSET $4 LIMIT 50`,
          [org, logRange.from, logRange.to, extra.deepOffset],
        );
        return (rows as { id: string }[]).map((r) => r.id);
      },
    },
  ];
  return reports;
}
