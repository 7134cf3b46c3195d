// Ingest benchmark. The bar: the consumer at 8 writers writes ≥ 0.45 × the clicks/s of a COPY of
// the same rows in the same run (so a busy machine slows both sides); the older absolute bar of
// 20,000 clicks/s on one 2-core machine is printed second. Prints figures; it is not a test.
//
//   npm run bench:ingest
//   BENCH_CLICKS=200000 BENCH_WRITERS=1,4,8 BENCH_PER_BATCH_POOL=8 BENCH_TENANTS=1 BENCH_HISTORY=200000 BENCH_EXPLAIN=1 npm run bench:ingest
//   BENCH_SQL="CREATE INDEX …" npm run bench:ingest      (try an index on the bench database only)
//
// The consumer path is the real one: services/tracking/record-clicks.ts (one unnest/ON CONFLICT
// statement per batch of 100 that also checks the plan limit and upserts the rollups, totals and
// plan meter), through the Neon driver and
// the WebSocket relay, against embedded Postgres 18. The ceiling is one server-side COPY of the
// same number of rows, generated the same way, into the same table in the same state.
import { rmSync } from 'node:fs';
import os from 'node:os';
import { drizzle } from 'drizzle-orm/neon-serverless';
import type { Pool } from '@neondatabase/serverless';
import { nodeDb, nodePool } from '../dev/neon-node';
import type { ServiceContext } from '../workers/context';
import type { Config } from '../workers/env';
import { createLogger } from '../workers/logging';
import { deriveClickRollups } from '../workers/services/stats/derive-click-rollups';
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
/** The bar: the consumer at 8 writers (one Pool each) against the COPY ceiling of the same run. */
const RATIO_BAR = 0.45;
const BAR_WRITERS = 8;
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

/**
 * Every table ingest writes against the raw rows of the measured hour (the history came in by COPY,
 * without rollups, totals or meter): each rollup, the enrollments' click totals and the plan meter
 * must hold every new click exactly once.
 */
