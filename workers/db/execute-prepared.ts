import { fillPlaceholders, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from './client';

/** Renders drizzle SQL to text and parameters with the casing every caller shares (client.ts). */
export const statementDialect = new PgDialect({ casing: 'snake_case' });

/** `prefix` and FNV-1a of the text: a statement's name changes whenever its text does. */
export function statementName(prefix: string, text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${prefix}_${(h >>> 0).toString(36)}`;
}

/** Marks where a per-call value goes in a prepared statement's text. */
export type Slot<K extends string> = (key: K) => SQL;

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
  let compiled: { name: string; text: string; params: unknown[] } | undefined;
  return (db, values) => {
    if (!('$client' in db)) return db.execute(build((key) => sql`${sql.param(values[key])}`));
    compiled ??= (() => {
      const { sql: text, params } = statementDialect.sqlToQuery(build((key) => sql`${sql.placeholder(key)}`));
      return { name: statementName(name, text), text, params };
    })();
    return db.$client.query({
      name: compiled.name,
      text: compiled.text,
      values: fillPlaceholders(compiled.params, values),
    });
  };
}
