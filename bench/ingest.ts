// Ingest benchmark (SPEC "Quality bars": batches of clicks into Postgres at ≥ 20,000 clicks/s on
// one 2-core machine). Prints figures; it is not a test.
//
//   npm run bench:ingest
//   BENCH_CLICKS=200000 BENCH_WRITERS=1,4,8 BENCH_TENANTS=1 BENCH_PER_BATCH_POOL=8 BENCH_EXPLAIN=1 npm run bench:ingest
//
// The consumer path is the real one: services/tracking/record-clicks.ts (one unnest/ON CONFLICT
// statement per batch of 100 that also upserts the hourly rollup), through the Neon driver and
// the WebSocket relay, against embedded Postgres 18. The ceiling is one server-side COPY of the
// same number of rows, generated the same way, into the same emptied table and indexes.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Pool } from '@neondatabase/serverless';
import { drizzle } from 'drizzle-orm/neon-serverless';
import { freePort } from '../dev/free-port';
import { migrateDatabase } from '../dev/migrate';
import { nodeDb, nodePool } from '../dev/neon-node';
import { startPostgres, type LocalPostgres } from '../dev/postgres';
import * as schema from '../schema';
import { createTenant } from '../test/tenant';
import type { ServiceContext } from '../workers/context';
import type { ResolvedCode } from '../workers/domain/click-status';
import type { Config } from '../workers/env';
import { recordClicks } from '../workers/services/tracking/record-clicks';
import type { ClickMessage } from '../workers/tracker/click-message';
import { COPY_COLUMNS, csvRow, DEFAULT_MIX, generateClicks, type BenchTenant } from './lib/clicks';
import { childPids, machineLine, median, table, topSnapshot, treeCpuSeconds } from './lib/machine';

const root = fileURLToPath(new URL('..', import.meta.url));
const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const N = num('BENCH_CLICKS', 200_000);
const BATCH = 100;
const WRITERS = (process.env.BENCH_WRITERS ?? '1,4,8').split(',').map(Number);
/** Writers for one more run that opens a new Pool per batch, as consumers/clicks.ts does; 0 skips it. */
const PER_BATCH_POOL = num('BENCH_PER_BATCH_POOL', 8);
const TENANTS = num('BENCH_TENANTS', 1);
/** Clicks of the 23 hours before the measured hour, loaded (COPY) and analyzed before every run: a table in steady state. */
const HISTORY = num('BENCH_HISTORY', 200_000);
/** Extra SQL run once after the migrations, on the bench database only (to try index changes). */
const EXTRA_SQL = process.env.BENCH_SQL;
const TARGET = 20_000;
const EXPLAIN = process.env.BENCH_EXPLAIN; // '1' always, '0' never, unset: when the target is missed

type Db = ReturnType<typeof nodeDb>;

interface CpuSplit {
  node: number;
  relay: number;
  postgres: number;
}

const out: string[] = [];
const say = (line = '') => {
  console.log(line);
  out.push(line);
};

async function startRelayProcess(pgPort: number): Promise<{ child: ChildProcess; proxy: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/lib/relay-process.ts'), String(pgPort)], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`relay exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  return { child, proxy: `localhost:${port}/v1` };
}

function cpuNow(relayPid: number, postmasterPid: number): CpuSplit {
  const u = process.cpuUsage();
  return { node: (u.user + u.system) / 1e6, relay: treeCpuSeconds(relayPid), postgres: treeCpuSeconds(postmasterPid) };
}
const cpuDelta = (a: CpuSplit, b: CpuSplit): CpuSplit => ({ node: b.node - a.node, relay: b.relay - a.relay, postgres: b.postgres - a.postgres });

/** The CSV of the history rows, written once and loaded before every run. */
let historyFile: string | undefined;

async function truncate(db: Db) {
  await db.execute('TRUNCATE affiliate.clicks, affiliate.click_stats_hourly');
  if (historyFile) await db.execute(`COPY affiliate.clicks (${COPY_COLUMNS.join(', ')}) FROM '${historyFile}' WITH (FORMAT csv)`);
  // Fresh statistics, the same starting point for every run (as autovacuum keeps them in production).
  await db.execute('VACUUM ANALYZE affiliate.clicks, affiliate.click_stats_hourly');
}

