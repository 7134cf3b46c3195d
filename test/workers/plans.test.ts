import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { usageMonth } from '../../workers/domain/plan-limits';
import { recordClicks } from '../../workers/services/tracking';
import { type Advertiser, createAdvertiser, createStaff, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { clickMessageFor, clickOwnerOf } from '../click-messages';
import { record, serviceCtx } from '../conversions';
import { eventually } from '../eventually';
import { createUserSession, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
let owner: TestSession;
let admin: TestSession;
let support: TestSession;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

beforeAll(async () => {
  [owner, admin, support] = await Promise.all([
    createStaff(db, 'platform_owner'),
    createStaff(db, 'platform_admin'),
    createStaff(db, 'support'),
  ]);
});

let codeCounter = 0;
const planBody = (over: Record<string, unknown> = {}) => ({
  code: `custom-${Date.now().toString(36)}-${codeCounter++}`,
  name: 'Custom',
  monthlyPriceMinor: 1000,
  currency: 'USD',
  maxClicksMonthly: null,
  maxPrograms: null,
  maxAffiliates: null,
  customDomains: null,
  whiteLabel: true,
  ...over,
});

async function newPlan(over: Record<string, unknown> = {}) {
  const res = await call(owner, 'POST', '/platform/plans', planBody(over));
  expectStatus(res, 201);
  return res.body as { id: string; code: string };
}

async function putOn(a: Advertiser, planId: string, billingPeriod = 'monthly') {
  expectStatus(await call(admin, 'PUT', `/platform/organizations/${a.org.id}/plan`, { planId, billingPeriod }), 200);
}

/** `n` new click messages of the advertiser's enrollment. */
const clicksOf = (a: Advertiser, n: number) => Array.from({ length: n }, () => clickMessageFor(clickOwnerOf(a)));

const meters = async (a: Advertiser) => {
  const res = await call(a.finance, 'GET', `/orgs/${a.org.id}/plan`);
  expectStatus(res, 200);
  return Object.fromEntries(res.body.meters.map((m: { limit: string }) => [m.limit, m]));
};

async function addProgram(a: Advertiser, over: Partial<typeof s.programs.$inferInsert> = {}) {
  const [row] = await db
    .insert(s.programs)
    .values({
      organizationId: a.org.id,
      appId: a.app.id,
      name: 'Extra',
      slug: `extra-${crypto.randomUUID().slice(0, 8)}`,
      status: 'active',
      visibility: 'public',
      payoutModel: 'revshare',
      commissionType: 'percent',
      commissionRateBps: 1000,
      currency: 'USD',
      landingUrl: 'https://app.example/',
      allowedDomains: ['app.example'],
      ...over,
    })
    .returning();
  return row!;
}

describe('plan management (/platform/plans)', () => {
  it('lets the platform owner create a plan, deriving the yearly price at 12 months less 20 %, audited', async () => {
    const res = await call(owner, 'POST', '/platform/plans', planBody({ code: 'agency', monthlyPriceMinor: 333 }));
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      code: 'agency',
      monthlyPriceMinor: 333,
      yearlyPriceMinor: 3196,
      archivedAt: null,
    });
    const explicit = await newPlan({ monthlyPriceMinor: 1000, yearlyPriceMinor: 9000, customDomains: 3 });
    const list = await call(admin, 'GET', '/platform/plans');
    expectStatus(list, 200);
    expect(list.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: explicit.id, yearlyPriceMinor: 9000, customDomains: 3, subscribers: 0 }),
        expect.objectContaining({ code: 'starter', monthlyPriceMinor: 4900, yearlyPriceMinor: 47040 }),
        expect.objectContaining({ code: 'enterprise', maxClicksMonthly: null, subscribers: expect.any(Number) }),
      ]),
    );
    const [audit] = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, res.body.id));
    expect(audit).toMatchObject({ action: 'plan.created', actorId: owner.userId, organizationId: null });
  });

  it('refuses a taken or malformed code and writes by anyone but the owner', async () => {
    await newPlan({ code: 'taken-code' });
    expectStatus(await call(owner, 'POST', '/platform/plans', planBody({ code: 'taken-code' })), 409, 'conflict');
    expectStatus(
      await call(owner, 'POST', '/platform/plans', planBody({ code: 'Not A Slug' })),
      400,
      'validation_failed',
    );
    expectStatus(await call(owner, 'POST', '/platform/plans', planBody({ maxPrograms: -1 })), 400, 'validation_failed');
    expectStatus(await call(admin, 'POST', '/platform/plans', planBody()), 403, 'forbidden');
    expectStatus(await call(support, 'POST', '/platform/plans', planBody()), 403, 'forbidden');
    expectStatus(await call(support, 'GET', '/platform/plans'), 200);
    expectStatus(await call(acme.owner, 'GET', '/platform/plans'), 404, 'not_found');
  });

  it('updates and archives a plan: archived plans are not offered but keep their subscribers', async () => {
    const plan = await newPlan({ name: 'Legacy' });
    await putOn(other, plan.id);
    const res = await call(owner, 'PATCH', `/platform/plans/${plan.id}`, { name: 'Legacy 2', maxPrograms: 7 });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ name: 'Legacy 2', maxPrograms: 7 });
    expectStatus(await call(admin, 'PATCH', `/platform/plans/${plan.id}`, { archived: true }), 403, 'forbidden');
    const archived = await call(owner, 'PATCH', `/platform/plans/${plan.id}`, { archived: true });
    expectStatus(archived, 200);
    expect(archived.body.archivedAt).not.toBeNull();
    const view = await call(other.owner, 'GET', `/orgs/${other.org.id}/plan`);
    expect(view.body.plan).toMatchObject({ id: plan.id, name: 'Legacy 2' });
    expect(view.body.offered.map((p: { id: string }) => p.id)).not.toContain(plan.id);
    // Putting another organization on an archived plan is refused; changing the period of its own is not.
    expectStatus(
      await call(admin, 'PUT', `/platform/organizations/${acme.org.id}/plan`, {
        planId: plan.id,
        billingPeriod: 'monthly',
      }),
      409,
      'conflict',
    );
    await putOn(other, plan.id, 'yearly');
    const actions = (await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, plan.id))).map((a) => a.action);
    expect(actions).toEqual(['plan.created', 'plan.updated', 'plan.archived']);
    expectStatus(await call(owner, 'PATCH', `/platform/plans/${crypto.randomUUID()}`, { name: 'X' }), 404, 'not_found');
    const [enterprise] = await db.select().from(s.plans).where(eq(s.plans.code, 'enterprise'));
    await putOn(other, enterprise!.id);
  });

  it('lets platform owners and admins set an organization’s plan and period, audited; support only reads', async () => {
    const plan = await newPlan({ name: 'Set by staff' });
    const res = await call(admin, 'PUT', `/platform/organizations/${other.org.id}/plan`, {
      planId: plan.id,
      billingPeriod: 'yearly',
    });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ plan: { id: plan.id }, billingPeriod: 'yearly' });
    const [org] = await db.select().from(s.organizations).where(eq(s.organizations.id, other.org.id));
    expect(org).toMatchObject({ planId: plan.id, billingPeriod: 'yearly' });
    const audits = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'organization.plan_changed'), eq(s.auditLog.organizationId, other.org.id)));
    const audit = audits.find((a) => (a.after as { planId: string }).planId === plan.id);
    expect(audit).toMatchObject({ actorId: admin.userId, after: { planId: plan.id, billingPeriod: 'yearly' } });
    const body = { planId: plan.id, billingPeriod: 'monthly' };
    expectStatus(await call(support, 'PUT', `/platform/organizations/${other.org.id}/plan`, body), 403, 'forbidden');
    expectStatus(await call(other.owner, 'PUT', `/platform/organizations/${other.org.id}/plan`, body), 404);
    expectStatus(
      await call(admin, 'PUT', `/platform/organizations/${crypto.randomUUID()}/plan`, body),
      404,
      'not_found',
    );
    const [enterprise] = await db.select().from(s.plans).where(eq(s.plans.code, 'enterprise'));
    await putOn(other, enterprise!.id);
  });
});

