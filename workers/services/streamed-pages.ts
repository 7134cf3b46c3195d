import type { ServiceContext } from '../context';
import { type Executor, openDb } from '../db/client';

/** One page of a keyset-paged query: at most `limit` rows after `after` (undefined: from the start). */
export type PageReader<Row, Key> = (db: Executor, after: Key | undefined, limit: number) => Promise<Row[]>;

/**
 * Every row of a keyset-paged query, one page at a time, on a database pool of its own: a streamed
 * response is still being read after the handler returned and the request's pool was closed. The
 * pool opens on the first row asked for and closes when the rows end or the reader stops.
 */
export async function* streamPages<Row, Key>(
  ctx: ServiceContext,
  readPage: PageReader<Row, Key>,
  keyOf: (row: Row) => Key,
  pageSize = 1000,
): AsyncGenerator<Row> {
  const handle = openDb(ctx.config);
  try {
    let after: Key | undefined;
    for (;;) {
      const rows = await readPage(handle.db, after, pageSize);
      yield* rows;
      const last = rows.at(-1);
      if (rows.length < pageSize || last === undefined) return;
      after = keyOf(last);
    }
  } finally {
    await handle.close();
  }
}
