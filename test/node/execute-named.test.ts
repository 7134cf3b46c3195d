import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { executeNamed } from '../../workers/db/execute-named';
import { type NodeDb, useNodeTestDatabase } from '../node-database';
import { onOneConnection, preparedRuns } from './one-connection';

let db: NodeDb;
useNodeTestDatabase((d) => {
  db = d;
});

describe('executeNamed', () => {
  it('prepares a shape once per connection, whatever its values, and a new shape under a new name', async () => {
    await onOneConnection(db, async (one, client) => {
      for (const n of [2, 3, 4, 5, 6, 7, 8]) {
        const { rows } = await executeNamed(one, sql`SELECT ${n}::int * ${n}::int AS v`, 'shape');
        expect(rows).toEqual([{ v: n * n }]);
      }
      expect((await executeNamed(one, sql`SELECT ${1}::int + 1 AS v`, 'shape')).rows).toEqual([{ v: 2 }]);
      const prepared = await preparedRuns(client, 'shape');
      expect(prepared.map((p) => p.runs)).toEqual([7, 1]);
      expect(new Set(prepared.map((p) => p.name)).size).toBe(2);
    });
  });

  it("inside a transaction runs on the transaction's connection and sees its uncommitted rows", async () => {
    const seen = await db.transaction(async (tx) => {
      await tx.execute(sql`CREATE TEMP TABLE named_probe (v int) ON COMMIT DROP`);
      await tx.execute(sql`INSERT INTO named_probe VALUES (41)`);
      const { rows } = await executeNamed(tx, sql`SELECT v + ${1}::int AS v FROM named_probe`, 'shape');
      const here = await tx.execute(
        sql`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'shape_%' AND statement LIKE '%FROM named_probe'`,
      );
      return { rows, prepared: (here.rows[0] as { n: number }).n };
    });
    expect(seen).toEqual({ rows: [{ v: 42 }], prepared: 1 });
  });
});