/** World-readable, straight in the temp dir: the server reads it as its own OS user. */
function writeCsv(messages: ClickMessage[], byRefCode: Map<string, ResolvedCode>): string {
  const file = path.join(os.tmpdir(), `bench-ingest-${process.pid}-${randomUUID()}.csv`);
  writeFileSync(file, messages.map((m) => csvRow(m, byRefCode)).join('\n') + '\n', { mode: 0o644 });
  return file;
}

async function verify(db: Db, expected: number, since: number) {
  // Only the measured hour: the history rows came in by COPY, without rollups.
  const at = `clicked_at >= '${new Date(since).toISOString()}'`;
  const { rows } = await db.execute(`
    SELECT (SELECT count(*) FROM affiliate.clicks WHERE ${at})::int AS clicks,
           (SELECT count(*) FROM affiliate.clicks WHERE ${at} AND program_id IS NOT NULL)::int AS with_program,
           (SELECT count(*) FROM affiliate.clicks WHERE ${at} AND status = 'accepted')::int AS accepted,
           (SELECT count(*) FROM affiliate.clicks WHERE ${at} AND is_unique)::int AS uniques,
           (SELECT count(*) FROM ONLY affiliate.clicks_default)::int AS in_default,
           (SELECT coalesce(sum(clicks + rejected_clicks), 0) FROM affiliate.click_stats_hourly)::int AS rolled_up,
           (SELECT coalesce(sum(unique_clicks), 0) FROM affiliate.click_stats_hourly)::int AS rolled_unique,
           (SELECT count(*) FROM affiliate.click_stats_hourly)::int AS rollup_rows`);
  const r = rows[0] as Record<string, number>;
  const ok = r.clicks === expected && r.rolled_up === r.with_program && r.rolled_unique === r.uniques && r.in_default === 0;
  return {
    ok,
    line:
      `${ok ? 'OK' : 'MISMATCH'}: count(clicks) ${r.clicks} (expected ${expected}); clicks with a program ${r.with_program} = Σ(clicks + rejected_clicks) in click_stats_hourly ${r.rolled_up}` +
      ` over ${r.rollup_rows} rollup rows; accepted ${r.accepted}; unique ${r.uniques} = Σ unique_clicks ${r.rolled_unique}; in clicks_default ${r.in_default}`,
  };
}

/**
 * Samples pg_stat_activity every 100 ms during a run: how many of the writers' backends were
 * running, and how many were waiting for a lock (concurrent batches upserting the same rollup rows).
 */
function sampleWaits(db: Db) {
  const waits = new Map<string, number>();
  let samples = 0;
  let active = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const { rows } = await db.execute(
        `SELECT state, wait_event_type, wait_event FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND state = 'active'`,
      );
      samples++;
      for (const r of rows as { wait_event_type: string | null; wait_event: string | null }[]) {
        active++;
        const key = r.wait_event_type ? `${r.wait_event_type}:${r.wait_event}` : 'on CPU';
        waits.set(key, (waits.get(key) ?? 0) + 1);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    const per = (n: number) => (samples ? n / samples : 0).toFixed(2);
    const top = [...waits.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, n]) => `${k} ${per(n)}`);
    return `backends running a batch, mean of ${samples} samples: ${per(active)} (${top.join(', ') || 'none'})`;
  };
}

interface RunResult {
  label: string;
  writers: number;
  seconds: number;
  rate: number;
  batchP50: number;
  batchP99: number;
  cpu: CpuSplit;
  verified: string;
  ok: boolean;
  waits?: string;
}

