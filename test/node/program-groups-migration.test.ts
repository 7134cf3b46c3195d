import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import * as s from '../../schema';
import { type NodeDb, useNodeTestDatabase } from '../node-database';
import { TERMLESS_GROUP } from '../../workers/domain/fixtures/terms-group';
import { createTenant } from '../tenant';

/** Every term of a group that sets none. */
const { id: _id, name: _name, version: _version, ...TERMS } = TERMLESS_GROUP;

// The backfill of 0044: run again here on programs and enrollments put back in the state before
// groups existed (no group rows, enrollments without a group).
const BACKFILL_SQL = readFileSync(
  new URL('../../migrations/0044_program_groups_backfill.sql', import.meta.url),
  'utf8',
);

let db: NodeDb;
useNodeTestDatabase((d) => {
  db = d;
});

test('every program gets one default group without terms of its own, and every enrollment joins its program’s', async () => {
  const a = await createTenant(db);
  const b = await createTenant(db, { program: { commissionType: 'fixed', commissionFixedMinor: 700 } });
  const [user] = await db
    .insert(s.users)
    .values({ email: `m-${crypto.randomUUID()}@example.com` })
    .returning();
  const [second] = await db
    .insert(s.enrollments)
    .values({ programId: a.program.id, affiliateId: user!.id, organizationId: a.org.id, refCode: crypto.randomUUID() })
    .returning();
  // Back to before: no groups, no enrollment in one (this file's own database clone).
  await db.execute(sql`ALTER TABLE affiliate.enrollments ALTER COLUMN group_id DROP NOT NULL`);
  await db.execute(sql`ALTER TABLE affiliate.enrollments DISABLE TRIGGER enrollments_group_default`);
  await db.execute(sql`UPDATE affiliate.enrollments SET group_id = NULL`);
  await db.execute(sql`UPDATE affiliate.registration_links SET group_id = NULL`);
  await db.execute(sql`DELETE FROM affiliate.program_groups`);

  await db.execute(sql.raw(BACKFILL_SQL));
  await db.execute(sql.raw(BACKFILL_SQL));

  const groups = await db.select().from(s.programGroups);
  const programs = await db.select({ id: s.programs.id }).from(s.programs);
  expect(groups).toHaveLength(programs.length);
  for (const g of groups) expect(g).toMatchObject({ ...TERMS, name: 'Default', isDefault: true });
  const groupOf = new Map(groups.map((g) => [g.programId, g.id]));
  for (const e of [a.enrollment, b.enrollment, second!]) {
    const [row] = await db.select().from(s.enrollments).where(eq(s.enrollments.id, e.id));
    expect(row!.groupId).toBe(groupOf.get(e.programId));
  }
  const [{ orphans }] = (
    await db.execute(sql`SELECT count(*)::int AS orphans FROM affiliate.enrollments WHERE group_id IS NULL`)
  ).rows as [{ orphans: number }];
  expect(orphans).toBe(0);
  await db.execute(sql`ALTER TABLE affiliate.enrollments ENABLE TRIGGER enrollments_group_default`);
});

test('a program made by any path has its default group, and an enrollment made without a group joins it', async () => {
  const t = await createTenant(db);
  const [group] = await db.select().from(s.programGroups).where(eq(s.programGroups.programId, t.program.id));
  expect(group).toMatchObject({ isDefault: true, name: 'Default' });
  expect(t.enrollment.groupId).toBe(group!.id);
});
