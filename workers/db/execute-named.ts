import type { SQL } from 'drizzle-orm';
import type { Executor } from './client';
import { statementDialect, statementName } from './execute-prepared';

/**
 * Runs a statement whose text depends only on its shape (every value a parameter) as a named prepared
 * statement, named by its text: a connection that has run the same shape before skips parsing, and after
 * Postgres's five custom plans may reuse a generic one instead of planning again. Works on a pool (any of
 * its connections) and inside a transaction (its own). What it saves needs a connection that outlives the
 * call (a warm pool, Neon's pooler, Hyperdrive); on a fresh one it costs what an unnamed query does.
 */
export function executeNamed(db: Executor, statement: SQL, prefix: string): Promise<{ rows: unknown[] }> {
  const query = statementDialect.sqlToQuery(statement);
  return db._.session.prepareQuery(query, undefined, statementName(prefix, query.sql), false).execute() as Promise<{
    rows: unknown[];
  }>;
}
