import { readFileSync } from 'node:fs';
import { eq, inArray, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import * as s from '../../schema';
import { type NodeDb, useNodeTestDatabase } from '../node-database';
import { createTenant } from '../tenant';

// The seed of the platform payout minimums, and the move of programs' payout_min_minor to an
// override: applied again here to programs holding the values the old column allowed.
const SEED_SQL = readFileSync(new URL('../../migrations/0014_seed_payout_minimums.sql', import.meta.url), 'utf8');

let db: NodeDb;
useNodeTestDatabase((d) => {
  db = d;
});

test('redundant program minimums become NULL, higher ones stay; an edited platform minimum is never overwritten', async () => {
  const tenant = await createTenant(db);
  const program = async (currency: string, payoutMinMinor: number) =>
    (
      await db
        .insert(s.programs)
        .values({
          ...tenant.program,
          id: undefined,
          slug: `${tenant.program.slug}-${crypto.randomUUID()}`,
          currency,
          payoutMinMinor,
        })
        .returning()
    )[0]!.id;
  const oldDefaultUsd = await program('USD', 10_000); // the old default: says nothing more
  const strictUsd = await program('USD', 50_000); // $500: stays
  const oldDefaultJpy = await program('JPY', 10_000); // ¥10,000 is below ¥15,000: the platform's applies
  const strictJpy = await program('JPY', 30_000); // ¥30,000: stays
  const noPlatformRow = await program('KRW', 10_000); // no platform minimum to compare with: stays
  await db.update(s.payoutMinimums).set({ minMinor: 12_000 }).where(eq(s.payoutMinimums.currency, 'EUR'));

  await db.execute(sql.raw(SEED_SQL));
  await db.execute(sql.raw(SEED_SQL));

  const rows = await db
    .select({ id: s.programs.id, min: s.programs.payoutMinMinor })
    .from(s.programs)
    .where(inArray(s.programs.id, [oldDefaultUsd, strictUsd, oldDefaultJpy, strictJpy, noPlatformRow]));
  expect(Object.fromEntries(rows.map((r) => [r.id, r.min]))).toEqual({
    [oldDefaultUsd]: null,
    [strictUsd]: 50_000,
    [oldDefaultJpy]: null,
    [strictJpy]: 30_000,
    [noPlatformRow]: 10_000,
  });
  const [eur] = await db.select().from(s.payoutMinimums).where(eq(s.payoutMinimums.currency, 'EUR'));
  expect(eur?.minMinor).toBe(12_000);
  expect((await db.select().from(s.payoutMinimums)).length).toBe(25);
});
