// Stats benchmark (the bar: every report's p95 under 300 ms over 10 million clicks on one 2-core
// machine, and at least 5× faster than the same answer from raw rows). Prints figures; not a test.
//
//   npm run bench:stats
//   BENCH_CLICKS=10000000 BENCH_RUNS=20 BENCH_WARMUP=2 BENCH_RAW_RUNS=5 BENCH_KEEP=1 npm run bench:stats
//
// Loads 90 days of clicks, conversions and commission lines with COPY, builds the rollups with the
// product's rebuildStats, then runs a fixed set of reports through the service verbs (Neon driver,
// WebSocket relay, embedded Postgres 18) and the same reports as plain GROUP BY over raw tables,
// checking that both answers are equal. BENCH_KEEP=1 keeps the loaded server in .data/bench-stats
// and reuses it when it holds the same number of clicks (applying new migrations and rebuilding the
// rollups when the schema moved on).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/neon-serverless';
import type { Pool } from '@neondatabase/serverless';
import { freePort } from '../dev/free-port';
import { migrateDatabase } from '../dev/migrate';
import { nodeDb, nodePool } from '../dev/neon-node';
import { type LocalPostgres, startPostgres } from '../dev/postgres';
import type { Config } from '../workers/env';
import { createLogger } from '../workers/logging';
import { rebuildStats } from '../workers/services/stats';
import { type RelayProcess, startRelayProcess } from './lib/ingest-stack';
import { machineLine, median, table } from './lib/machine';
import { DAYS, loadStatsData, type StatsWorld } from './lib/stats-data';
import { diffAnswers } from './lib/stats-raw';
import { type BenchReport, statsReports } from './lib/stats-reports';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const CLICKS = num('BENCH_CLICKS', 10_000_000);
const AFFILIATES = num('BENCH_AFFILIATES', 2_000);
const RUNS = num('BENCH_RUNS', 20);
const WARMUP = num('BENCH_WARMUP', 2);
const RAW_RUNS = num('BENCH_RAW_RUNS', 5);
const KEEP = process.env.BENCH_KEEP === '1';
/** Runs only the reports whose names contain one of these comma-separated parts (while working on them). */
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean);
const P95_BAR_MS = 300;
const RATIO_BAR = 5;
const DAY_MS = 86_400_000;

