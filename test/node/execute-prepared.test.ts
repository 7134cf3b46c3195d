import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { arrayLiteral } from '../../workers/db/array-literal';
import { preparedStatement } from '../../workers/db/execute-prepared';
import { type NodeDb, useNodeTestDatabase } from '../node-database';
import { onOneConnection, preparedRuns } from './one-connection';

let db: NodeDb;
useNodeTestDatabase((d) => {
  db = d;
});

const square = preparedStatement<'n'>('square', (slot) => sql`SELECT ${slot('n')}::int * ${slot('n')}::int AS v`);
const plusOne = preparedStatement<'n'>('square', (slot) => sql`SELECT ${slot('n')}::int + 1 AS v`);

describe('preparedStatement', () => {
  it('parses a statement once per connection and reuses it, with its own name per text', async () => {
    await onOneConnection(db, async (one, client) => {
      for (const n of [2, 3, 4, 5, 6, 7, 8]) {
        const { rows } = await square(one, { n });
        expect(rows).toEqual([{ v: n * n }]);
      }
      await plusOne(one, { n: 1 });
      const prepared = await preparedRuns(client, 'square');
      expect(prepared.map((p) => p.runs)).toEqual([7, 1]);
      expect(new Set(prepared.map((p) => p.name)).size).toBe(2);
    });
  });

  it('runs as an ordinary query inside a transaction', async () => {
    const v = await db.transaction(async (tx) => (await square(tx, { n: 9 })).rows[0]);
    expect(v).toEqual({ v: 81 });
  });
});

describe('arrayLiteral', () => {
  it('round-trips every kind of cell through Postgres as one text parameter', async () => {
    const texts = [
      'plain',
      'with, comma',
      '{braces}',
      ' spaces ',
      'NULL',
      'back\\slash',
      'a "quote"',
      '',
      'юникод ✓',
      null,
    ];
    const cast = async (type: string, values: (string | number | boolean | null)[]) =>
      (await db.$client.query(`SELECT $1::${type}[] AS v`, [arrayLiteral(values)])).rows[0].v;
    expect(await cast('text', texts)).toEqual(texts);
    expect(await cast('int', [1, -2, null, 2147483647])).toEqual([1, -2, null, 2147483647]);
    expect(await cast('boolean', [true, false, null])).toEqual([true, false, null]);
    expect(await cast('uuid', ['0197a5c6-0000-7000-8000-000000000001', null])).toEqual([
      '0197a5c6-0000-7000-8000-000000000001',
      null,
    ]);
    expect(await cast('text', [])).toEqual([]);
  });
});
