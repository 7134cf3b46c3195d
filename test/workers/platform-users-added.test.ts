import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, createAdvertiser, createStaff } from '../actors';
import { call, expectStatus } from '../api-client';
import { testDb } from '../fixtures';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

// Platform → Users: accounts an advertiser made (imported, or its app's embedded dashboard users) are active in
// its programs without asking the platform for anything; they are not "awaiting approval".

let db: Db;
let close: () => Promise<void>;
let acme: Advertiser;
const tag = Date.now().toString(36);
const ids = { imported: '', embedded: '', signedUp: '' };

async function account(email: string, withPassword: boolean) {
  const [user] = await db
    .insert(s.users)
    .values({ email, hashedPassword: withPassword ? 'pbkdf2-sha256$1$x$y' : null, emailVerified: withPassword })
    .returning();
  return user!;
}

async function enroll(userId: string, refCode: string) {
  const [row] = await db
    .insert(s.enrollments)
    .values({
      programId: acme.program.id,
      affiliateId: userId,
      organizationId: acme.org.id,
      status: 'active',
      refCode,
      appliedAt: new Date(),
      approvedAt: new Date(),
    })
    .returning();
  return row!;
}

beforeAll(async () => {
  ({ db, close } = testDb());
  acme = await createAdvertiser(db);
  const imported = await account(`imported-${tag}@example.com`, false);
  const enrollment = await enroll(imported.id, `imp${tag}`);
  const [job] = await db
    .insert(s.importJobs)
    .values({ organizationId: acme.org.id, source: 'csv', options: {} as never })
    .returning();
  await db.insert(s.importItems).values({
    jobId: job!.id,
    organizationId: acme.org.id,
    kind: 'affiliate',
    externalId: '1',
    data: {},
    outcome: 'create',
    resultId: enrollment.id,
  });
  const embedded = await account(`embedded-${tag}@example.com`, false);
  await enroll(embedded.id, `emb${tag}`);
  await db.insert(s.appUsers).values({ appId: acme.app.id, externalUserId: `ext-${tag}`, userId: embedded.id });
  const signedUp = await account(`signed-up-${tag}@example.com`, true);
  Object.assign(ids, { imported: imported.id, embedded: embedded.id, signedUp: signedUp.id });
});
afterAll(() => close());

describe('GET /platform/users', () => {
  it('says who made the account and where it is active, and keeps it out of the approval queue', async () => {
    const admin = await createStaff(db, 'platform_admin');
    const all = await call(admin, 'GET', `/platform/users?q=${tag}`);
    expectStatus(all, 200);
    const byId = new Map(all.body.items.map((u: { id: string }) => [u.id, u]));
    expect(byId.get(ids.imported)).toMatchObject({ addedBy: 'import', claimed: false, activePrograms: 1 });
    expect(byId.get(ids.embedded)).toMatchObject({ addedBy: 'embed', claimed: false, activePrograms: 1 });
    expect(byId.get(ids.signedUp)).toMatchObject({
      addedBy: null,
      claimed: true,
      activePrograms: 0,
      affiliateStatus: 'pending',
    });
    const queue = await call(admin, 'GET', `/platform/users?q=${tag}&affiliateStatus=pending`);
    expect(queue.body.items.map((u: { id: string }) => u.id)).toEqual([ids.signedUp]);
  });

  it('an imported account the person has taken over (a password of their own) is reviewed like any other', async () => {
    const admin = await createStaff(db, 'platform_admin');
    const { eq } = await import('drizzle-orm');
    await db.update(s.users).set({ hashedPassword: 'pbkdf2-sha256$1$x$y' }).where(eq(s.users.id, ids.imported));
    const queue = await call(admin, 'GET', `/platform/users?q=${tag}&affiliateStatus=pending`);
    expect(queue.body.items.map((u: { id: string }) => u.id).sort()).toEqual([ids.imported, ids.signedUp].sort());
  });
});
