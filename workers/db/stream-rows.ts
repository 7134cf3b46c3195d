import { Pool, type PoolClient } from '@neondatabase/serverless';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from './client';

/** The part of the driver's connection a streamed statement drives (node-postgres's protocol writer). */
interface Connection {
  parse(m: { text: string; types: number[] }): void;
  bind(m: { values: (string | null)[] }): void;
  describe(m: { type: 'P'; name: string }): void;
  execute(m: { portal: string; rows: number }): void;
  sync(): void;
}

/** What node-postgres hands a submittable query: each message of its statement, then ReadyForQuery. */
interface DataRow {
  fields: (string | null)[];
}

type Queryable = Pick<PoolClient, 'query'>;

/** Renders the statement as the database's own dialect does (dbOver's casing). */
const dialect = new PgDialect({ casing: 'snake_case' });

/**
 * Runs a statement whose rows hold one text column and hands each row to `onRow` as it arrives, rather
 * than once all are in: the caller works on the first rows while Postgres still produces the last, and
 * no result of hundreds of thousands of rows is held. The statement runs whole, as one portal (not a
 * cursor), so Postgres may still plan it with parallel workers. This uses the driver's submittable query
 * (node-postgres's documented extension point, which its cursor and stream packages use). An error thrown
 * by `onRow` stops the rows handed on and rejects once the statement ends; answers the rows handed on.
 */
export async function streamRows(db: Executor, query: SQL, onRow: (text: string) => void): Promise<number> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const values = params.map((v: unknown) => (v === null || v === undefined ? null : String(v)));
  // A pool lends one of its connections for the statement; a transaction runs it on its own.
  const holder = (db._.session as unknown as { client: Pool | Queryable }).client;
  const pooled = holder instanceof Pool;
  const client: Queryable = pooled ? await holder.connect() : holder;
  let count = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed: unknown;
      const submittable = {
        submit(connection: Connection) {
          connection.parse({ text, types: [] });
          connection.bind({ values });
          connection.describe({ type: 'P', name: '' });
          connection.execute({ portal: '', rows: 0 });
          connection.sync();
        },
        handleRowDescription() {},
        handleDataRow(message: DataRow) {
          if (failed !== undefined) return;
          try {
            onRow(message.fields[0] as string);
            count++;
          } catch (err) {
            failed = err;
          }
        },
        handleCommandComplete() {},
        handleEmptyQuery() {},
        handlePortalSuspended() {},
        // The driver forgets the query once it reports an error: no ReadyForQuery reaches it after.
        handleError(err: unknown) {
          reject(err);
        },
        handleReadyForQuery() {
          if (failed !== undefined) reject(failed);
          else resolve();
        },
      };
      client.query(submittable as never);
    });
  } finally {
    if (pooled) (client as PoolClient).release();
  }
  return count;
}
