// Ingest benchmark (the bar: batches of clicks into Postgres at ≥ 20,000 clicks/s on
// one 2-core machine). Prints figures; it is not a test.
//
//   npm run bench:ingest
//   BENCH_CLICKS=200000 BENCH_WRITERS=1,4,8 BENCH_PER_BATCH_POOL=8 BENCH_TENANTS=1 BENCH_HISTORY=200000 BENCH_EXPLAIN=1 npm run bench:ingest
//   BENCH_SQL="CREATE INDEX …" npm run bench:ingest      (try an index on the bench database only)
//
// The consumer path is the real one: services/tracking/record-clicks.ts (one unnest/ON CONFLICT
// statement per batch of 100 that also upserts the hourly rollup), through the Neon driver and
// the WebSocket relay, against embedded Postgres 18. The ceiling is one server-side COPY of the
// same number of rows, generated the same way, into the same table in the same state.
import { rmSync } from 'node:fs';
import os from 'node:os';
import { drizzle } from 'drizzle-orm/neon-serverless';
import type { Pool } from '@neondatabase/serverless';
import { nodeDb, nodePool } from '../dev/neon-node';
import * as schema from '../schema';
import type { ServiceContext } from '../workers/context';
import type { Config } from '../workers/env';
import { createLogger } from '../workers/logging';
import { recordClicks } from '../workers/services/tracking/record-clicks';
import type { ClickMessage } from '../workers/contracts/click-message';
import { DEFAULT_MIX, generateClicks } from './lib/clicks';
import {
  copyStatement,
  cpuDelta,
  startIngestStack,
  writeCsv,
  type CpuSplit,
  type Db,
  type IngestStack,
} from './lib/ingest-stack';
import { machineLine, median, table, topSnapshot } from './lib/machine';

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

/**
 * Samples pg_stat_activity every 100 ms during a run: how many of the writers' backends were
 * running, and what they waited for (Lock:transactionid/tuple = concurrent batches upserting the
 * same rollup rows).
 */
function sampleWaits(db: Db) {
  const waits = new Map<string, number>();
  let samples = 0;
  let active = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const { rows } = await db.execute(
        `SELECT wait_event_type, wait_event FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND state = 'active'`,
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
    const top = [...waits.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k, n]) => `${k} ${per(n)}`);
    return `backends running a batch, mean of ${samples} samples: ${per(active)} (${top.join(', ') || 'none'})`;
  };
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
  const ok =
    r.clicks === expected && r.rolled_up === r.with_program && r.rolled_unique === r.uniques && r.in_default === 0;
  return {
    ok,
    line:
      `${ok ? 'OK' : 'MISMATCH'}: count(clicks) ${r.clicks} (expected ${expected}); clicks with a program ${r.with_program} = Σ(clicks + rejected_clicks) in click_stats_hourly ${r.rolled_up}` +
      ` over ${r.rollup_rows} rollup rows; accepted ${r.accepted}; unique ${r.uniques} = Σ unique_clicks ${r.rolled_unique}; in clicks_default ${r.in_default}`,
  };
}

interface RunResult {
  label: string;
  seconds: number;
  rate: number;
  batchP50: number;
  batchP99: number;
  cpu: CpuSplit;
  verified: string;
  ok: boolean;
  waits?: string;
  top?: string;
}

const ctx = (db: Db, config: Config): ServiceContext => ({ db, config, now: new Date(), log: createLogger() });

async function consumerRun(
  stack: IngestStack,
  opts: { label: string; writers: number; perBatchPool: boolean; messages: ClickMessage[]; top: boolean },
): Promise<RunResult> {
  await stack.reset();
  const batches: ClickMessage[][] = [];
  for (let i = 0; i < opts.messages.length; i += BATCH) batches.push(opts.messages.slice(i, i + BATCH));
  const pools: Pool[] = [];
  const dbs: Db[] = [];
  if (!opts.perBatchPool) {
    for (let w = 0; w < opts.writers; w++) {
      const pool = nodePool(stack.url, stack.proxy);
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
        const pool = nodePool(stack.url, stack.proxy);
        try {
          await recordClicks({ ctx: ctx(nodeDb(pool), stack.config), input: { clicks: batches[b]! } });
        } finally {
          await pool.end();
        }
      } else {
        await recordClicks({ ctx: ctx(dbs[w]!, stack.config), input: { clicks: batches[b]! } });
      }
      latencies.push(performance.now() - t0);
    }
  };
  let top: string | undefined;
  const topTimer = opts.top ? setTimeout(() => void topSnapshot(10).then((t) => (top = t)), 2_000) : undefined;
  const stopSampling = sampleWaits(stack.admin);
  const cpu0 = stack.cpuNow();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: opts.writers }, (_, w) => writer(w)));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuDelta(cpu0, stack.cpuNow());
  clearTimeout(topTimer);
  const waits = await stopSampling();
  await Promise.all(pools.map((p) => p.end()));
  const v = await verify(stack.admin, opts.messages.length, opts.messages[0]!.at);
  latencies.sort((a, b) => a - b);
  return {
    label: opts.label,
    seconds,
    rate: opts.messages.length / seconds,
    batchP50: median(latencies),
    batchP99: latencies[Math.floor(latencies.length * 0.99)] ?? NaN,
    cpu,
    verified: v.line,
    ok: v.ok,
    waits,
    top,
  };
}

