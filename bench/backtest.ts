// Backtest benchmark (the bar: p95 under 5 s over 300,000 conversions on one 2-core machine, and the
// backtest of unchanged terms equal to the stored lines). Prints figures; not a test.
//
//   npm run bench:backtest
//   BENCH_CONVERSIONS=300000 BENCH_AFFILIATES=2000 BENCH_RUNS=10 BENCH_KEEP=1 npm run bench:backtest
//
// Generates a year of sales, rebills, refunds and their commission lines set-based in SQL
// (bench/lib/backtest-data.ts), then runs the backtest verb (Neon driver, WebSocket relay, embedded
// Postgres 18) over 365 days with unchanged terms and with a raised rate. BENCH_KEEP=1 keeps the
// loaded server in .data/bench-backtest and reuses it when it holds the same data set.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pool } from '@neondatabase/serverless';
import { freePort } from '../dev/free-port';
import { migrateDatabase } from '../dev/migrate';
import { nodeDb, nodePool } from '../dev/neon-node';
import { type LocalPostgres, startPostgres } from '../dev/postgres';
import type { Executor } from '../workers/db/client';
import type { Config } from '../workers/env';
import { createLogger } from '../workers/logging';
import { runBacktest } from '../workers/services/backtest';
import { loadBacktestData } from './lib/backtest-data';
import { type RelayProcess, startRelayProcess } from './lib/ingest-stack';
import { machineLine, median } from './lib/machine';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const CONVERSIONS = num('BENCH_CONVERSIONS', 300_000);
const AFFILIATES = num('BENCH_AFFILIATES', 2_000);
const RUNS = num('BENCH_RUNS', 10);
const WARMUP = num('BENCH_WARMUP', 1);
const KEEP = process.env.BENCH_KEEP === '1';
const P95_BAR_MS = 5_000;

const root = fileURLToPath(new URL('..', import.meta.url));
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
};

const dataDir = KEEP
  ? path.join(root, '.data/bench-backtest')
  : mkdtempSync(path.join(os.tmpdir(), 'bench-backtest-pg-'));
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
  console.log('# Backtest benchmark');
  console.log(`machine: ${machineLine()}`);
  pg = await startPostgres({ dir: dataDir, port: await freePort(), persistent: KEEP });
  relay = await startRelayProcess(pg.port);
  const url = pg.url('bench');
  const meta = `${CONVERSIONS} conversions, ${AFFILIATES} affiliates, v1`;
  let world: { organizationId: string; programId: string; end: number } | undefined;
  if (await pg.databaseExists('bench')) {
    pool = nodePool(url, relay.proxy);
    const found = await pool
      .query('SELECT meta, world FROM public.bench_meta')
      .then((r) => r.rows[0] as { meta: string; world: typeof world } | undefined)
      .catch(() => undefined);
    if (found?.meta === meta) world = found.world;
    await pool.end();
    pool = undefined;
    if (!world) await pg.admin('DROP DATABASE bench');
  }
  await (world ? Promise.resolve() : pg.admin('CREATE DATABASE bench'));
  await migrateDatabase(url, relay.proxy);
  pool = nodePool(url, relay.proxy);
  if (world) {
    console.log(`data: reused .data/bench-backtest (${meta})`);
  } else {
    const end = Date.now();
    console.log(`generating ~${CONVERSIONS.toLocaleString('en-US')} conversions over 365 days (SQL, set-based)…`);
    const t0 = performance.now();
    world = { end, ...(await loadBacktestData(pool, { conversions: CONVERSIONS, affiliates: AFFILIATES, end })) };
    console.log(`generated in ${((performance.now() - t0) / 1000).toFixed(0)} s; VACUUM ANALYZE…`);
    await pool.query('VACUUM ANALYZE');
    await pool.query('CREATE TABLE public.bench_meta (meta text NOT NULL, world jsonb NOT NULL)');
    await pool.query('INSERT INTO public.bench_meta VALUES ($1, $2)', [meta, JSON.stringify(world)]);
  }
  const w = world;
  const counts = (
    await pool.query(
      `SELECT count(*) FILTER (WHERE event_type IN ('sale', 'rebill'))::int AS paid, count(*) FILTER (WHERE event_type = 'refund')::int AS refunds,
         (SELECT count(*)::int FROM affiliate.commissions WHERE program_id = $1) AS lines,
         (SELECT sum(amount_minor)::bigint FROM affiliate.commissions WHERE program_id = $1 AND status NOT IN ('rejected', 'reversed')) AS stored
       FROM affiliate.conversions WHERE program_id = $1`,
      [w.programId],
    )
  ).rows[0] as { paid: number; refunds: number; lines: number; stored: string };
  console.log(
    `data: ${counts.paid.toLocaleString('en-US')} sales and rebills, ${counts.refunds.toLocaleString('en-US')} refunds, ${counts.lines.toLocaleString('en-US')} commission lines`,
  );
  const db = nodeDb(pool) as unknown as Executor;
  // "now" is the data set's end, so a reused data set replays the same 365 days.
  const ctx = {
    db,
    config: {} as Config,
    now: new Date(w.end + 1_000),
    log: createLogger(),
    tenant: { kind: 'advertiser' as const, organizationId: w.organizationId, role: 'owner' as const },
  };
  const groupId = (
    await pool.query('SELECT id FROM affiliate.program_groups WHERE program_id = $1 AND is_default', [w.programId])
  ).rows[0].id as string;
  const cases = [
    { name: 'unchanged terms', groups: [] },
    { name: 'rate 30 % → 35 %', groups: [{ groupId, commissionRateBps: 3_500 }] },
  ];
  console.log(
    `runs: ${WARMUP} warm-up + ${RUNS} timed per case, 365 days; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log('');
  console.log('| case | p50 | p95 | conversions | actual | proposed | delta |');
  console.log('| --- | --: | --: | --: | --: | --: | --: |');
  let equal = false;
  let worstP95 = 0;
  for (const c of cases) {
    let last: Awaited<ReturnType<typeof runBacktest>> | undefined;
    const ms: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const t0 = performance.now();
      last = await runBacktest({ ctx, input: { programId: w.programId, periodDays: 365, groups: c.groups } });
      if (i >= WARMUP) ms.push(performance.now() - t0);
    }
    const total = last!.totals[0]!;
    const p95 = percentile(ms, 0.95);
    worstP95 = Math.max(worstP95, p95);
    if (c.groups.length === 0)
      equal = total.actualMinor === total.proposedMinor && total.actualMinor === Number(counts.stored);
    console.log(
      `| ${c.name} | ${(median(ms) / 1000).toFixed(2)} s | ${(p95 / 1000).toFixed(2)} s | ${last!.conversions.toLocaleString('en-US')} | ${total.actualMinor} | ${total.proposedMinor} | ${total.deltaMinor} |`,
    );
  }
  console.log('');
  console.log(
    `stored lines (net of adjustments): ${counts.stored}; unchanged terms equal them: ${equal ? 'yes' : 'NO'}`,
  );
  console.log(
    `p95 bar ${P95_BAR_MS / 1000} s: ${worstP95 < P95_BAR_MS ? 'met' : 'MISSED'} (worst p95 ${(worstP95 / 1000).toFixed(2)} s)`,
  );
  console.log(
    `load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (!equal) process.exitCode = 1;
} finally {
  await stop();
}
