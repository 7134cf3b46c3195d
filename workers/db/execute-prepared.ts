import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from './client';

const dialect = new PgDialect({ casing: 'snake_case' });

/** FNV-1a of the text: a statement's name changes whenever its text does. */
function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Runs a hot statement as a named prepared statement, so a connection that outlives one call (a
 * writer's pool, Hyperdrive, a Node consumer) parses and plans it once and then reuses Postgres's
 * generic plan: for ingest's statement that planning was a quarter of its Postgres CPU per batch.
 * A pool opened per batch prepares it once per batch, which costs what an unnamed query does.
 * Inside a transaction (no pool at hand) it runs as an ordinary query.
 */
export function executePrepared(db: Executor, name: string, query: SQL): Promise<{ rows: unknown[] }> {
  if (!('$client' in db)) return db.execute(query);
  const { sql: text, params } = dialect.sqlToQuery(query);
  return db.$client.query({ name: `${name}_${textHash(text)}`, text, values: params });
}