async function copyRun(stack: IngestStack, opts: { label: string; messages: ClickMessage[] }): Promise<RunResult> {
  await stack.reset();
  const file = await writeCsv(opts.messages, stack.byRefCode);
  try {
    const cpu0 = stack.cpuNow();
    const t0 = performance.now();
    await stack.admin.execute(copyStatement(file));
    const seconds = (performance.now() - t0) / 1000;
    const cpu = cpuDelta(cpu0, stack.cpuNow());
    const { rows } = await stack.admin.execute(
      `SELECT count(*)::int AS n FROM affiliate.clicks WHERE clicked_at >= '${new Date(opts.messages[0]!.at).toISOString()}'`,
    );
    const n = (rows[0] as { n: number }).n;
    return {
      label: opts.label,
      seconds,
      rate: opts.messages.length / seconds,
      batchP50: NaN,
      batchP99: NaN,
      cpu,
      verified: `${n === opts.messages.length ? 'OK' : 'MISMATCH'}: count(clicks) ${n} (expected ${opts.messages.length}); no rollup (COPY is the ceiling)`,
      ok: n === opts.messages.length,
    };
  } finally {
    rmSync(file, { force: true });
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of the consumer's statement for one fresh batch, rolled back. */
async function explainBatch(stack: IngestStack, messages: ClickMessage[]): Promise<string> {
  const pool = nodePool(stack.url, stack.proxy);
  try {
    let captured: { query: string; params: unknown[] } | undefined;
    const logger = {
      logQuery: (query: string, params: unknown[]) =>
        void (query.includes('INSERT INTO affiliate.clicks') && (captured = { query, params })),
    };
    const db = drizzle({ client: pool, schema, casing: 'snake_case', logger });
    const rollback = new Error('rollback');
    await db
      .transaction(async (tx) => {
        await recordClicks({
          ctx: { db: tx, config: stack.config, now: new Date(), log: createLogger() },
          input: { clicks: messages },
        });
        throw rollback;
      })
      .catch((err: unknown) => {
        if (err !== rollback) throw err;
      });
    if (!captured) return '(no statement captured)';
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const res = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${captured.query}`, captured.params);
      await client.query('ROLLBACK');
      // The 15 never-executed partitions of the NOT EXISTS append (pruned at run time) say nothing.
      const lines = res.rows.map((r: Record<string, string>) => r['QUERY PLAN']!);
      return lines
        .filter((l, i) => !/\(never executed\)/.test(l) && !/\(never executed\)/.test(lines[i - 1] ?? ''))
        .join('\n');
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}

const stack = await startIngestStack({ tenants: TENANTS, history: HISTORY, extraSql: EXTRA_SQL });
process.once('SIGINT', () => void stack.stop().then(() => process.exit(130)));
try {
  console.log('# Ingest benchmark');
  console.log(`machine: ${machineLine()}`);
  console.log(`postgres: ${stack.settingsLine}`);
  console.log(
    `clicks: ${N} per run in batches of ${BATCH}, ids UUIDv7 spread over the last hour in time order; ${TENANTS} tenant(s) from test/tenant.ts; mix ${Object.entries(
      DEFAULT_MIX,
    )
      .map(([k, v]) => `${k} ${v * 100}%`)
      .join(', ')}`,
  );
  console.log(
    `each run: TRUNCATE clicks, the click rollups and enrollment_totals, COPY ${HISTORY} history clicks of the 23 h before, VACUUM ANALYZE; fresh ids; ` +
      'writers connected before the clock starts (except the Pool-per-batch run)',
  );
  if (EXTRA_SQL) console.log(`extra SQL on the bench database (not in migrations/): ${EXTRA_SQL}`);
  console.log('');

  const fresh = (seed: number) =>
    generateClicks({ count: N, tenants: stack.tenants, from: stack.now - 3_600_000, to: stack.now, seed });
  const results: RunResult[] = [];
  const copies: RunResult[] = [];
  const report = (r: RunResult) => {
    console.log(
      `${r.label}: ${r.rate.toFixed(0)} clicks/s (${r.seconds.toFixed(2)} s${Number.isFinite(r.batchP50) ? `, batch p50 ${r.batchP50.toFixed(1)} ms p99 ${r.batchP99.toFixed(1)} ms` : ''}); ` +
        `CPU s: node ${r.cpu.node.toFixed(1)}, relay ${r.cpu.relay.toFixed(1)}, postgres ${r.cpu.postgres.toFixed(1)}; load avg ${os.loadavg()[0]!.toFixed(2)}`,
    );
    console.log(`  ${r.verified}`);
    if (r.waits) console.log(`  ${r.waits}`);
    if (r.top) console.log(`  top two seconds in:\n${r.top.replace(/^/gm, '    ')}`);
  };
  let seed = 1;
  const copy = async (label: string) => {
    const r = await copyRun(stack, { label, messages: fresh(seed++) });
    copies.push(r);
    report(r);
  };
  await copy('COPY ceiling (before)');
  const runs = [
    ...WRITERS.map((w) => ({ writers: w, perBatchPool: false })),
    ...(PER_BATCH_POOL ? [{ writers: PER_BATCH_POOL, perBatchPool: true }] : []),
  ];
  const busiest = Math.max(...WRITERS);
  for (const run of runs) {
    const label = `consumer, ${run.writers} writer${run.writers > 1 ? 's' : ''}${run.perBatchPool ? ', new Pool per batch' : ', one Pool each'}`;
    const r = await consumerRun(stack, {
      label,
      writers: run.writers,
      perBatchPool: run.perBatchPool,
      messages: fresh(seed++),
      top: !run.perBatchPool && run.writers === busiest,
    });
    results.push(r);
    report(r);
  }
  await copy('COPY ceiling (after)');

  const ceiling = median(copies.map((c) => c.rate));
  const perClick = (s: number) => ((s * 1e6) / N).toFixed(0);
  console.log('');
  console.log(
    `ceiling: COPY of ${N} rows, median of ${copies.length}: ${ceiling.toFixed(0)} rows/s; postgres CPU ${perClick(median(copies.map((c) => c.cpu.postgres)))} µs/row`,
  );
  console.log(
    table(
      [
        'run',
        'clicks/s',
        'batch p50 ms',
        'batch p99 ms',
        'CPU µs/click node/relay/pg',
        'consumer ÷ COPY',
        `≥ ${TARGET}/s`,
        'correct',
      ],
      results.map((r) => [
        r.label,
        r.rate.toFixed(0),
        r.batchP50.toFixed(1),
        r.batchP99.toFixed(1),
        `${perClick(r.cpu.node)}/${perClick(r.cpu.relay)}/${perClick(r.cpu.postgres)}`,
        (r.rate / ceiling).toFixed(2),
        r.rate >= TARGET ? 'PASS' : 'FAIL',
        r.ok ? 'OK' : 'MISMATCH',
      ]),
    ),
  );
  const best = Math.max(...results.map((r) => r.rate));
  console.log(
    `best consumer rate ${best.toFixed(0)} clicks/s: ${best >= TARGET ? 'PASS' : 'FAIL'} against ${TARGET}/s on this machine`,
  );

  if (EXPLAIN === '1' || (EXPLAIN !== '0' && best < TARGET)) {
    // The table now holds the last COPY run's rows; explain one more batch on top of them.
    const batch = generateClicks({
      count: BATCH,
      tenants: stack.tenants,
      from: stack.now - 1_000,
      to: stack.now,
      seed: 999,
    });
    console.log('');
    console.log(
      `EXPLAIN (ANALYZE, BUFFERS) of one consumer batch (${BATCH} clicks, rolled back) on top of ${HISTORY} + ${N} rows (never-executed partitions left out):`,
    );
    console.log(await explainBatch(stack, batch));
  }
  if (results.some((r) => !r.ok) || copies.some((c) => !c.ok)) process.exitCode = 1;
} finally {
  await stack.stop();
}
