import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { enrollmentRoute, routingKeys } from '../../workers/contracts/routing';
import { createAdvertiser, createStaff, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { testDb } from '../fixtures';
import { createUserSession, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
let acme: Advertiser;
let other: Advertiser;
let bob: TestSession;

async function program(a: Advertiser, values: Partial<typeof s.programs.$inferInsert> = {}) {
  const [row] = await db
    .insert(s.programs)
    .values({
      organizationId: a.org.id,
      appId: a.app.id,
      name: 'Market program',
      slug: `p-${crypto.randomUUID()}`,
      status: 'active',
      visibility: 'public',
      payoutModel: 'cps',
      commissionType: 'percent',
      commissionRateBps: 2500,
      currency: 'USD',
      landingUrl: 'https://app.example/',
      allowedDomains: ['app.example'],
      revenueMinor: 9900,
      capClicksDaily: 100,
      onboardingBrief: 'Read me',
      goals: 'Sell',
      ...values,
    })
    .returning();
  return row!;
}

beforeAll(async () => {
  ({ db, close } = testDb());
  [acme, other] = await Promise.all([createAdvertiser(db), createAdvertiser(db)]);
  bob = await createUserSession(db, { approvedAffiliate: true });
  await db.update(s.users).set({ firstName: 'Bob' }).where(eq(s.users.id, bob.userId));
});
afterAll(() => close());

const auditOf = (targetId: string) =>
  db.select().from(s.auditLog).where(eq(s.auditLog.targetId, targetId)).orderBy(s.auditLog.id);
const apply = (session: TestSession, programId: string) =>
  call(session, 'POST', `/affiliate/programs/${programId}/apply`);
async function projectedByCode(refCode: string) {
  const raw = await env.ROUTING.get(routingKeys.code(refCode));
  return raw === null ? null : enrollmentRoute.parse(JSON.parse(raw));
}

describe('GET /affiliate/programs (marketplace)', () => {
  it('lists active public and by-approval programs of active advertisers, across advertisers, and only what affiliates may see', async () => {
    const open = await program(acme, { name: 'Open' });
    const byApproval = await program(other, { name: 'By approval', visibility: 'approval' });
    const hidden = await program(acme, { name: 'Invite only', visibility: 'invite_only' });
    const paused = await program(acme, { name: 'Paused', status: 'paused' });
    const suspendedOrg = await createAdvertiser(db);
    await db.update(s.organizations).set({ status: 'suspended' }).where(eq(s.organizations.id, suspendedOrg.org.id));
    const res = await call(bob, 'GET', '/affiliate/programs?limit=100');
    expectStatus(res, 200);
    const ids = res.body.items.map((p: { id: string }) => p.id);
    expect(ids).toEqual(expect.arrayContaining([open.id, byApproval.id]));
    expect(ids).not.toContain(hidden.id);
    expect(ids).not.toContain(paused.id);
    expect(ids).not.toContain(suspendedOrg.program.id);
    const shown = res.body.items.find((p: { id: string }) => p.id === open.id);
    expect(shown).toEqual({
      id: open.id,
      name: 'Open',
      appId: acme.app.id,
      appName: 'App',
      category: null,
      languages: ['en'],
      advertiser: { id: acme.org.id, name: 'Tenant' },
      visibility: 'public',
      payoutModel: 'cps',
      commissionType: 'percent',
      commissionRateBps: 2500,
      commissionFixedMinor: null,
      currency: 'USD',
      recurringMode: 'none',
      recurringMonths: null,
      recurringRateBps: null,
      multiLevelRatesBps: [1000, 300, 100],
      holdDays: 30,
      // Shown to affiliates: whether a cancellation can void the sale's commission.
      cancelVoidsWithinDays: null,
      cookieDays: 30,
      attributionRule: 'last_click',
      onboardingBrief: 'Read me',
      goals: 'Sell',
      myEnrollment: null,
      asksApplication: false,
    });
    const filtered = await call(bob, 'GET', `/affiliate/programs?organizationId=${other.org.id}`);
    expect(filtered.body.items.map((p: { advertiser: { id: string } }) => p.advertiser.id)).toEqual(
      filtered.body.items.map(() => other.org.id),
    );
  });
});

describe('POST /affiliate/programs/{programId}/apply', () => {
  it('refuses an affiliate the platform has not approved (403) with a clear message', async () => {
    const newcomer = await createUserSession(db);
    const res = await apply(newcomer, acme.program.id);
    expectStatus(res, 403, 'forbidden');
    expect(res.body.error.message).toMatch(/not approved/);
  });

  it('joins a public program at once with a ref code and a coupon code, audited and projected', async () => {
    const open = await program(acme, { name: 'Join me' });
    const res = await apply(bob, open.id);
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ programId: open.id, organizationId: acme.org.id, status: 'active' });
    expect(res.body.refCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(res.body.couponCode).toMatch(/^BOB[0-9A-Z]{4}$/);
    const [audit] = await auditOf(res.body.id);
    expect(audit).toMatchObject({
      action: 'enrollment.applied',
      actorId: bob.userId,
      actorRole: 'affiliate',
      organizationId: acme.org.id,
    });
    expect(await projectedByCode(res.body.refCode)).toMatchObject({
      enrollmentId: res.body.id,
      programId: open.id,
      affiliateId: bob.userId,
      status: 'active',
    });
    const again = await apply(bob, open.id);
    expectStatus(again, 409, 'conflict');
    expect(again.body.error.details).toEqual({ enrollmentId: res.body.id });
    const market = await call(bob, 'GET', `/affiliate/programs?organizationId=${acme.org.id}&limit=100`);
    expect(market.body.items.find((p: { id: string }) => p.id === open.id).myEnrollment).toEqual({
      id: res.body.id,
      status: 'active',
    });
  });

  it('waits for approval on by-approval programs', async () => {
    const gated = await program(acme, { visibility: 'approval' });
    const res = await apply(bob, gated.id);
    expectStatus(res, 201);
    expect(res.body.status).toBe('pending');
  });

  it('answers not_found for invite-only, inactive, unknown and malformed programs', async () => {
    expectStatus(await apply(bob, (await program(acme, { visibility: 'invite_only' })).id), 404, 'not_found');
    expectStatus(await apply(bob, (await program(acme, { status: 'paused' })).id), 404, 'not_found');
    expectStatus(await apply(bob, (await program(acme, { status: 'draft' })).id), 404, 'not_found');
    expectStatus(await apply(bob, crypto.randomUUID()), 404, 'not_found');
    expectStatus(await apply(bob, 'nope'), 400, 'validation_failed');
  });

  it('gives every affiliate its own coupon code in a program', async () => {
    const open = await program(other);
    const affiliates = await Promise.all(
      Array.from({ length: 4 }, () => createUserSession(db, { approvedAffiliate: true })),
    );
    const coupons = await Promise.all(affiliates.map(async (a) => (await apply(a, open.id)).body.couponCode as string));
    expect(new Set(coupons).size).toBe(4);
    coupons.forEach((c) => expect(c).toMatch(/^AFF[0-9A-Z]{4}$/));
  });
});

describe('advertiser side', () => {
  let pending: { id: string; refCode: string };
  const url = (a: Advertiser, suffix = '') => `/orgs/${a.org.id}/enrollments${suffix}`;

  beforeAll(async () => {
    const gated = await program(acme, { visibility: 'approval', name: 'Gated' });
    const carol = await createUserSession(db, { approvedAffiliate: true });
    pending = (await apply(carol, gated.id)).body;
  });

  it('lists the tenant’s enrollments with the affiliate, filtered and paged', async () => {
    const res = await call(acme.finance, 'GET', url(acme, '?status=pending&limit=100'));
    expectStatus(res, 200);
    const row = res.body.items.find((e: { id: string }) => e.id === pending.id);
    expect(row).toMatchObject({
      status: 'pending',
      refCode: pending.refCode,
      programName: 'Gated',
      affiliate: { email: expect.stringContaining('@example.com') },
    });
    expect(res.body.items.every((e: { status: string }) => e.status === 'pending')).toBe(true);
    const all = await call(acme.finance, 'GET', url(acme, '?limit=100'));
    const ids = all.body.items.map((e: { id: string }) => e.id);
    expect(ids).toContain(acme.enrollment.id);
    expect(ids).not.toContain(other.enrollment.id);
    const byProgram = await call(acme.finance, 'GET', url(acme, `?programId=${acme.program.id}`));
    expect(byProgram.body.items.map((e: { id: string }) => e.id)).toEqual([acme.enrollment.id]);
    const firstPage = await call(acme.finance, 'GET', url(acme, '?limit=1'));
    expect(firstPage.body.items).toHaveLength(1);
    const secondPage = await call(acme.finance, 'GET', url(acme, `?limit=1&cursor=${firstPage.body.nextCursor}`));
    expect(secondPage.body.items[0].id).not.toBe(firstPage.body.items[0].id);
  });

  it('counts the tenant’s enrollments per status for the list’s tabs, per program too, and nobody else’s', async () => {
    const counts = await call(acme.finance, 'GET', `/orgs/${acme.org.id}/enrollment-counts`);
    expectStatus(counts, 200);
    // What the table holds for the tenant (earlier tests of this file enroll too), counted here per status.
    const expected = async (programId?: string) => {
      const rows = await db
        .select({ status: s.enrollments.status, programId: s.enrollments.programId })
        .from(s.enrollments)
        .where(eq(s.enrollments.organizationId, acme.org.id));
      const tally = { pending: 0, active: 0, suspended: 0, rejected: 0, terminated: 0 };
      for (const row of rows) if (!programId || row.programId === programId) tally[row.status] += 1;
      return tally;
    };
    expect(counts.body.counts).toEqual(await expected());
    expect(counts.body.counts.pending).toBeGreaterThan(0);
    const byProgram = await call(
      acme.finance,
      'GET',
      `/orgs/${acme.org.id}/enrollment-counts?programId=${acme.program.id}`,
    );
    expect(byProgram.body.counts).toEqual(await expected(acme.program.id));
    expect(byProgram.body.counts.active).toBeGreaterThan(0);
    expectStatus(await call(acme.finance, 'GET', `/orgs/${acme.org.id}/enrollment-counts?programId=nope`), 400);
    expectStatus(await call(other.owner, 'GET', `/orgs/${acme.org.id}/enrollment-counts`), 404, 'not_found');
  });

  it('approves a pending enrollment, refuses approving it twice, and follows the state machine', async () => {
    const act = (action: string, body?: unknown) =>
      call(acme.admin, 'POST', url(acme, `/${pending.id}/${action}`), body);
    expectStatus(await act('suspend'), 409, 'conflict');
    const approved = await act('approve');
    expectStatus(approved, 200);
    expect(approved.body).toMatchObject({ status: 'active', decidedById: acme.admin.userId });
    expect(approved.body.approvedAt).not.toBeNull();
    expect((await projectedByCode(pending.refCode))?.status).toBe('active');
    const again = await act('approve');
    expectStatus(again, 409, 'conflict');
    expect(again.body.error.message).toMatch(/active cannot be approved/);
    expectStatus(await act('suspend', { reason: 'Brand bidding' }), 200);
    expect((await projectedByCode(pending.refCode))?.status).toBe('suspended');
    expect((await act('reactivate')).body.status).toBe('active');
    expect((await act('terminate', { reason: 'Fraud' })).body).toMatchObject({
      status: 'terminated',
      statusReason: 'Fraud',
    });
    expectStatus(await act('reactivate'), 409, 'conflict');
    expect((await projectedByCode(pending.refCode))?.status).toBe('terminated');
    const audits = await auditOf(pending.id);
    expect(audits.map((a) => a.action)).toEqual([
      'enrollment.applied',
      'enrollment.approved',
      'enrollment.suspended',
      'enrollment.reactivated',
      'enrollment.terminated',
    ]);
    expect(audits[1]).toMatchObject({
      actorId: acme.admin.userId,
      actorRole: 'admin',
      before: { status: 'pending' },
      after: { status: 'active' },
    });
  });

  it('rejects a pending enrollment', async () => {
    const gated = await program(acme, { visibility: 'approval' });
    const dave = await createUserSession(db, { approvedAffiliate: true });
    const e = (await apply(dave, gated.id)).body;
    const res = await call(acme.owner, 'POST', url(acme, `/${e.id}/reject`), { reason: 'Not a fit' });
    expect(res.body).toMatchObject({ status: 'rejected', statusReason: 'Not a fit' });
    expectStatus(await call(acme.owner, 'POST', url(acme, `/${e.id}/approve`)), 409, 'conflict');
  });

  it.each([
    { label: 'an unknown action', path: (id: string) => `/${id}/delete`, body: undefined, status: 400 },
    {
      label: 'a reason too long',
      path: (id: string) => `/${id}/suspend`,
      body: { reason: 'x'.repeat(501) },
      status: 400,
    },
    { label: 'an unknown body field', path: (id: string) => `/${id}/suspend`, body: { status: 'active' }, status: 400 },
    { label: 'malformed JSON', path: (id: string) => `/${id}/suspend`, body: '{', status: 400 },
  ])('refuses $label', async ({ path, body, status }) => {
    expectStatus(await call(acme.owner, 'POST', url(acme, path(acme.enrollment.id)), body), status);
  });

  it('keeps decisions to owners and admins of the tenant', async () => {
    expectStatus(await call(acme.finance, 'POST', url(acme, `/${acme.enrollment.id}/suspend`)), 403, 'forbidden');
    expectStatus(
      await call(await createStaff(db, 'support'), 'POST', url(acme, `/${acme.enrollment.id}/suspend`)),
      403,
      'forbidden',
    );
    expectStatus(await call(acme.owner, 'POST', url(acme, `/${other.enrollment.id}/suspend`)), 404, 'not_found');
    expectStatus(await call(acme.owner, 'GET', url(acme, `/${other.enrollment.id}`)), 404, 'not_found');
    expectStatus(await call(other.owner, 'GET', url(acme)), 404, 'not_found');
    expectStatus(await call(acme.affiliateSession, 'GET', url(acme)), 404, 'not_found');
    const [untouched] = await db.select().from(s.enrollments).where(eq(s.enrollments.id, other.enrollment.id));
    expect(untouched?.status).toBe('active');
  });

  it('sets per-enrollment overrides and a coupon code, upper-cased and unique per organization', async () => {
    const e = url(acme, `/${acme.enrollment.id}`);
    const res = await call(acme.owner, 'PATCH', e, {
      rateOverrideBps: 4000,
      fixedOverrideMinor: 250,
      holdDaysOverride: 7,
      couponCode: 'summer24',
    });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({
      rateOverrideBps: 4000,
      fixedOverrideMinor: 250,
      holdDaysOverride: 7,
      couponCode: 'SUMMER24',
    });
    const open = await program(acme);
    const erin = await createUserSession(db, { approvedAffiliate: true });
    const erinEnrollment = (await apply(erin, open.id)).body;
    // Another program of the organization cannot reuse it, in any case: one code, one affiliate.
    const elsewhere = await call(acme.owner, 'PATCH', url(acme, `/${erinEnrollment.id}`), { couponCode: 'summer24' });
    expectStatus(elsewhere, 409, 'coupon_code_taken');
    expect(elsewhere.body.error.message).toMatch(/coupon code is taken/);
    const [sameProgram] = await db
      .insert(s.enrollments)
      .values({
        programId: acme.program.id,
        affiliateId: erin.userId,
        organizationId: acme.org.id,
        status: 'active',
        refCode: `R${crypto.randomUUID().slice(0, 8)}`,
      })
      .returning();
    const taken = await call(acme.owner, 'PATCH', url(acme, `/${sameProgram!.id}`), { couponCode: 'Summer24' });
    expectStatus(taken, 409, 'coupon_code_taken');
    // Nothing changed on the refused enrollments.
    const [still] = await db.select().from(s.enrollments).where(eq(s.enrollments.id, erinEnrollment.id));
    expect(still?.couponCode).toBe(erinEnrollment.couponCode);
    // The database is the last line: a direct write of the same code is refused too.
    await expect(
      db.update(s.enrollments).set({ couponCode: 'SUMMER24' }).where(eq(s.enrollments.id, sameProgram!.id)),
    ).rejects.toThrow();
    // Another organization may use the same code.
    expectStatus(
      await call(other.owner, 'PATCH', url(other, `/${other.enrollment.id}`), { couponCode: 'SUMMER24' }),
      200,
    );
    expectStatus(await call(acme.owner, 'PATCH', e, {}), 200);
    const cleared = await call(acme.owner, 'PATCH', e, { rateOverrideBps: null, couponCode: null });
    expect(cleared.body).toMatchObject({ rateOverrideBps: null, couponCode: null, holdDaysOverride: 7 });
    const audits = (await auditOf(acme.enrollment.id)).filter((a) => a.action === 'enrollment.updated');
    expect(audits[0]).toMatchObject({
      actorId: acme.owner.userId,
      before: { rateOverrideBps: null },
      after: { rateOverrideBps: 4000, couponCode: 'SUMMER24' },
    });
  });

  it.each([
    { couponCode: 'ab1' },
    { couponCode: 'BAD-CODE' },
    { couponCode: 'X'.repeat(33) },
    { rateOverrideBps: 10_001 },
    { rateOverrideBps: -1 },
    { fixedOverrideMinor: 1.5 },
    { holdDaysOverride: 'seven' },
    { status: 'active' },
  ])('refuses the override %o with validation_failed', async (body) => {
    expectStatus(await call(acme.owner, 'PATCH', url(acme, `/${acme.enrollment.id}`), body), 400, 'validation_failed');
  });

  it('refuses overrides to finance (403) and on another tenant’s enrollment (404)', async () => {
    expectStatus(
      await call(acme.finance, 'PATCH', url(acme, `/${acme.enrollment.id}`), { rateOverrideBps: 1 }),
      403,
      'forbidden',
    );
    expectStatus(
      await call(acme.owner, 'PATCH', url(acme, `/${other.enrollment.id}`), { rateOverrideBps: 1 }),
      404,
      'not_found',
    );
  });
});

describe('GET /affiliate/orgs/{orgId}/programs', () => {
  it('shows my enrollments with this advertiser: codes, my terms with overrides, tracking links when active', async () => {
    await db
      .update(s.enrollments)
      .set({ rateOverrideBps: 3500, couponCode: 'ALICE10', holdDaysOverride: 10 })
      .where(eq(s.enrollments.id, acme.enrollment.id));
    const res = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/programs`);
    expectStatus(res, 200);
    expect(res.body.items).toHaveLength(1);
    const [mine] = res.body.items;
    expect(mine).toMatchObject({
      id: acme.enrollment.id,
      status: 'active',
      refCode: acme.enrollment.refCode,
      couponCode: 'ALICE10',
    });
    expect(mine.program).toMatchObject({
      id: acme.program.id,
      appName: 'App',
      commissionRateBps: 3500,
      holdDays: 10,
      allowedDomains: ['app.example'],
    });
    expect(mine.program).not.toHaveProperty('revenueMinor');
    expect(mine.program).not.toHaveProperty('capClicksDaily');
    expect(mine.trackingLinks).toEqual({
      affPath: `https://app.example/aff/${acme.enrollment.refCode}`,
      affTrackingHost: `${new URL(env.APP_BASE_URL).origin}/aff/${acme.enrollment.refCode}`,
      click: `${new URL(env.APP_BASE_URL).origin}/click?o=${acme.program.id}&a=${acme.affiliate.id}`,
    });
  });

  it("never shows another affiliate's enrollments, nor another advertiser's", async () => {
    const res = await call(bob, 'GET', `/affiliate/orgs/${acme.org.id}/programs`);
    expectStatus(res, 200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.map((e: { id: string }) => e.id)).not.toContain(acme.enrollment.id);
    expectStatus(
      await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${other.org.id}/programs`),
      404,
      'not_found',
    );
  });
});

describe('GET /affiliate/orgs', () => {
  it('lists the advertisers I joined, with their brand and my enrollment counts, and nobody else’s', async () => {
    const dana = await createUserSession(db, { approvedAffiliate: true });
    const third = await createAdvertiser(db);
    await db
      .update(s.organizations)
      .set({ branding: { portalName: 'Acme Partners', primaryColor: '#0055ff' } })
      .where(eq(s.organizations.id, acme.org.id));
    expectStatus(await apply(dana, (await program(acme)).id), 201);
    expectStatus(await apply(dana, (await program(acme, { visibility: 'approval' })).id), 201);
    expectStatus(await apply(dana, (await program(other)).id), 201);
    const res = await call(dana, 'GET', '/affiliate/orgs');
    expectStatus(res, 200);
    const byId = new Map(res.body.items.map((o: { id: string }) => [o.id, o]));
    expect(byId.size).toBe(2);
    expect(byId.get(acme.org.id)).toEqual({
      id: acme.org.id,
      name: acme.org.name,
      brand: { portalName: 'Acme Partners', logoUrl: null, primaryColor: '#0055ff' },
      enrollments: { total: 2, active: 1, pending: 1 },
    });
    expect(byId.get(other.org.id)).toMatchObject({ enrollments: { total: 1, active: 1, pending: 0 } });
    expect(byId.has(third.org.id)).toBe(false);
    const newcomer = await createUserSession(db);
    expect((await call(newcomer, 'GET', '/affiliate/orgs')).body).toEqual({ items: [] });
  });
});
