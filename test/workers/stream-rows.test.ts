import { env } from 'cloudflare:workers';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, openDb } from '../../workers/db/client';
import { streamRows } from '../../workers/db/stream-rows';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let handle: DbHandle;
beforeAll(() => {
  handle = openDb(env as never);
});
afterAll(() => handle.close());

const numbers = (n: number) =>
  sql`SELECT 'row ' || i || ' of ' || ${String(n)}::text AS r FROM generate_series(1, ${n}::int) AS i ORDER BY i`;

describe('streamRows: a statement of one text column, handed over row by row', () => {
  it('hands every row over in order, with the statement’s parameters bound, and answers the count', async () => {
    const seen: string[] = [];
    const count = await streamRows(handle.db, numbers(5_000), (r) => seen.push(r));
    expect(count).toBe(5_000);
    expect(seen[0]).toBe('row 1 of 5000');
    expect(seen[4_999]).toBe('row 5000 of 5000');
  });

  it('hands rows over while the statement still runs: the first arrive before the last are produced', async () => {
    // 100 rows of 1 kB (more than Postgres's 8 kB send buffer), then a row that sleeps 1.5 s: the first
    // rows are handed over before that row is produced.
    const at: number[] = [];
    const start = Date.now();
    await streamRows(
      handle.db,
      sql`SELECT CASE WHEN i = 101 THEN (SELECT 'slept' || pg_sleep(1.5)) ELSE repeat('x', 1000) END AS r
        FROM generate_series(1, 101) AS i`,
      () => at.push(Date.now() - start),
    );
    expect(at).toHaveLength(101);
    expect(at[100]! - at[0]!).toBeGreaterThanOrEqual(1_000);
  });

  it('an error thrown by onRow stops the rows handed over and rejects once the statement ends; the pool still works', async () => {
    let handed = 0;
    await expect(
      streamRows(handle.db, numbers(100), () => {
        handed++;
        if (handed === 3) throw new Error('bad row');
      }),
    ).rejects.toThrow('bad row');
    expect(handed).toBe(3);
    expect(await streamRows(handle.db, numbers(2), () => {})).toBe(2);
  });

  it("a statement Postgres refuses rejects with Postgres's error, and the pool still works", async () => {
    await expect(streamRows(handle.db, sql`SELECT 1 / ${0}::int AS r`, () => {})).rejects.toThrow(/division by zero/);
    expect(await streamRows(handle.db, numbers(3), () => {})).toBe(3);
  });

  it("runs inside a transaction on the transaction's own connection, seeing its uncommitted rows", async () => {
    const rows: string[] = [];
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`CREATE TEMP TABLE stream_probe (r text) ON COMMIT DROP`);
      await tx.execute(sql`INSERT INTO stream_probe VALUES ('inside')`);
      await streamRows(tx, sql`SELECT r FROM stream_probe`, (r) => rows.push(r));
    });
    expect(rows).toEqual(['inside']);
  });
});
