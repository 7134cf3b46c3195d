import type { Pool } from '@neondatabase/serverless';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { nodeDb } from '../../dev/neon-node';
import { executePrepared } from '../../workers/db/execute-prepared';
import { type NodeDb, useNodeTestDatabase } from '../node-database';

let db: NodeDb;
useNodeTestDatabase((d) => {
  db = d;
});

const square = (n: number) => sql`SELECT ${n}::int * ${n}::int AS v`;

describe('executePrepared', () => {
  it('parses a statement once per connection and reuses it, with its own name per text', async () => {
    // One connection, so every call lands where the statement was prepared.
    const client = await (db.$client as Pool).connect();
    try {
      const one = nodeDb(client as unknown as Pool);
      for (const n of [2, 3, 4, 5, 6, 7, 8]) {
        const { rows } = await executePrepared(one, 'square', square(n));
        expect(rows).toEqual([{ v: n * n }]);
      }
      await executePrepared(one, 'square', sql`SELECT ${1}::int + 1 AS v`);
      const { rows } = await client.query(
        `SELECT name, generic_plans + custom_plans AS runs FROM pg_prepared_statements WHERE name LIKE 'square_%' ORDER BY runs DESC`,
      );
      expect(rows.map((r: { runs: string }) => Number(r.runs))).toEqual([7, 1]);
      expect(new Set(rows.map((r: { name: string }) => r.name)).size).toBe(2);
    } finally {
      client.release();
    }
  });

  it('runs as an ordinary query inside a transaction', async () => {
    const v = await db.transaction(async (tx) => (await executePrepared(tx, 'square', square(9))).rows[0]);
    expect(v).toEqual({ v: 81 });
  });
});
