// Leaderboard benchmark: one program with 100,000 active enrollments and their rollup rows, ranked by
// every metric and period through rankProgram (Neon driver, WebSocket relay, embedded Postgres 18), with
// EXPLAIN ANALYZE of each statement it sends. Prints figures; not a test.
//
//   npm run bench:leaderboard
//   BENCH_ENROLLMENTS=100000 BENCH_RUNS=10 npm run bench:leaderboard
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Pool } from '@neondatabase/serverless';
import { drizzle } from 'drizzle-orm/neon-serverless';
import { freePort } from '../dev/free-port';
import { migrateDatabase } from '../dev/migrate';
import { nodeDb, nodePool } from '../dev/neon-node';
import { type LocalPostgres, startPostgres } from '../dev/postgres';
import type { LeaderboardMetric, LeaderboardPeriod } from '../schema/enums';
import { leaderboardFrom } from '../workers/domain/leaderboard';
import type { Config } from '../workers/env';
import { createLogger } from '../workers/logging';
import { rankProgram } from '../workers/services/leaderboards/rank-program';
import { type RelayProcess, startRelayProcess } from './lib/ingest-stack';
import { machineLine, median, table } from './lib/machine';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const ENROLLMENTS = num('BENCH_ENROLLMENTS', 100_000);
const RUNS = num('BENCH_RUNS', 10);
const METRICS: LeaderboardMetric[] = ['conversions', 'earnings', 'clicks'];
const PERIODS: LeaderboardPeriod[] = ['all_time', 'this_month', 'last_30_days'];

/**
 * One advertiser, one app, one USD program, ENROLLMENTS active affiliates with names, and for each over the
 * last 30 days: 3 conversion rollup rows (one rejected), 3 commission rows and 5 days of clicks, plus the
 * lifetime totals. A second program of the same advertiser holds as many rows, so the range scans skip some.
 */