describe('GET /orgs/{orgId}/plan', () => {
  it('shows the plan, period, usage meters from real data and the plans on offer, per tenant', async () => {
    const t = await createAdvertiser(db);
    const plan = await newPlan({
      maxClicksMonthly: 100,
      maxPrograms: 4,
      maxAffiliates: 10,
      customDomains: 2,
      whiteLabel: false,
    });
    await putOn(t, plan.id, 'yearly');
    await addProgram(t);
    await addProgram(t, { status: 'archived' });
    const ctx = serviceCtx(db);
    await recordClicks({
      ctx,
      input: { clicks: clicksOf(t, 5) },
    });
    // Rejected clicks (here a bot) do not count against the plan.
    await recordClicks({
      ctx,
      input: { clicks: [clickMessageFor(clickOwnerOf(t), { rejectReason: 'bot', isBot: true })] },
    });
    const res = await call(t.finance, 'GET', `/orgs/${t.org.id}/plan`);
    expectStatus(res, 200);
    // Put on the plan by platform staff: nothing pays for it, and the answer says so.
    expect(res.body).toMatchObject({ plan: { id: plan.id }, source: 'platform', billingPeriod: 'yearly' });
    expect(res.body.periodStart).toBe(`${usageMonth(new Date())}T00:00:00.000Z`);
    expect(res.body.meters).toEqual([
      { limit: 'clicks', used: 5, allowed: 100, percent: 5 },
      { limit: 'programs', used: 2, allowed: 4, percent: 50 },
      { limit: 'affiliates', used: 1, allowed: 10, percent: 10 },
      { limit: 'customDomains', used: 0, allowed: 2, percent: 0 },
      { limit: 'whiteLabel', used: 0, allowed: 0, percent: 0 },
      { limit: 'campaignSends', used: 0, allowed: null, percent: null },
      { limit: 'editions', used: 0, allowed: null, percent: null },
    ]);
    expect(res.body.offered.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining(['starter', 'pro', 'business', 'enterprise', plan.code]),
    );
    // acme is on Enterprise: unlimited meters, and none of t's clicks.
    const mine = await meters(acme);
    expect(mine.clicks).toMatchObject({ allowed: null, percent: null });
    expect(mine.clicks.used).not.toBe(5);
    expectStatus(await call(acme.owner, 'GET', `/orgs/${t.org.id}/plan`), 404, 'not_found');
  });
});