async function consumerRun(opts: {
  label: string; writers: number; perBatchPool: boolean; messages: ClickMessage[]; url: string; proxy: string; admin: Db; relayPid: number; postmasterPid: number; config: Config; top: boolean;
}): Promise<RunResult> {
  await truncate(opts.admin);
  const batches: ClickMessage[][] = [];
  for (let i = 0; i < opts.messages.length; i += BATCH) batches.push(opts.messages.slice(i, i + BATCH));
  const pools: Pool[] = [];
  const dbs: Db[] = [];
  if (!opts.perBatchPool) {
    for (let w = 0; w < opts.writers; w++) {
      const pool = nodePool(opts.url, opts.proxy);
      pools.push(pool);
      dbs.push(nodeDb(pool));
      await pool.query('SELECT 1'); // connected before the clock starts
    }
  }
  let next = 0;
  const latencies: number[] = [];
  const writer = async (w: number) => {
    for (let b = next++; b < batches.length; b = next++) {
      const t0 = performance.now();
      if (opts.perBatchPool) {
        // What consumers/clicks.ts does per queue batch: open a Pool, write, end it.
        const pool = nodePool(opts.url, opts.proxy);
        try {
          await recordClicks({ ctx: ctx(nodeDb(pool), opts.config), input: { clicks: batches[b]! } });
        } finally {
          await pool.end();
        }
      } else {
        await recordClicks({ ctx: ctx(dbs[w]!, opts.config), input: { clicks: batches[b]! } });
      }
      latencies.push(performance.now() - t0);
    }
  };
  let topText = '';
  const cpu0 = cpuNow(opts.relayPid, opts.postmasterPid);
  const t0 = performance.now();
  const topTimer = opts.top ? setTimeout(() => (topText = topSnapshot(8)), 2_000) : undefined;
  const stopSampling = sampleWaits(opts.admin);
  await Promise.all(Array.from({ length: opts.writers }, (_, w) => writer(w)));
  const seconds = (performance.now() - t0) / 1000;
  clearTimeout(topTimer);
  const waits = await stopSampling();
  const cpu = cpuDelta(cpu0, cpuNow(opts.relayPid, opts.postmasterPid));
  await Promise.all(pools.map((p) => p.end()));
  const v = await verify(opts.admin, opts.messages.length, opts.messages[0]!.at);
  if (topText) say(`top -b -n1 two seconds into "${opts.label}":\n${topText}\n`);
  return {
    label: opts.label, writers: opts.writers, seconds, rate: opts.messages.length / seconds, batchP50: median(latencies),
    batchP99: [...latencies].sort((a, b) => a - b)[Math.floor(latencies.length * 0.99)] ?? NaN, cpu, verified: v.line, ok: v.ok, waits,
  };
}

const ctx = (db: Db, config: Config): ServiceContext => ({ db, config, now: new Date() });