async function verify(db: Db, expected: number, since: number) {
  const at = `clicked_at >= '${new Date(since).toISOString()}'`;
  const resolved = `${at} AND program_id IS NOT NULL AND organization_id IS NOT NULL AND app_id IS NOT NULL`;
  const accepted = `${resolved} AND status = 'accepted'`;
  const subs = `(SELECT count(*) FROM (SELECT * FROM affiliate.clicks WHERE ${accepted}) c CROSS JOIN LATERAL (VALUES (c.sub1), (c.sub2), (c.sub3), (c.sub4), (c.sub5), (c.sub6), (c.sub7), (c.sub8), (c.sub9), (c.sub10)) v(value) WHERE v.value IS NOT NULL)`;
  const sum = (table: string, expr: string) => `(SELECT coalesce(sum(${expr}), 0) FROM affiliate.${table})`;
  const count = (where: string) => `(SELECT count(*) FROM affiliate.clicks WHERE ${where})`;
  // [what, stored, from raw rows]
  const checks: [string, string, string][] = [
    ['clicks', count(at), String(expected)],
    ['click_stats_hourly all', sum('click_stats_hourly', 'clicks + rejected_clicks'), count(resolved)],
    ['click_stats_hourly unique', sum('click_stats_hourly', 'unique_clicks'), count(`${at} AND is_unique`)],
    ['click_rejections_hourly', sum('click_rejections_hourly', 'clicks'), count(`${at} AND status = 'rejected'`)],
    ['click_tech_hourly', sum('click_tech_hourly', 'clicks'), count(accepted)],
    ['click_links_hourly', sum('click_links_hourly', 'clicks'), count(accepted)],
    ['click_subs_hourly', sum('click_subs_hourly', 'clicks'), subs],
    ['click_program_hourly', sum('click_program_hourly', 'clicks + rejected_clicks'), count(resolved)],
    ['click_geo_hourly', sum('click_geo_hourly', 'clicks + rejected_clicks'), count(resolved)],
    ['click_enrollment_daily', sum('click_enrollment_daily', 'clicks + rejected_clicks'), count(resolved)],
    ['click_subs_daily', sum('click_subs_daily', 'clicks'), subs],
    ['enrollment_totals', sum('enrollment_totals', 'clicks'), count(`${accepted} AND enrollment_id IS NOT NULL`)],
    [
      'plan_click_usage',
      sum('plan_click_usage', 'clicks'),
      count(`${at} AND organization_id IS NOT NULL AND (status = 'accepted' OR reject_reason = 'over_plan')`),
    ],
    ['rows in clicks_default', '(SELECT count(*) FROM ONLY affiliate.clicks_default)', '0'],
  ];
  const { rows } = await db.execute(
    `SELECT ${checks.map(([, stored, raw], i) => `(${stored})::bigint AS s${i}, (${raw})::bigint AS r${i}`).join(', ')}`,
  );
  const r = rows[0] as Record<string, string>;
  const wrong = checks.filter((_, i) => Number(r[`s${i}`]) !== Number(r[`r${i}`]));
  const ok = wrong.length === 0;
  return {
    ok,
    line: ok
      ? `OK: ${expected} clicks stored once; all nine click rollups, enrollment_totals and plan_click_usage equal the raw rows (${r.s1} with a program, ${r.s4} accepted, ${r.s2} unique)`
      : `MISMATCH: ${checks
          .map(([what], i) =>
            Number(r[`s${i}`]) === Number(r[`r${i}`]) ? null : `${what} ${r[`s${i}`]} ≠ ${r[`r${i}`]} from raw rows`,
          )
          .filter(Boolean)
          .join('; ')}`,
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
  /** The click-rollups job run after the consumer: hours summed, wall ms, CPU. */
  job?: { ms: number; cpu: CpuSplit; hours: number };
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
  // The click-rollups job's share: what the cron does afterwards for these clicks (their hours summed
  // from the raw rows into the click rollups), timed apart; the check below needs it done.
  const job0 = stack.cpuNow();
  const jobT0 = performance.now();
  const derived = await deriveClickRollups({
    ctx: { ...ctx(stack.admin, stack.config), now: new Date(stack.now + 2 * 3_600_000) },
    input: undefined,
  });
  const job = { ms: performance.now() - jobT0, cpu: cpuDelta(job0, stack.cpuNow()), hours: derived.hours };
  // Only now: a backend that exits takes its CPU time out of the process tree the deltas read.
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
    job,
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
    const db = drizzle({ client: pool, casing: 'snake_case', logger });
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
    `clicks: ${N} per run in batches of ${BATCH}, ids UUIDv7 spread over the current UTC hour in time order; ${TENANTS} tenant(s) from test/tenant.ts; mix ${Object.entries(
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

  // The measured clicks fall in the current UTC hour, as a consumer keeping up sees them (the clicks
  // of an hour the click-rollups job may have summed make a statement carry every click rollup;
  // docs/stats.md, Storage), spread over the hour, some ahead of the clock.
  const hourStart = Math.floor(stack.now / 3_600_000) * 3_600_000;
  const fresh = (seed: number) =>
    generateClicks({ count: N, tenants: stack.tenants, from: hourStart, to: hourStart + 3_599_000, seed });
  const results: RunResult[] = [];
  const copies: RunResult[] = [];
  const report = (r: RunResult) => {
    console.log(
      `${r.label}: ${r.rate.toFixed(0)} clicks/s (${r.seconds.toFixed(2)} s${Number.isFinite(r.batchP50) ? `, batch p50 ${r.batchP50.toFixed(1)} ms p99 ${r.batchP99.toFixed(1)} ms` : ''}); ` +
        `CPU s: node ${r.cpu.node.toFixed(1)}, relay ${r.cpu.relay.toFixed(1)}, postgres ${r.cpu.postgres.toFixed(1)}; load avg ${os.loadavg()[0]!.toFixed(2)}`,
    );
    console.log(`  ${r.verified}`);
    if (r.job)
      console.log(
        `  click-rollups job afterwards: ${r.job.hours} hour(s) summed into the click rollups in ${r.job.ms.toFixed(0)} ms, Postgres ${((r.job.cpu.postgres * 1e6) / N).toFixed(1)} µs per click of the run`,
      );
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
  const perClick = (s: number) => (s * 1e6) / N;
  const copyPg = median(copies.map((c) => perClick(c.cpu.postgres)));
  console.log('');
  console.log(
    `ceiling: COPY of ${N} rows, median of ${copies.length}: ${ceiling.toFixed(0)} rows/s; Postgres CPU ${copyPg.toFixed(0)} µs/row`,
  );
  console.log(
    table(
      [
        'run',
        'clicks/s',
        '÷ COPY',
        'Postgres CPU µs/click (× COPY)',
        'CPU µs/click node/relay',
        'batch p50/p99 ms',
        'correct',
      ],
      results.map((r) => [
        r.label,
        r.rate.toFixed(0),
        (r.rate / ceiling).toFixed(2),
        `${perClick(r.cpu.postgres).toFixed(0)} (${(perClick(r.cpu.postgres) / copyPg).toFixed(1)}×)`,
        `${perClick(r.cpu.node).toFixed(0)}/${perClick(r.cpu.relay).toFixed(0)}`,
        `${r.batchP50.toFixed(1)}/${r.batchP99.toFixed(1)}`,
        r.ok ? 'OK' : 'MISMATCH',
      ]),
    ),
  );
  // The bar, judged against the COPY ceiling of this run, so a busy or slow machine moves both sides.
  console.log('');
  for (const r of results)
    console.log(
      `HEADLINE ${r.label}: ${(r.rate / ceiling).toFixed(2)} × COPY (${r.rate.toFixed(0)} ÷ ${ceiling.toFixed(0)} clicks/s), Postgres ${perClick(r.cpu.postgres).toFixed(0)} µs/click = ${(perClick(r.cpu.postgres) / copyPg).toFixed(1)} × COPY's` +
        (r.job ? ` (+ ${perClick(r.job.cpu.postgres).toFixed(1)} µs/click later in the click-rollups job)` : '') +
        (r.label.includes('one Pool') && r.label.startsWith(`consumer, ${BAR_WRITERS} writers`)
          ? `: ${r.rate / ceiling >= RATIO_BAR ? 'PASS' : 'FAIL'} against ≥ ${RATIO_BAR} × COPY at ${BAR_WRITERS} writers`
          : ''),
    );
  const best = Math.max(...results.map((r) => r.rate));
  console.log(
    `second bar: best consumer rate ${best.toFixed(0)} clicks/s: ${best >= TARGET ? 'PASS' : 'FAIL'} against ${TARGET}/s (absolute, depends on the machine and its load: load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
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