describe('limits at the boundary', () => {
  it('affiliates: the N-th joins, the N+1-th is refused on apply and on approval; one already counted is free', async () => {
    const t = await createAdvertiser(db); // one active affiliate already
    const plan = await newPlan({ maxAffiliates: 2 });
    await putOn(t, plan.id);
    const open = await addProgram(t);
    const second = await addProgram(t);
    const [bob, carol, dave] = await Promise.all(
      [0, 1, 2].map(() => createUserSession(db, { approvedAffiliate: true })),
    );
    expectStatus(await call(bob!, 'POST', `/affiliate/programs/${open.id}/apply`), 201);
    const refused = await call(carol!, 'POST', `/affiliate/programs/${open.id}/apply`);
    expectStatus(refused, 402, 'plan_limit_reached');
    expect(refused.body.error.details).toEqual({ limit: 'affiliates', used: 2, allowed: 2, plan: plan.code });
    expect(await db.select().from(s.enrollments).where(eq(s.enrollments.affiliateId, carol!.userId))).toEqual([]);
    // Bob already counts: another program of the same advertiser adds nobody.
    expectStatus(await call(bob!, 'POST', `/affiliate/programs/${second.id}/apply`), 201);
    const [pending] = await db
      .insert(s.enrollments)
      .values({
        programId: open.id,
        affiliateId: dave!.userId,
        organizationId: t.org.id,
        status: 'pending',
        refCode: `p-${crypto.randomUUID()}`,
      })
      .returning();
    const approve = await call(t.admin, 'POST', `/orgs/${t.org.id}/enrollments/${pending!.id}/approve`);
    expectStatus(approve, 402, 'plan_limit_reached');
    const [still] = await db.select().from(s.enrollments).where(eq(s.enrollments.id, pending!.id));
    expect(still!.status).toBe('pending');
    // Raising the limit lets the approval through.
    expectStatus(await call(owner, 'PATCH', `/platform/plans/${plan.id}`, { maxAffiliates: 3 }), 200);
    expectStatus(await call(t.admin, 'POST', `/orgs/${t.org.id}/enrollments/${pending!.id}/approve`), 200);
    expect((await meters(t)).affiliates).toMatchObject({ used: 3, allowed: 3, percent: 100 });
  });

  it('programs: the N-th is created, the N+1-th refused; a downgrade keeps existing programs and blocks new ones', async () => {
    const t = await createAdvertiser(db); // one program already
    const plan = await newPlan({ maxPrograms: 2 });
    await putOn(t, plan.id);
    const body = {
      appId: t.app.id,
      name: 'Next',
      payoutModel: 'revshare',
      commissionType: 'percent',
      commissionRateBps: 1000,
      currency: 'USD',
      landingUrl: 'https://app.example/',
    };
    expectStatus(await call(t.owner, 'POST', `/orgs/${t.org.id}/programs`, body), 201);
    const over = await call(t.owner, 'POST', `/orgs/${t.org.id}/programs`, body);
    expectStatus(over, 402, 'plan_limit_reached');
    expect(over.body.error.details).toMatchObject({ limit: 'programs', used: 2, allowed: 2 });
    // Downgrade to one program: both stay, both stay editable, nothing new.
    const small = await newPlan({ maxPrograms: 1 });
    await putOn(t, small.id);
    const list = await call(t.owner, 'GET', `/orgs/${t.org.id}/programs`);
    expect(list.body.items).toHaveLength(2);
    expectStatus(await call(t.owner, 'PATCH', `/orgs/${t.org.id}/programs/${t.program.id}`, { name: 'Renamed' }), 200);
    expectStatus(await call(t.owner, 'POST', `/orgs/${t.org.id}/programs`, body), 402, 'plan_limit_reached');
    expect((await meters(t)).programs).toMatchObject({ used: 2, allowed: 1, percent: 200 });
  });

  it('white-label: branding needs a plan that includes it; clearing it or keeping it after a downgrade does not', async () => {
    const t = await createAdvertiser(db);
    const withBrand = await newPlan({ whiteLabel: true });
    const without = await newPlan({ whiteLabel: false });
    await putOn(t, withBrand.id);
    expectStatus(await call(t.owner, 'PATCH', `/orgs/${t.org.id}`, { branding: { portalName: 'Acme partners' } }), 200);
    await putOn(t, without.id);
    expectStatus(await call(t.owner, 'PATCH', `/orgs/${t.org.id}`, { name: 'Renamed' }), 200);
    const refused = await call(t.owner, 'PATCH', `/orgs/${t.org.id}`, { branding: { primaryColor: '#112233' } });
    expectStatus(refused, 402, 'plan_limit_reached');
    expect(refused.body.error.details).toMatchObject({ limit: 'whiteLabel', allowed: 0 });
    expect((await meters(t)).whiteLabel).toMatchObject({ used: 1, allowed: 0 });
    expectStatus(await call(t.owner, 'PATCH', `/orgs/${t.org.id}`, { branding: { portalName: null } }), 200);
  });
});

