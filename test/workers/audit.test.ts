import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { createAdvertiser, createStaff, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { testDb } from '../fixtures';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
let acme: Advertiser;
let other: Advertiser;
let requestId: string;

beforeAll(async () => {
  ({ db, close } = testDb());
  [acme, other] = await Promise.all([createAdvertiser(db), createAdvertiser(db)]);
  const renamed = await call(
    acme.owner,
    'PATCH',
    `/orgs/${acme.org.id}`,
    { name: 'Acme' },
    { 'cf-connecting-ip': '203.0.113.7', 'user-agent': 'audit-test/1.0' },
  );
  requestId = renamed.headers.get('x-request-id')!;
  await call(acme.admin, 'POST', `/orgs/${acme.org.id}/apps`, { name: 'Second', siteUrl: 'https://second.example/' });
  await call(acme.admin, 'PATCH', `/orgs/${acme.org.id}/programs/${acme.program.id}`, { cookieDays: 45 });
  await call(other.owner, 'PATCH', `/orgs/${other.org.id}`, { name: 'Other Co' });
});
afterAll(() => close());

const orgLog = (a: Advertiser, query = '') => `/orgs/${a.org.id}/audit-log${query}`;

describe('GET /orgs/{orgId}/audit-log', () => {
  it("answers owners and admins with this tenant's trail only: who, what, when, from where", async () => {
    const res = await call(acme.admin, 'GET', orgLog(acme));
    expectStatus(res, 200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual([
      'program.updated',
      'app.created',
      'organization.updated',
    ]);
    expect(res.body.items.every((e: { organizationId: string }) => e.organizationId === acme.org.id)).toBe(true);
    expect(res.body.items[2]).toMatchObject({
      actorId: acme.owner.userId,
      actorRole: 'owner',
      targetType: 'organization',
      targetId: acme.org.id,
      ip: '203.0.113.7',
      userAgent: 'audit-test/1.0',
      requestId,
      before: { name: 'Tenant' },
      after: { name: 'Acme' },
    });
    expect(Date.parse(res.body.items[2].createdAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('filters by action, actor and time, and pages with a cursor', async () => {
    const byAction = await call(acme.owner, 'GET', orgLog(acme, '?action=app.created'));
    expect(byAction.body.items.map((e: { action: string }) => e.action)).toEqual(['app.created']);
    const byActor = await call(acme.owner, 'GET', orgLog(acme, `?actorId=${acme.owner.userId}`));
    expect(byActor.body.items.map((e: { action: string }) => e.action)).toEqual(['organization.updated']);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await call(acme.owner, 'GET', orgLog(acme, `?from=${future}`))).body.items).toEqual([]);
    expect((await call(acme.owner, 'GET', orgLog(acme, `?to=${future}`))).body.items).toHaveLength(3);
    const first = await call(acme.owner, 'GET', orgLog(acme, '?limit=2'));
    expect(first.body.items).toHaveLength(2);
    const second = await call(acme.owner, 'GET', orgLog(acme, `?limit=2&cursor=${first.body.nextCursor}`));
    expect(second.body.items.map((e: { action: string }) => e.action)).toEqual(['organization.updated']);
    expect(second.body.nextCursor).toBeNull();
  });

  it.each(['from=yesterday', 'actorId=me', 'limit=1000'])('refuses ?%s with 400', async (query) => {
    expectStatus(await call(acme.owner, 'GET', orgLog(acme, `?${query}`)), 400, 'validation_failed');
  });

  it('is closed to finance (403), other tenants and affiliates (404); open to support staff', async () => {
    expectStatus(await call(acme.finance, 'GET', orgLog(acme)), 403, 'forbidden');
    expectStatus(await call(other.owner, 'GET', orgLog(acme)), 404, 'not_found');
    expectStatus(await call(acme.affiliateSession, 'GET', orgLog(acme)), 404, 'not_found');
    const support = await call(await createStaff(db, 'support'), 'GET', orgLog(acme));
    expectStatus(support, 200);
    expect(support.body.items).toHaveLength(3);
  });
});

describe('own preferences are not audited', () => {
  it('leaves a language change out of the trail, and keeps a payout-email change in it', async () => {
    const me = await createStaff(db, 'support');
    const trail = () =>
      db
        .select({ action: s.auditLog.action, after: s.auditLog.after })
        .from(s.auditLog)
        .where(eq(s.auditLog.actorId, me.userId));
    expectStatus(await call(me, 'PATCH', '/me', { locale: 'ru' }), 200);
    expectStatus(await call(me, 'PATCH', '/me', { notificationSettings: { payout: ['email'] } }), 200);
    expect(await trail()).toEqual([]);
    expectStatus(await call(me, 'PATCH', '/me', { locale: 'en', paypalEmail: 'payouts@example.com' }), 200);
    const rows = await trail();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.action).toBe('user.profile_updated');
    expect(rows[0]!.after).not.toHaveProperty('locale');
    expect(rows[0]!.after).toMatchObject({ paypalEmail: 'payouts@example.com' });
  });
});

describe('GET /platform/audit-log', () => {
  it('shows platform staff every tenant, filterable by organization', async () => {
    const admin = await createStaff(db, 'platform_admin');
    const all = await call(admin, 'GET', '/platform/audit-log?limit=100');
    expectStatus(all, 200);
    const orgs = new Set(all.body.items.map((e: { organizationId: string }) => e.organizationId));
    expect(orgs.has(acme.org.id) && orgs.has(other.org.id)).toBe(true);
    const one = await call(admin, 'GET', `/platform/audit-log?organizationId=${other.org.id}`);
    expect(one.body.items.map((e: { action: string }) => e.action)).toEqual(['organization.updated']);
    expectStatus(await call(await createStaff(db, 'support'), 'GET', '/platform/audit-log'), 200);
  });

  it('names the actor, organization and target instead of bare ids', async () => {
    const admin = await createStaff(db, 'platform_admin');
    const [owner] = await db
      .update(s.users)
      .set({ firstName: 'Olga', lastName: 'Owner' })
      .where(eq(s.users.id, acme.owner.userId))
      .returning();
    const res = await call(
      admin,
      'GET',
      `/platform/audit-log?organizationId=${acme.org.id}&action=organization.updated`,
    );
    expectStatus(res, 200);
    expect(res.body.items[0]).toMatchObject({
      actorId: acme.owner.userId,
      actorName: 'Olga Owner',
      actorEmail: owner!.email,
      organizationId: acme.org.id,
      organizationName: 'Acme',
      targetType: 'organization',
      targetName: 'Acme',
    });
    const program = await call(
      admin,
      'GET',
      `/platform/audit-log?organizationId=${acme.org.id}&action=program.updated`,
    );
    expect(program.body.items[0]).toMatchObject({ targetType: 'program', targetName: acme.program.name });
    // The tenant's own trail names its members too.
    const own = await call(acme.owner, 'GET', orgLog(acme, '?action=organization.updated'));
    expect(own.body.items[0]).toMatchObject({ actorName: 'Olga Owner', organizationName: 'Acme' });
  });

  it('refuses an unknown action code with 400', async () => {
    const admin = await createStaff(db, 'platform_admin');
    expectStatus(await call(admin, 'GET', '/platform/audit-log?action=made.up'), 400, 'validation_failed');
  });

  it('is not_found to everyone else, advertiser owners included', async () => {
    expectStatus(await call(acme.owner, 'GET', '/platform/audit-log'), 404, 'not_found');
    expectStatus(await call(acme.affiliateSession, 'GET', '/platform/audit-log'), 404, 'not_found');
    expectStatus(await call(null, 'GET', '/platform/audit-log'), 401, 'unauthorized');
  });
});

describe('targets named, not typed and numbered', () => {
  it('names a workflow and an import by what a person recognises', async () => {
    const admin = await createStaff(db, 'platform_admin');
    const [workflow] = await db
      .insert(s.programWorkflows)
      .values({
        organizationId: acme.org.id,
        programId: acme.program.id,
        name: 'Gold after 20 sales',
        metric: 'sales',
        op: 'gte',
        threshold: 20,
        bonusMinor: 2500,
        bonusCurrency: 'USD',
      })
      .returning();
    const [job] = await db
      .insert(s.importJobs)
      .values({
        organizationId: acme.org.id,
        source: 'rewardful',
        options: {} as never,
        createdAt: new Date('2026-11-28T14:02:00Z'),
      })
      .returning();
    await db.insert(s.auditLog).values([
      { organizationId: acme.org.id, action: 'import.created', targetType: 'import', targetId: job!.id },
      {
        organizationId: acme.org.id,
        action: 'workflow.updated',
        targetType: 'program_workflow',
        targetId: workflow!.id,
      },
    ]);
    const named = async (action: string) => {
      const res = await call(admin, 'GET', `/platform/audit-log?organizationId=${acme.org.id}&action=${action}`);
      expectStatus(res, 200);
      return res.body.items[0];
    };
    expect(await named('import.created')).toMatchObject({
      targetType: 'import',
      targetName: 'Rewardful · 2026-11-28 14:02 UTC',
    });
    expect(await named('workflow.updated')).toMatchObject({
      targetType: 'program_workflow',
      targetName: 'Gold after 20 sales',
    });
  });
});
