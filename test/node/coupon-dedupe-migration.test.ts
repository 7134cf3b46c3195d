import { readFileSync } from 'node:fs';
import { eq, inArray, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import * as s from '../../schema';
import { type NodeDb, useNodeTestDatabase } from '../node-database';
import { createTenant } from '../tenant';

// The hand-written data migration that must run before the unique index on
// (organization_id, coupon_code): applied here to duplicates inserted with the index dropped.
const DEDUPE_SQL = readFileSync(new URL('../../migrations/0012_dedupe_coupon_codes.sql', import.meta.url), 'utf8');

let db: NodeDb;
useNodeTestDatabase((d) => {
  db = d;
});

test('duplicated coupon codes of an organization: the oldest keeps its code, the others get the next free suffix, audited, idempotent', async () => {
  await db.execute(
    sql.raw('ALTER TABLE affiliate.enrollments DROP CONSTRAINT enrollments_organization_id_coupon_code_unique'),
  );
  const acme = await createTenant(db);
  const rival = await createTenant(db);
  const programOf = async (name: string) =>
    (
      await db
        .insert(s.programs)
        .values({ ...acme.program, id: undefined, name, slug: `${acme.program.slug}-${name}` })
        .returning()
    )[0]!;
  const [second, third] = [await programOf('second'), await programOf('third')];
  const long = 'L'.repeat(32);
  let minute = 0;
  const enroll = async (org: typeof acme, programId: string, couponCode: string) => {
    const [user] = await db
      .insert(s.users)
      .values({ email: `${crypto.randomUUID()}@example.com`, approvedAffiliate: true })
      .returning();
    const [row] = await db
      .insert(s.enrollments)
      .values({
        programId,
        affiliateId: user!.id,
        organizationId: org.org.id,
        status: 'active',
        refCode: crypto.randomUUID(),
        couponCode,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute++)),
      })
      .returning();
    return row!;
  };
  // Inserted newest first, so the result cannot come from insertion order.
  const newest = await enroll(acme, third.id, 'SUMMER');
  const taken = await enroll(acme, acme.program.id, 'SUMMER2');
  const middle = await enroll(acme, second.id, 'SUMMER');
  await db
    .update(s.enrollments)
    .set({ createdAt: new Date(Date.UTC(2025, 0, 1)) })
    .where(eq(s.enrollments.id, middle.id));
  const oldest = await enroll(acme, acme.program.id, 'SUMMER');
  await db
    .update(s.enrollments)
    .set({ createdAt: new Date(Date.UTC(2024, 0, 1)) })
    .where(eq(s.enrollments.id, oldest.id));
  const longFirst = await enroll(acme, acme.program.id, long);
  const longSecond = await enroll(acme, second.id, long);
  const elsewhere = await enroll(rival, rival.program.id, 'SUMMER');

  await db.execute(sql.raw(DEDUPE_SQL));

  const ids = [newest, taken, middle, oldest, longFirst, longSecond, elsewhere].map((e) => e.id);
  const codes = new Map(
    (await db.select().from(s.enrollments).where(inArray(s.enrollments.id, ids))).map((e) => [e.id, e.couponCode]),
  );
  expect(codes.get(oldest.id)).toBe('SUMMER');
  expect(codes.get(taken.id)).toBe('SUMMER2');
  expect(codes.get(middle.id)).toBe('SUMMER3');
  expect(codes.get(newest.id)).toBe('SUMMER4');
  expect(codes.get(longFirst.id)).toBe(long);
  expect(codes.get(longSecond.id)).toBe(`${'L'.repeat(31)}2`);
  expect(codes.get(elsewhere.id)).toBe('SUMMER');

  const audit = await db
    .select()
    .from(s.auditLog)
    .where(eq(s.auditLog.action, 'enrollment.coupon_code_renamed'))
    .orderBy(s.auditLog.createdAt);
  expect(
    audit.map((a) => [a.targetId, a.organizationId, a.before, (a.after as { couponCode: string }).couponCode]),
  ).toEqual(
    expect.arrayContaining([
      [middle.id, acme.org.id, { couponCode: 'SUMMER' }, 'SUMMER3'],
      [newest.id, acme.org.id, { couponCode: 'SUMMER' }, 'SUMMER4'],
      [longSecond.id, acme.org.id, { couponCode: long }, `${'L'.repeat(31)}2`],
    ]),
  );
  expect(audit).toHaveLength(3);
  // Version-7 ids, like the ones the app generates.
  for (const a of audit) expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

  // A second run finds nothing to do, and the unique index can be created again.
  await db.execute(sql.raw(DEDUPE_SQL));
  expect(
    (await db.select().from(s.auditLog).where(eq(s.auditLog.action, 'enrollment.coupon_code_renamed'))).length,
  ).toBe(3);
  await db.execute(
    sql.raw(
      'ALTER TABLE affiliate.enrollments ADD CONSTRAINT enrollments_organization_id_coupon_code_unique UNIQUE (organization_id, coupon_code)',
    ),
  );
});