async function seed(pool: Pool, now: Date) {
  const q = (text: string, params: unknown[] = []) => pool.query(text, params);
  const plan = await q(
    `INSERT INTO affiliate.plans (id, code, name, monthly_price_minor, yearly_price_minor, currency)
     VALUES (uuidv7(), 'starter', 'Starter', 4900, 47040, 'USD')
     ON CONFLICT (code) DO UPDATE SET name = excluded.name RETURNING id`,
  );
  const org = await q(
    `INSERT INTO affiliate.organizations (id, name, slug, plan_id) VALUES (uuidv7(), 'Bench', 'bench-lb', $1) RETURNING id`,
    [plan.rows[0].id],
  );
  const orgId = org.rows[0].id as string;
  const app = await q(
    `INSERT INTO affiliate.apps (id, organization_id, name, site_url, allowed_domains)
     VALUES (uuidv7(), $1, 'App', 'https://app.example/', ARRAY['app.example']) RETURNING id`,
    [orgId],
  );
  const appId = app.rows[0].id as string;
  const programs: string[] = [];
  for (const slug of ['bench-lb-big', 'bench-lb-other']) {
    const p = await q(
      `INSERT INTO affiliate.programs (id, organization_id, app_id, name, slug, status, payout_model, commission_type,
         commission_rate_bps, currency, landing_url, allowed_domains, cookie_days)
       VALUES (uuidv7(), $1, $2, $3, $3, 'active', 'revshare', 'percent', 3000, 'USD', 'https://app.example/',
         ARRAY['app.example'], 30) RETURNING id`,
      [orgId, appId, slug],
    );
    programs.push(p.rows[0].id as string);
  }
  for (const [i, programId] of programs.entries()) {
    await q(
      `INSERT INTO affiliate.users (id, email, approved_affiliate, first_name, last_name)
       SELECT uuidv7(), 'lb-${i}-' || g || '@example.com', true, 'Aff' || g, 'L' FROM generate_series(1, $1) g`,
      [ENROLLMENTS],
    );
    await q(
      `INSERT INTO affiliate.enrollments (id, program_id, affiliate_id, organization_id, status, ref_code)
       SELECT uuidv7(), $1, u.id, $2, CASE WHEN row_number() OVER () % 50 = 0 THEN 'suspended' ELSE 'active' END,
         'lb-' || u.id
       FROM affiliate.users u WHERE u.email LIKE 'lb-${i}-%'`,
      [programId, orgId],
    );
    // Scores spread like real traffic: most affiliates small, a few large; many ties.
    const rows = (table: string, perEnrollment: number, hourly: boolean, columns: string, values: string) =>
      q(
        `INSERT INTO affiliate.${table} (organization_id, app_id, program_id, enrollment_id, affiliate_id, ${hourly ? 'hour' : 'day'}, ${columns})
         SELECT e.organization_id, $1, e.program_id, e.id, e.affiliate_id,
           date_trunc(${hourly ? `'hour'` : `'day'`}, $2::timestamptz - ${hourly ? `(g * 50 + (hashtext(e.id::text) & 31)) * interval '1 hour'` : `(g * 4 + (hashtext(e.id::text) & 3)) * interval '1 day'`}, 'UTC'),
           ${values}
         FROM affiliate.enrollments e, generate_series(1, ${perEnrollment}) g
         WHERE e.program_id = $3
         ON CONFLICT DO NOTHING`,
        [appId, now.toISOString(), programId],
      );
    const n = `(1 + floor(power(random(), 6) * 40))::bigint`;
    await rows(
      'conversion_stats_hourly',
      3,
      true,
      'event_type, status, currency, conversions, revenue_minor',
      `'sale', CASE WHEN g = 3 THEN 'rejected' ELSE 'approved' END, 'USD', ${n}, ${n} * 1000`,
    );
    await rows(
      'commission_stats_hourly',
      3,
      true,
      'beneficiary_id, level, kind, status, currency, lines, amount_minor',
      `e.affiliate_id, 0, 'commission', 'approved', 'USD', ${n}, ${n} * 300`,
    );
    await rows('click_enrollment_daily', 5, false, 'clicks, unique_clicks', `${n} * 20, ${n} * 10`);
    await q(
      `INSERT INTO affiliate.enrollment_totals (enrollment_id, organization_id, program_id, affiliate_id, clicks, unique_clicks,
         conversions, earnings_minor, currency)
       SELECT e.id, e.organization_id, e.program_id, e.affiliate_id, ${n} * 200, ${n} * 100, ${n} * 3, ${n} * 900, 'USD'
       FROM affiliate.enrollments e WHERE e.program_id = $1`,
      [programId],
    );
  }
  await q('VACUUM ANALYZE');
  // A viewer in the long tail: their rank depends on every score above theirs.
  const viewer = await q(
    `SELECT e.id FROM affiliate.enrollments e JOIN affiliate.enrollment_totals t ON t.enrollment_id = e.id
     WHERE e.program_id = $1 AND e.status = 'active' ORDER BY t.conversions, e.id LIMIT 1`,
    [programs[0]],
  );
  return { organizationId: orgId, programId: programs[0]!, viewer: viewer.rows[0].id as string };
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-leaderboard-pg-'));
let pg: LocalPostgres | undefined;
let relay: RelayProcess | undefined;
let pool: Pool | undefined;
const stop = async () => {
  await pool?.end().catch(() => {});
  await relay?.stop();
  await pg?.stop();
  rmSync(dataDir, { recursive: true, force: true });
};
process.once('SIGINT', () => void stop().then(() => process.exit(130)));

try {
  console.log('# Leaderboard benchmark');
  console.log(`machine: ${machineLine()}`);
  pg = await startPostgres({ dir: dataDir, port: await freePort(), persistent: false });
  relay = await startRelayProcess(pg.port);
  await pg.admin('CREATE DATABASE bench');
  const url = pg.url('bench');
  await migrateDatabase(url, relay.proxy);
  pool = nodePool(url, relay.proxy);
  const now = new Date();
  const t0 = performance.now();
  const world = await seed(pool, now);
  const sizes = await pool.query(
    `SELECT (SELECT count(*) FROM affiliate.enrollments WHERE program_id = $1 AND status = 'active')::int AS active,
       (SELECT count(*) FROM affiliate.conversion_stats_hourly)::int AS conv,
       (SELECT count(*) FROM affiliate.commission_stats_hourly)::int AS comm,
       (SELECT count(*) FROM affiliate.click_enrollment_daily)::int AS clicks`,
    [world.programId],
  );
  const z = sizes.rows[0] as Record<string, number>;
  console.log(
    `seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${z.active} active enrollments in the program ranked; rollup rows (two programs): ` +
      `${z.conv} conversion, ${z.comm} commission, ${z.clicks} daily click`,
  );
  const ctx = { db: nodeDb(pool), config: {} as Config, now, log: createLogger() };
  const captured: { query: string; params: unknown[] }[] = [];
  const capturing = drizzle({
    client: pool,
    casing: 'snake_case',
    logger: { logQuery: (query, params) => void captured.push({ query, params }) },
  });
  const out: (string | number)[][] = [];
  for (const metric of METRICS)
    for (const period of PERIODS) {
      const input = {
        organizationId: world.organizationId,
        programId: world.programId,
        metric,
        from: leaderboardFrom(period, now),
        currency: 'USD',
        enrollmentId: world.viewer,
      };
      const first = await rankProgram({ ctx, input });
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const s = performance.now();
        await rankProgram({ ctx, input });
        ms.push(performance.now() - s);
      }
      captured.length = 0;
      await rankProgram({ ctx: { ...ctx, db: capturing as unknown as typeof ctx.db }, input });
      let executed = 0;
      for (const c of captured) {
        const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${c.query}`, c.params);
        const plan = (rows as Record<string, string>[]).map((r) => r['QUERY PLAN']!).join('\n');
        executed += Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? 0);
        if (process.env.BENCH_PLANS === '1') console.log(`${metric} ${period}:\n${c.query}\n${plan}\n`);
      }
      out.push([
        metric,
        period,
        first.ranked,
        first.me?.rank ?? '-',
        median(ms).toFixed(1),
        Math.max(...ms).toFixed(1),
        captured.length,
        executed.toFixed(1),
      ]);
      console.log(`${metric} ${period}: median ${median(ms).toFixed(1)} ms; EXPLAIN ANALYZE ${executed.toFixed(1)} ms`);
    }
  console.log('');
  console.log(
    table(
      ['metric', 'period', 'ranked', 'viewer rank', 'median ms', 'max ms', 'statements', 'EXPLAIN ANALYZE ms'],
      out,
    ),
  );
  console.log(`machine after: ${machineLine()}`);
} finally {
  await stop();
}
