// EXPERIMENT (not the benchmark of record, which is bench/ingest.ts): what each part of the
// consumer's batch statement costs, and what a few changes to it would buy. Same stack, traffic
// and reset as bench/ingest.ts; the statement is a switchable copy (bench/lib/insert-variants.ts),
// plus the real recordClicks() as the reference.
//
//   npx tsx bench/ingest-shapes.ts
//   BENCH_CLICKS=100000 BENCH_WRITERS=4 BENCH_SHAPES=real,copy,bounded BENCH_SQL="CREATE INDEX …" npx tsx bench/ingest-shapes.ts
import os from 'node:os';
import type { Pool, PoolClient } from '@neondatabase/serverless';
import { PgDialect } from 'drizzle-orm/pg-core';
import { nodeDb, nodePool } from '../dev/neon-node';
import { recordClicks } from '../workers/services/tracking/record-clicks';
import type { ClickMessage } from '../workers/tracker/click-message';
import { generateClicks } from './lib/clicks';
import { cpuDelta, startIngestStack, type IngestStack } from './lib/ingest-stack';
import { toColumns, variantStatement, type Shape } from './lib/insert-variants';
import { machineLine, table } from './lib/machine';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const N = num('BENCH_CLICKS', 100_000);
const WRITERS = num('BENCH_WRITERS', 4);
const BATCH = 100;
const ALL: Shape = { unique: true, bounded: false, rollup: true, onConflict: true };
const SHAPES: Record<string, { describe: string; shape?: Shape; prepared?: boolean }> = {
  real: { describe: 'recordClicks() as shipped (resolveCodes + the statement)' },
  copy: { describe: 'the same statement, from the bench copy (sanity check: ≈ real)', shape: ALL },
  bounded: { describe: '+ constant bounds on the look-back (batch min − 24 h, batch max), so the planner prunes partitions', shape: { ...ALL, bounded: true } },
  'bounded-prepared': { describe: 'bounded, as a named prepared statement, generic plan', shape: { ...ALL, bounded: true }, prepared: true },
  prepared: { describe: 'the same statement as a named prepared statement, generic plan (planned once per connection)', shape: ALL, prepared: true },
  'no-unique': { describe: 'without is_unique (no window, no look-back)', shape: { ...ALL, unique: false } },
  'no-rollup': { describe: 'without the rollup upsert', shape: { ...ALL, rollup: false } },
  floor: { describe: 'plain INSERT … SELECT unnest (no unique, no rollup, no ON CONFLICT)', shape: { unique: false, bounded: false, rollup: false, onConflict: false } },
};
const chosen = (process.env.BENCH_SHAPES ?? Object.keys(SHAPES).join(',')).split(',');
const dialect = new PgDialect({ casing: 'snake_case' });

async function run(stack: IngestStack, name: string, messages: ClickMessage[]) {
  const spec = SHAPES[name]!;
  await stack.reset();
  const batches: ClickMessage[][] = [];
  for (let i = 0; i < messages.length; i += BATCH) batches.push(messages.slice(i, i + BATCH));
  const pools: Pool[] = [];
  const clients: PoolClient[] = [];
  for (let w = 0; w < WRITERS; w++) {
    const pool = nodePool(stack.url, stack.proxy);
    pools.push(pool);
    const client = await pool.connect();
    if (spec.prepared) await client.query('SET plan_cache_mode = force_generic_plan');
    clients.push(client);
  }
  let next = 0;
  const writer = async (w: number) => {
    const client = clients[w]!;
    for (let b = next++; b < batches.length; b = next++) {
      if (!spec.shape) {
        await recordClicks({ ctx: { db: nodeDb(pools[w]!), config: stack.config, now: new Date() }, input: { clicks: batches[b]! } });
        continue;
      }
      const q = dialect.sqlToQuery(variantStatement(toColumns(batches[b]!, stack.byRefCode), spec.shape));
      await client.query(spec.prepared ? { name: `ingest_${name}`, text: q.sql, values: q.params } : { text: q.sql, values: q.params });
    }
  };
  const cpu0 = stack.cpuNow();
  const t0 = performance.now();
  await Promise.all(clients.map((_, w) => writer(w)));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuDelta(cpu0, stack.cpuNow());
  clients.forEach((c) => c.release());
  await Promise.all(pools.map((p) => p.end()));
  const { rows } = await stack.admin.execute(`SELECT count(*)::int AS n FROM affiliate.clicks WHERE clicked_at >= '${new Date(messages[0]!.at).toISOString()}'`);
  const n = (rows[0] as { n: number }).n;
  if (n !== messages.length) throw new Error(`${name}: ${n} rows written, expected ${messages.length}`);
  return { seconds, rate: messages.length / seconds, cpu };
}