async function copyRun(opts: { label: string; messages: ClickMessage[]; admin: Db; byRefCode: Map<string, ResolvedCode>; relayPid: number; postmasterPid: number }): Promise<RunResult> {
  await truncate(opts.admin);
  const file = writeCsv(opts.messages, opts.byRefCode);
  try {
    const cpu0 = cpuNow(opts.relayPid, opts.postmasterPid);
    const t0 = performance.now();
    await opts.admin.execute(`COPY affiliate.clicks (${COPY_COLUMNS.join(', ')}) FROM '${file}' WITH (FORMAT csv)`);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = cpuDelta(cpu0, cpuNow(opts.relayPid, opts.postmasterPid));
    const { rows } = await opts.admin.execute(`SELECT count(*)::int AS n FROM affiliate.clicks WHERE clicked_at >= '${new Date(opts.messages[0]!.at).toISOString()}'`);
    const n = (rows[0] as { n: number }).n;
    return {
      label: opts.label, writers: 1, seconds, rate: opts.messages.length / seconds, batchP50: NaN, batchP99: NaN, cpu,
      verified: `${n === opts.messages.length ? 'OK' : 'MISMATCH'}: count(clicks) ${n} (expected ${opts.messages.length}); no rollup (COPY is the ceiling)`, ok: n === opts.messages.length,
    };
  } finally {
    rmSync(file, { force: true });
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of the consumer's statement for one fresh batch, rolled back. */
async function explainBatch(url: string, proxy: string, messages: ClickMessage[], config: Config): Promise<string> {
  const pool = nodePool(url, proxy);
  try {
    let captured: { query: string; params: unknown[] } | undefined;
    const db = drizzle({ client: pool, schema, casing: 'snake_case', logger: { logQuery: (query, params) => void (query.includes('INSERT INTO affiliate.clicks') && (captured = { query, params })) } });
    const rollback = new Error('rollback');
    await db
      .transaction(async (tx) => {
        await recordClicks({ ctx: { db: tx, config, now: new Date() }, input: { clicks: messages } });
        throw rollback;
      })
      .catch((err: unknown) => {
        if (err !== rollback) throw err;
      });
    if (!captured) return '(no statement captured)';
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const res = await client.query(`EXPLAIN (ANALYZE, BUFFERS, VERBOSE OFF) ${captured.query}`, captured.params);
      await client.query('ROLLBACK');
      return res.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-ingest-pg-'));
  let pg: LocalPostgres | undefined;
  let relay: { child: ChildProcess; proxy: string } | undefined;
  let admin: Pool | undefined;
  const stop = async () => {
    await admin?.end().catch(() => {});
    if (relay) {
      const child = relay.child;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3_000))]);
    }
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
    if (historyFile) rmSync(historyFile, { force: true });
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    say('# Ingest benchmark');
    say(`machine: ${machineLine()}`);
    pg = await startPostgres({ dir, port: await freePort(), persistent: false });
    const postmasterPid = childPids(process.pid, 'postgres')[0] ?? -1;
    relay = await startRelayProcess(pg.port);
    await pg.admin('CREATE DATABASE bench');
    const url = pg.url('bench');
    await migrateDatabase(url, relay.proxy);
    admin = nodePool(url, relay.proxy);
    const adminDb = nodeDb(admin);
    if (EXTRA_SQL) await adminDb.execute(EXTRA_SQL);
    const tenants: BenchTenant[] = [];
    for (let i = 0; i < TENANTS; i++) {
      const t = await createTenant(adminDb);
      tenants.push({ organizationId: t.org.id, appId: t.app.id, programId: t.program.id, enrollmentId: t.enrollment.id, affiliateId: t.affiliate.id, refCode: t.enrollment.refCode });
    }
    const byRefCode = new Map<string, ResolvedCode>(
      tenants.map((t) => [t.refCode, { enrollmentId: t.enrollmentId, enrollmentStatus: 'active', programId: t.programId, programStatus: 'active', organizationId: t.organizationId, appId: t.appId, affiliateId: t.affiliateId, linkId: null }]),
    );
    // recordClicks reads only ctx.db; the config is what the consumer would carry.
    const config = { DATABASE_URL: url, NEON_WS_PROXY: relay.proxy } as unknown as Config;

    const settingsRows = (await adminDb.execute(`SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers', 'max_wal_size', 'server_version') ORDER BY name`)).rows as { name: string; setting: string }[];
    say(`postgres: embedded ${settingsRows.map((r) => `${r.name}=${r.setting}`).join(', ')} (dev/postgres.ts flags); pid ${postmasterPid}, relay in its own process (pid ${relay.child.pid})`);
    say(`clicks: ${N} per run in batches of ${BATCH}, ids UUIDv7 spread over the last hour in time order; ${TENANTS} tenant(s) from test/tenant.ts; mix ${Object.entries(DEFAULT_MIX).map(([k, v]) => `${k} ${v * 100}%`).join(', ')}`);
    say(
      `each run: TRUNCATE clicks + click_stats_hourly, COPY ${HISTORY} history clicks of the 23 h before, VACUUM ANALYZE; fresh ids; ` +
        'writers connected before the clock starts (except the Pool-per-batch run)',
    );
    if (EXTRA_SQL) say(`extra SQL on the bench database (not in migrations/): ${EXTRA_SQL}`);
    say('');

    const now = Date.now();
    if (HISTORY > 0) historyFile = writeCsv(await generateClicks({ count: HISTORY, tenants, from: now - 24 * 3_600_000, to: now - 3_600_000, seed: 424242 }), byRefCode);
    const fresh = async (seed: number) => generateClicks({ count: N, tenants, from: now - 3_600_000, to: now, seed });
    const results: RunResult[] = [];
    const copies: RunResult[] = [];
    const report = (r: RunResult) => {
      say(`${r.label}: ${r.rate.toFixed(0)} clicks/s (${r.seconds.toFixed(2)} s${Number.isFinite(r.batchP50) ? `, batch p50 ${r.batchP50.toFixed(1)} ms p99 ${r.batchP99.toFixed(1)} ms` : ''}); CPU s: node ${r.cpu.node.toFixed(1)}, relay ${r.cpu.relay.toFixed(1)}, postgres ${r.cpu.postgres.toFixed(1)}; load avg ${os.loadavg()[0]!.toFixed(2)}`);
      say(`  ${r.verified}`);
      if (r.waits) say(`  ${r.waits}`);
    };
    let seed = 1;
    const copy = async (label: string) => {
      const r = await copyRun({ label, messages: await fresh(seed++), admin: adminDb, byRefCode, relayPid: relay!.child.pid!, postmasterPid });
      copies.push(r);
      report(r);
    };
    await copy('COPY ceiling (before)');
    const runs = [...WRITERS.map((w) => ({ writers: w, perBatchPool: false })), ...(PER_BATCH_POOL ? [{ writers: PER_BATCH_POOL, perBatchPool: true }] : [])];
    for (const [i, run] of runs.entries()) {
      const label = `consumer, ${run.writers} writer${run.writers > 1 ? 's' : ''}${run.perBatchPool ? ', new Pool per batch' : ', one Pool each'}`;
      const r = await consumerRun({
        label, writers: run.writers, perBatchPool: run.perBatchPool, messages: await fresh(seed++), url, proxy: relay.proxy, admin: adminDb,
        relayPid: relay.child.pid!, postmasterPid, config, top: i === runs.length - 1 || run.writers === Math.max(...WRITERS),
      });
      results.push(r);
      report(r);
    }
    await copy('COPY ceiling (after)');

    const ceiling = median(copies.map((c) => c.rate));
    say('');
    say(`ceiling: COPY of ${N} rows, median of ${copies.length}: ${ceiling.toFixed(0)} rows/s`);
    say(
      table(
        ['run', 'clicks/s', 'batch p50 ms', 'batch p99 ms', 'CPU s node/relay/pg', 'consumer ÷ COPY', `≥ ${TARGET}/s`, 'correct'],
        results.map((r) => [
          r.label, r.rate.toFixed(0), r.batchP50.toFixed(1), r.batchP99.toFixed(1), `${r.cpu.node.toFixed(1)}/${r.cpu.relay.toFixed(1)}/${r.cpu.postgres.toFixed(1)}`,
          (r.rate / ceiling).toFixed(2), r.rate >= TARGET ? 'PASS' : 'FAIL', r.ok ? 'OK' : 'MISMATCH',
        ]),
      ),
    );
    const best = Math.max(...results.map((r) => r.rate));
    say(`best consumer rate ${best.toFixed(0)} clicks/s: ${best >= TARGET ? 'PASS' : 'FAIL'} against ${TARGET}/s`);

    if (EXPLAIN === '1' || (EXPLAIN !== '0' && best < TARGET)) {
      // The table now holds the last consumer run's rows; explain one more batch on top of them.
      const batch = (await generateClicks({ count: BATCH, tenants, from: now - 1_000, to: now, seed: 999 })).slice(0, BATCH);
      say('');
      say(`EXPLAIN (ANALYZE, BUFFERS) of one consumer batch (${BATCH} clicks, rolled back) on top of the last run's ${HISTORY} + ${N} rows:`);
      say(await explainBatch(url, relay.proxy, batch, config));
    }
    if (results.some((r) => !r.ok) || copies.some((c) => !c.ok)) process.exitCode = 1;
  } finally {
    await stop();
  }
}

await main();
