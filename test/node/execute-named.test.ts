import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { namedShapes, runNamed } from '../../workers/db/execute-named';
import { type NodeDb, useNodeTestDatabase } from '../node-database';
import { onOneConnection, preparedRuns } from './one-connection';

let db: NodeDb;
useNodeTestDatabase((d) => {
  db = d;
});

describe('namedShapes and runNamed', () => {
  it('compose a shape once, prepare it once per connection whatever its values, and a new shape under a new name', async () => {
    let composed = 0;
    const statement = namedShapes('shape', (plus: boolean, slot) => {
      composed++;
      return plus ? sql`SELECT ${slot('n')}::int + 1 AS v` : sql`SELECT ${slot('n')}::int * ${slot('n')}::int AS v`;
    });
    await onOneConnection(db, async (one, client) => {
      for (const n of [2, 3, 4, 5, 6, 7, 8]) {
        const { rows } = await runNamed(one, statement(false), { n });
        expect(rows).toEqual([{ v: n * n }]);
      }
      expect((await runNamed(one, statement(true), { n: 1 })).rows).toEqual([{ v: 2 }]);
      const prepared = await preparedRuns(client, 'shape');
      expect(prepared.map((p) => p.runs)).toEqual([7, 1]);
      expect(new Set(prepared.map((p) => p.name)).size).toBe(2);
    });
    expect(composed).toBe(2);
  });

  it("inside a transaction run on the transaction's connection and see its uncommitted rows", async () => {
    const statement = namedShapes(
      'probe',
      (_: null, slot) => sql`SELECT v + ${slot('add')}::int AS v FROM named_probe`,
    );
    const seen = await db.transaction(async (tx) => {
      await tx.execute(sql`CREATE TEMP TABLE named_probe (v int) ON COMMIT DROP`);
      await tx.execute(sql`INSERT INTO named_probe VALUES (41)`);
      const { rows } = await runNamed(tx, statement(null), { add: 1 });
      const here = await tx.execute(
        sql`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'probe_%' AND statement LIKE '%FROM named_probe'`,
      );
      return { rows, prepared: (here.rows[0] as { n: number }).n };
    });
    expect(seen).toEqual({ rows: [{ v: 42 }], prepared: 1 });
  });
});