/** Planning and execution time of one more batch of this shape, on top of the run's rows (rolled back), on a warm connection. */
async function explain(stack: IngestStack, name: string, messages: ClickMessage[]) {
  const spec = SHAPES[name]!;
  const shape = spec.shape ?? ALL;
  const q = dialect.sqlToQuery(variantStatement(toColumns(messages, stack.byRefCode), shape));
  const pool = nodePool(stack.url, stack.proxy);
  const client = await pool.connect();
  try {
    // A generic plan cannot be EXPLAINed with bound parameters; its planning cost is paid once per connection.
    if (spec.prepared) return { planning: NaN, execution: NaN };
    // Twice, reporting the second: a fresh backend's first planning also fills its catalog caches.
    let res!: { rows: Record<string, string>[] };
    for (let i = 0; i < 2; i++) {
      await client.query('BEGIN');
      res = await client.query(`EXPLAIN (ANALYZE, SUMMARY) ${q.sql}`, q.params);
      await client.query('ROLLBACK');
    }
    const lines = res.rows.map((r) => r['QUERY PLAN']!);
    const ms = (label: string) => Number(/: ([\d.]+) ms/.exec(lines.find((l) => l.startsWith(label)) ?? '')?.[1] ?? NaN);
    return { planning: ms('Planning Time'), execution: ms('Execution Time') };
  } finally {
    client.release();
    await pool.end();
  }
}

const stack = await startIngestStack({ tenants: num('BENCH_TENANTS', 1), history: num('BENCH_HISTORY', 200_000), extraSql: process.env.BENCH_SQL });
process.once('SIGINT', () => void stack.stop().then(() => process.exit(130)));
try {
  console.log('# Ingest statement shapes (experiment)');
  console.log(`machine: ${machineLine()}`);
  console.log(`postgres: ${stack.settingsLine}`);
  console.log(`${N} clicks per shape, ${WRITERS} writers with one connection each, batches of ${BATCH}; reset + ${num('BENCH_HISTORY', 200_000)} history rows + VACUUM ANALYZE before each`);
  if (process.env.BENCH_SQL) console.log(`extra SQL on the bench database: ${process.env.BENCH_SQL}`);
  for (const name of chosen) console.log(`  ${name}: ${SHAPES[name]?.describe ?? '(unknown)'}`);
  console.log('');
  const rows: (string | number)[][] = [];
  let seed = 100;
  for (const name of chosen) {
    if (!SHAPES[name]) throw new Error(`unknown shape ${name}`);
    const messages = await generateClicks({ count: N, tenants: stack.tenants, from: stack.now - 3_600_000, to: stack.now, seed: seed++ });
    const r = await run(stack, name, messages);
    const e = await explain(stack, name, await generateClicks({ count: BATCH, tenants: stack.tenants, from: stack.now - 1_000, to: stack.now, seed: 999 }));
    const us = (s: number) => ((s * 1e6) / N).toFixed(0);
    console.log(`${name}: ${r.rate.toFixed(0)} clicks/s (${r.seconds.toFixed(2)} s), CPU µs/click node ${us(r.cpu.node)} relay ${us(r.cpu.relay)} postgres ${us(r.cpu.postgres)}; one batch: planning ${e.planning} ms, execution ${e.execution} ms; load avg ${os.loadavg()[0]!.toFixed(2)}`);
    const f = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : 'n/a');
    rows.push([name, r.rate.toFixed(0), us(r.cpu.postgres), us(r.cpu.node), us(r.cpu.relay), f(e.planning), f(e.execution)]);
  }
  console.log('');
  console.log(table(['shape', 'clicks/s', 'pg CPU µs/click', 'node µs/click', 'relay µs/click', 'plan ms/batch', 'exec ms/batch'], rows));
} finally {
  await stack.stop();
}