const root = fileURLToPath(new URL('..', import.meta.url));
const lastMigrationTag = () =>
  (
    JSON.parse(readFileSync(path.join(root, 'migrations/meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] }
  ).entries.at(-1)!.tag;
const log = (line: string) => console.log(line);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
};

async function timed(runs: number, warmup: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < warmup; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return { p50: median(ms), p95: percentile(ms, 0.95) };
}

/** EXPLAIN (ANALYZE, BUFFERS) of the slowest statement one service call sends. */
async function explainSlowest(pool: Pool, report: BenchReport): Promise<string> {
  const captured: { query: string; params: unknown[] }[] = [];
  const db = drizzle({
    client: pool,
    casing: 'snake_case',
    logger: { logQuery: (query, params) => void captured.push({ query, params }) },
  });
  await report.service(db);
  let slowest = { ms: -1, plan: '(no statement captured)' };
  for (const c of captured) {
    const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${c.query}`, c.params);
    const plan = (rows as Record<string, string>[]).map((r) => r['QUERY PLAN']!).join('\n');
    const ms = Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? 0);
    if (ms > slowest.ms) slowest = { ms, plan: `${c.query}\n${plan}` };
  }
  return slowest.plan;
}

const dataDir = KEEP ? path.join(root, '.data/bench-stats') : mkdtempSync(path.join(os.tmpdir(), 'bench-stats-pg-'));
if (KEEP) mkdirSync(dataDir, { recursive: true });
let pg: LocalPostgres | undefined;
let relay: RelayProcess | undefined;
let pool: Pool | undefined;
const stop = async () => {
  await pool?.end().catch(() => {});
  await relay?.stop();
  await pg?.stop();
  if (!KEEP) rmSync(dataDir, { recursive: true, force: true });
};
process.once('SIGINT', () => void stop().then(() => process.exit(130)));

try {
  console.log('# Stats benchmark');
  console.log(`machine: ${machineLine()}`);
  console.log(`disk: ${execFileSync('df', ['-h', os.tmpdir()], { encoding: 'utf8' }).trim().split('\n').at(-1)}`);
  pg = await startPostgres({ dir: dataDir, port: await freePort(), persistent: KEEP });
  relay = await startRelayProcess(pg.port);
  const url = pg.url('bench');
  const meta = `${CLICKS} clicks, ${AFFILIATES} affiliates, v1`;
  // Rollups are rebuilt whenever the schema moved on since they were built: new migrations may add rollups.
  const schemaTag = lastMigrationTag();
  let world: StatsWorld | undefined;
  let builtFor: string | undefined;
  if (await pg.databaseExists('bench')) {
    pool = nodePool(url, relay.proxy);
    const found = await pool
      .query('SELECT meta, world, schema_tag FROM public.bench_meta')
      .then((r) => r.rows[0] as { meta: string; world: StatsWorld; schema_tag: string } | undefined)
      .catch(() => undefined);
    if (found?.meta === meta) ({ world, schema_tag: builtFor } = found);
    await pool.end();
    pool = undefined;
    if (!world) await pg.admin('DROP DATABASE bench');
  }
  if (world) {
    console.log(`data: reused .data/bench-stats (${meta}, up to ${new Date(world.end).toISOString()})`);
    await migrateDatabase(url, relay.proxy);
  } else {
    await pg.admin('CREATE DATABASE bench');
    await migrateDatabase(url, relay.proxy);
    pool = nodePool(url, relay.proxy);
    const end = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    console.log(
      `loading ${CLICKS.toLocaleString('en-US')} clicks over ${DAYS} days up to ${new Date(end).toISOString()} (COPY)…`,
    );
    const t0 = performance.now();
    world = { end, ...(await loadStatsData(nodeDb(pool), { clicks: CLICKS, affiliates: AFFILIATES, end, log })) };
    console.log(`loaded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    await pool.query('CREATE TABLE public.bench_meta (meta text NOT NULL, world jsonb NOT NULL, schema_tag text)');
    await pool.query('INSERT INTO public.bench_meta VALUES ($1, $2, NULL)', [meta, JSON.stringify(world)]);
    await pool.end();
    pool = undefined;
  }
  if (builtFor !== schemaTag) {
    pool = nodePool(url, relay.proxy);
    const db = nodeDb(pool);
    console.log('VACUUM ANALYZE…');
    await pool.query('VACUUM ANALYZE');
    const r0 = performance.now();
    const built = await rebuildStats({
      ctx: { db, config: {} as Config, now: new Date(world.end), log: createLogger() },
      input: {},
    });
    const rebuildMs = performance.now() - r0;
    console.log(
      `rebuildStats: rollups of ${built.clicks.toLocaleString('en-US')} clicks and ${built.conversions.toLocaleString('en-US')} conversions in ${(rebuildMs / 1000).toFixed(1)} s`,
    );
    await pool.query('VACUUM ANALYZE');
    await pool.query('UPDATE public.bench_meta SET schema_tag = $1', [schemaTag]);
    await pool.end();
    pool = undefined;
  }
  pool = nodePool(url, relay.proxy);
  const db = nodeDb(pool);
  // As in production, where the click-rollups job has summed every passed hour: reports read the
  // rollups before this point and the raw clicks after it (none here), the path they take live.
  await pool.query(
    `INSERT INTO affiliate.click_rollups_derived (id, derived_through) VALUES (1, $1)
     ON CONFLICT (id) DO UPDATE SET derived_through = excluded.derived_through`,
    [new Date(world.end).toISOString()],
  );
  const sizes = await pool.query(
    `SELECT (SELECT count(*) FROM affiliate.conversions)::int AS conversions, (SELECT count(*) FROM affiliate.commissions)::int AS lines,
       pg_size_pretty(pg_database_size('bench')) AS db,
       (SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'affiliate' AND c.relkind = 'r' AND c.relname LIKE '%\\_hourly') AS rollups,
       (SELECT sum(n_live_tup)::bigint FROM pg_stat_user_tables WHERE relname LIKE '%\\_hourly') AS rollup_rows`,
  );
  const s = sizes.rows[0] as Record<string, string | number>;
  console.log(
    `data: ${CLICKS.toLocaleString('en-US')} clicks, ${Number(s.conversions).toLocaleString('en-US')} conversions, ${Number(s.lines).toLocaleString('en-US')} commission lines; database ${s.db}, rollups ${s.rollups} (${Number(s.rollup_rows).toLocaleString('en-US')} rows)`,
  );
  const w = world;
  const probe = await pool.query(
    `SELECT click_id FROM affiliate.conversions WHERE organization_id = $1 AND click_id IS NOT NULL ORDER BY id OFFSET 1000 LIMIT 1`,
    [w.big.organizationId],
  );
  const deepBefore = w.end - 15 * DAY_MS;
  const deep = await pool.query(
    `SELECT count(*)::int AS n FROM affiliate.clicks WHERE organization_id = $1 AND clicked_at >= $2 AND clicked_at < $3`,
    [w.big.organizationId, new Date(deepBefore).toISOString(), new Date(w.end).toISOString()],
  );
  const reports = statsReports(w, {
    clickId: (probe.rows[0] as { click_id: string }).click_id,
    deepBefore,
    deepOffset: (deep.rows[0] as { n: number }).n,
  });
  console.log(
    `runs: ${WARMUP} warm-up + ${RUNS} timed per report through the service verbs; raw: 1 warm-up + ${RAW_RUNS} timed (its three GROUP BYs in parallel on three connections)`,
  );
  console.log('');
  const rows: (string | number)[][] = [];
  const misses: BenchReport[] = [];
  let mismatches = 0;
  for (const r of reports.filter((x) => !ONLY || ONLY.some((part) => x.name.includes(part)))) {
    const service = await r.service(db);
    const raw = await r.raw(pool);
    const diff = diffAnswers(service, raw);
    if (diff) {
      mismatches++;
      console.log(`MISMATCH ${r.name}:\n${diff}`);
    }
    const fast = await timed(RUNS, WARMUP, () => r.service(db));
    const slow = await timed(RAW_RUNS, 1, () => r.raw(pool!));
    const ratio = slow.p50 / fast.p50;
    const pass = fast.p95 < P95_BAR_MS && (!r.rollup || ratio >= RATIO_BAR);
    if (!pass) misses.push(r);
    const line = [
      r.name,
      service.length,
      fast.p50.toFixed(1),
      fast.p95.toFixed(1),
      slow.p50.toFixed(0),
      slow.p95.toFixed(0),
      `${ratio.toFixed(1)}×`,
      diff ? 'MISMATCH' : 'equal',
      `${fast.p95 < P95_BAR_MS ? 'PASS' : 'FAIL'} / ${r.rollup ? (ratio >= RATIO_BAR ? 'PASS' : 'FAIL') : 'n/a'}`,
    ];
    rows.push(line);
    console.log(
      `${r.name}: p50 ${line[2]} ms, p95 ${line[3]} ms; raw p50 ${line[4]} ms (${line[6]}); ${line[7]}; load ${os.loadavg()[0]!.toFixed(2)}`,
    );
  }
  console.log('');
  console.log(
    table(
      [
        'report',
        'rows',
        'p50 ms',
        'p95 ms',
        'raw p50 ms',
        'raw p95 ms',
        'raw ÷ rollup',
        'answers',
        `p95 < ${P95_BAR_MS} / ≥ ${RATIO_BAR}×`,
      ],
      rows,
    ),
  );
  console.log(`machine after: ${machineLine()}`);
  console.log(
    misses.length === 0
      ? 'every report meets the bar'
      : `${misses.length} report(s) miss the bar: ${misses.map((m) => m.name).join(', ')}`,
  );
  for (const m of misses) {
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the slowest statement of "${m.name}":`);
    console.log(await explainSlowest(pool, m));
  }
  if (mismatches > 0) {
    console.log(`\n${mismatches} report(s) disagree with the raw rows`);
    process.exitCode = 1;
  }
} finally {
  await stop();
}
