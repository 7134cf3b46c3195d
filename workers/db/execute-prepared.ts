import { fillPlaceholders, type SQL, sql } from 'drizzle-orm';
import type { Executor } from './client';
import { compileStatement, type NamedStatement, type Slot } from './compile-statement';

export type PreparedStatement<K extends string> = (
  db: Executor,
  values: Record<K, unknown>,
) => Promise<{ rows: unknown[] }>;

/**
 * A hot statement composed once: `build` writes it with drizzle, marking each per-call value with
 * `slot(key)`; the text, its parameter order and its name are computed on the first call only, and
 * every call after that just fills the slots (for ingest's statement, composing and rendering it
 * per batch cost the consumer about a tenth of its CPU). On a pool that outlives one call (a
 * writer's pool, Hyperdrive, a Node consumer) it runs as a named prepared statement, so Postgres
 * parses and plans it once per connection and reuses the generic plan: for ingest's statement that
 * planning was a quarter of its Postgres CPU per batch. A pool opened per batch prepares it once per
 * batch, which costs what an unnamed query does. Inside a transaction (no pool at hand) it runs as an
 * ordinary query with the values in place.
 */
export function preparedStatement<K extends string>(name: string, build: (slot: Slot<K>) => SQL): PreparedStatement<K> {
  let compiled: NamedStatement | undefined;
  return (db, values) => {
    if (!('$client' in db)) return db.execute(build((key) => sql`${sql.param(values[key])}`));
    compiled ??= compileStatement(name, build);
    return db.$client.query({
      name: compiled.name,
      text: compiled.query.sql,
      values: fillPlaceholders(compiled.query.params, values),
    });
  };
}