describe('monthly clicks', () => {
  it('warns owners and admins at 80 % and 100 % once, marks clicks past the grace margin over_plan, never attributed', async () => {
    const t = await createAdvertiser(db);
    const plan = await newPlan({ maxClicksMonthly: 10 });
    await putOn(t, plan.id);
    const ctx = serviceCtx(db);
    const clicks = (n: number) => clicksOf(t, n);
    const warnings = () =>
      db
        .select()
        .from(s.notifications)
        .where(
          and(
            eq(s.notifications.organizationId, t.org.id),
            eq(s.notifications.event, 'plan_limit_warning'),
            // One row per channel: the in-app ones stand for the warnings.
            eq(s.notifications.channel, 'in_app'),
          ),
        );
    await recordClicks({ ctx, input: { clicks: clicks(7) } });
    await new Promise((r) => setTimeout(r, 300));
    expect(await warnings()).toEqual([]);
    const eighth = clicks(1);
    await recordClicks({ ctx, input: { clicks: eighth } });
    // Redelivery of the same click counts nothing and warns nothing new.
    await recordClicks({ ctx, input: { clicks: eighth } });
    const at80 = await eventually(async () => {
      const rows = await warnings();
      return rows.length >= 2 ? rows : undefined;
    });
    expect(at80.map((n) => n.userId).sort()).toEqual([t.owner.userId, t.admin.userId].sort());
    expect(at80[0]!.data).toMatchObject({ percent: 80, used: 8, allowed: 10 });
    expect(at80[0]!.title).toBe("80 % of your plan's monthly clicks used");
    expect(at80[0]!.body).toMatch(/^8 of 10 clicks in \w+ \d{4}\. Consider upgrading/);
    // 10 % grace: clicks 9–11 are accepted, 12–14 are over the plan.
    const rest = clicks(6);
    await recordClicks({ ctx, input: { clicks: rest } });
    const rows = await db.select().from(s.clicks).where(eq(s.clicks.organizationId, t.org.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(rest.map((c) => byId.get(c.id)!.rejectReason)).toEqual([
      null,
      null,
      null,
      'over_plan',
      'over_plan',
      'over_plan',
    ]);
    expect(rows.filter((r) => r.status === 'accepted')).toHaveLength(11);
    const all = await eventually(async () => {
      const got = await warnings();
      return got.length >= 4 ? got : undefined;
    });
    expect(all.filter((n) => (n.data as { percent: number }).percent === 100)).toHaveLength(2);
    await recordClicks({ ctx, input: { clicks: clicks(2) } });
    await new Promise((r) => setTimeout(r, 300));
    expect(await warnings()).toHaveLength(4);
    expect((await meters(t)).clicks).toMatchObject({ used: 16, allowed: 10, percent: 160 });
    // The stats count them as rejected, by reason.
    const [rejections] = await db
      .select()
      .from(s.clickRejectionsHourly)
      .where(
        and(eq(s.clickRejectionsHourly.organizationId, t.org.id), eq(s.clickRejectionsHourly.reason, 'over_plan')),
      );
    expect(rejections!.clicks).toBe(5);
    // A sale naming an over-plan click is not attributed through it; one naming an accepted click is.
    const overId = rest[5]!.id;
    const lost = await record(db, t, { type: 'sale', click_id: overId, amount: 1000, currency: 'USD' });
    expect(lost.attribution).toBeNull();
    expect(lost.commissions).toEqual([]);
    expect(lost.attributionTrace[0]).toMatchObject({
      step: 'click_id',
      outcome: 'inactive',
      detail: expect.stringMatching(/over_plan/),
    });
    const kept = await record(db, t, { type: 'sale', click_id: rest[0]!.id, amount: 1000, currency: 'USD' });
    expect(kept.attribution).toMatchObject({ method: 'click_id', enrollmentId: t.enrollment.id });
    // The click log shows the reason.
    const log = await call(t.owner, 'GET', `/orgs/${t.org.id}/clicks?limit=50`);
    expect(log.body.items.find((c: { id: string }) => c.id === overId)).toMatchObject({
      status: 'rejected',
      rejectReason: 'over_plan',
    });
  });

  it('a batch this isolate saw room for is still cut at the plan when other batches or a lower limit took the room', async () => {
    const t = await createAdvertiser(db);
    const plan = await newPlan({ maxClicksMonthly: 10 });
    await putOn(t, plan.id);
    const ctx = serviceCtx(db);
    const clicks = (n: number) => clicksOf(t, n);
    const reasons = async (a: Advertiser, batch: { id: string }[]) => {
      const rows = await db.select().from(s.clicks).where(eq(s.clicks.organizationId, a.org.id));
      const byId = new Map(rows.map((r) => [r.id, r.rejectReason]));
      return batch.map((c) => byId.get(c.id));
    };
    const month = usageMonth(new Date());
    const counter = and(eq(s.planClickUsage.organizationId, t.org.id), eq(s.planClickUsage.month, month));
    // This isolate now knows the month at 5 of 10 (11 with the grace margin)…
    expect(await recordClicks({ ctx, input: { clicks: clicks(5) } })).toEqual({ inserted: 5 });
    // …while other isolates' batches take it to 10 behind its back.
    await db.update(s.planClickUsage).set({ clicks: 10 }).where(counter);
    const three = clicks(3);
    expect(await recordClicks({ ctx, input: { clicks: three } })).toEqual({ inserted: 3 });
    expect(await reasons(t, three)).toEqual([null, 'over_plan', 'over_plan']);
    const [usage] = await db.select().from(s.planClickUsage).where(counter);
    expect(usage!.clicks).toBe(13);
    // A limit lowered since the last batch cuts the next one too, though this isolate saw room under the old one.
    const roomy = await newPlan({ maxClicksMonthly: 1000 });
    const u = await createAdvertiser(db);
    await putOn(u, roomy.id);
    await recordClicks({ ctx, input: { clicks: clicksOf(u, 4) } });
    await db.update(s.plans).set({ maxClicksMonthly: 4 }).where(eq(s.plans.id, roomy.id));
    const two = clicksOf(u, 2);
    await recordClicks({ ctx, input: { clicks: two } });
    // 4 + 10 % of 4 rounded down is still 4: both are over.
    expect(await reasons(u, two)).toEqual(['over_plan', 'over_plan']);
  });

  it('leaves another tenant’s and unlimited plans’ clicks alone', async () => {
    const ctx = serviceCtx(db);
    await recordClicks({
      ctx,
      input: { clicks: clicksOf(other, 20) },
    });
    const rows = await db.select().from(s.clicks).where(eq(s.clicks.organizationId, other.org.id));
    expect(rows.filter((r) => r.rejectReason === 'over_plan')).toEqual([]);
    const [usage] = await db.select().from(s.planClickUsage).where(eq(s.planClickUsage.organizationId, other.org.id));
    expect(usage!.clicks).toBe(20);
  });
});
