import { sql } from 'drizzle-orm';
import type { Db } from './ingest-stack';
import { table } from './machine';

/**
 * Postgres settings that load pg_stat_statements with planning tracked: where a bench's Postgres time goes,
 * statement by statement, planning apart from execution (a statement planned on every call shows here).
 */
export const PG_STATEMENTS_SETTINGS = [
  'shared_preload_libraries=pg_stat_statements',
  'pg_stat_statements.track_planning=on',
  'pg_stat_statements.max=5000',
] as const;

/** Starts counting afresh (creating the extension in the bench's database the first time). */
export async function resetStatements(db: Db): Promise<void> {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
  await db.execute(sql`SELECT pg_stat_statements_reset()`);
}

/**
 * The statements run since the last reset, per unit of work (`per`: the conversions of the run), dearest
 * first: calls and plans (a statement Postgres plans on every call has as many plans as calls), planning and
 * execution µs, and all statements together on the last line.
 */
export async function statementsTable(db: Db, per: number, limit = 10): Promise<string> {
  const { rows } = await db.execute(sql`
    SELECT regexp_replace(query, '\\s+', ' ', 'g') AS query, calls::float8 AS calls, plans::float8 AS plans,
      total_plan_time::float8 AS plan_ms, total_exec_time::float8 AS exec_ms
    FROM pg_stat_statements
    WHERE query NOT LIKE '%pg_stat_statements%' AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
    ORDER BY total_plan_time + total_exec_time DESC`);
  const all = rows as { query: string; calls: number; plans: number; plan_ms: number; exec_ms: number }[];
  const µs = (ms: number) => Math.round((ms * 1000) / Math.max(1, per));
  const perUnit = (n: number) => (n / Math.max(1, per)).toFixed(2);
  const line = (query: string, calls: number, plans: number, plan: number, exec: number) => [
    query,
    perUnit(calls),
    perUnit(plans),
    µs(plan),
    µs(exec),
  ];
  const sum = (pick: (r: (typeof all)[number]) => number) => all.reduce((n, r) => n + pick(r), 0);
  return table(
    ['statement (first 100 characters)', 'calls per unit', 'plans per unit', 'planning µs', 'execution µs'],
    [
      ...all.slice(0, limit).map((r) => line(r.query.slice(0, 100), r.calls, r.plans, r.plan_ms, r.exec_ms)),
      line(
        `all ${all.length} statements`,
        sum((r) => r.calls),
        sum((r) => r.plans),
        sum((r) => r.plan_ms),
        sum((r) => r.exec_ms),
      ),
    ],
  );
}
