import { eq } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import * as s from '../schema';
import type { MemberRole, PlanCode } from '../schema/enums';
import type { Db } from '../workers/db/client';
import { testDb } from './fixtures';
import { createUserSession, signInAs, type TestSession } from './sessions';
import { createTenant } from './tenant';

/** A signed-in member of `organizationId` with `role`. */
export async function addMember(db: Db, organizationId: string, role: MemberRole): Promise<TestSession> {
  const session = await createUserSession(db);
  await db.insert(s.memberships).values({ organizationId, userId: session.userId, role });
  return session;
}

/**
 * An advertiser tenant (createTenant: app, active program, one active affiliate) with signed-in
 * staff of every member role and the affiliate signed in too. On the unlimited Enterprise plan
 * unless `plan` says otherwise, so plan limits only bite in the tests about them.
 */
export async function createAdvertiser(db: Db, opts: Parameters<typeof createTenant>[1] & { plan?: PlanCode } = {}) {
  const tenant = await createTenant(db, opts);
  const [plan] = await db
    .select()
    .from(s.plans)
    .where(eq(s.plans.code, opts.plan ?? 'enterprise'));
  await db.update(s.organizations).set({ planId: plan!.id }).where(eq(s.organizations.id, tenant.org.id));
  const [owner, admin, finance] = await Promise.all([
    addMember(db, tenant.org.id, 'owner'),
    addMember(db, tenant.org.id, 'admin'),
    addMember(db, tenant.org.id, 'finance'),
  ]);
  await db.update(s.users).set({ firstName: 'Alice' }).where(eq(s.users.id, tenant.affiliate.id));
  const affiliate = await signInAs(db, tenant.affiliate.id);
  return { ...tenant, owner, admin, finance, affiliateSession: affiliate };
}

export type Advertiser = Awaited<ReturnType<typeof createAdvertiser>>;

/** Platform staff, signed in. */
export const createStaff = (db: Db, platformRole: 'platform_owner' | 'platform_admin' | 'support') =>
  createUserSession(db, { platformRole });

/**
 * Per test file: the file's database handle and two advertisers side by side, the second being
 * "another tenant" for the isolation checks. `assign` receives them once they exist.
 */
export function useTwoAdvertisers(assign: (t: { db: Db; acme: Advertiser; other: Advertiser }) => void): void {
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const handle = testDb();
    close = handle.close;
    const [acme, other] = await Promise.all([createAdvertiser(handle.db), createAdvertiser(handle.db)]);
    assign({ db: handle.db, acme, other });
  });
  afterAll(() => close());
}

/** Another active program of the advertiser's app that takes affiliates by application (the approval queue). */
export async function createApprovalProgram(
  db: Db,
  a: Advertiser,
  values: Partial<typeof s.programs.$inferInsert> = {},
): Promise<typeof s.programs.$inferSelect> {
  const [row] = await db
    .insert(s.programs)
    .values({
      organizationId: a.org.id,
      appId: a.app.id,
      name: `Program ${crypto.randomUUID().slice(0, 6)}`,
      slug: `p-${crypto.randomUUID()}`,
      status: 'active',
      visibility: 'approval',
      payoutModel: 'cps',
      commissionType: 'percent',
      commissionRateBps: 3000,
      currency: 'USD',
      landingUrl: 'https://app.example/',
      allowedDomains: ['app.example'],
      ...values,
    })
    .returning();
  return row!;
}
