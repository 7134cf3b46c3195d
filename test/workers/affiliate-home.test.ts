import { and, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { createAdvertiser, createApprovalProgram, useTwoAdvertisers, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, record } from '../conversions';
import { createUserSession, type TestSession } from '../sessions';
import { addCommissionStats, ownerOf } from '../stats-rollups';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

// Unusual amounts, so a leaked sale amount would show in a response's text.
const ACME_SALE = 12_340;
const ACME_EUR_SALE = 45_670;
const OTHER_SALE = 98_760;
let acmeLink: string;
let otherLink: string;
let newcomer: TestSession;

/** A click on `linkId` with the traffic facts a link page breaks down. */
async function clickOn(tenant: Advertiser, linkId: string | null, facts: Partial<typeof s.clicks.$inferInsert> = {}) {
  const click = await insertClick(db, tenant, { at: new Date(Date.now() - 120_000) });
  await db
    .update(s.clicks)
    .set({ linkId, ...facts })
    .where(eq(s.clicks.id, click.id));
  return click;
}

async function makeLink(tenant: Advertiser, name: string) {
  const res = await call(tenant.affiliateSession, 'POST', `/affiliate/orgs/${tenant.org.id}/links`, {
    enrollmentId: tenant.enrollment.id,
    name,
  });
  expectStatus(res, 201);
  return res.body.id as string;
}

const period = () => {
  const today = new Date().toISOString().slice(0, 10);
  return `from=${today}&to=${today}&tz=UTC`;
};

beforeAll(async () => {
  acmeLink = await makeLink(acme, 'Spring newsletter');
  otherLink = await makeLink(other, 'Their link');
  const c1 = await clickOn(acme, acmeLink, {
    referrer: 'https://News.Example/post?id=42&email=a@b.c',
    country: 'DE',
    deviceType: 'mobile',
    browser: 'Chrome',
  });
  const c2 = await clickOn(acme, acmeLink, { country: 'US', deviceType: 'desktop', browser: 'Firefox' });
  await clickOn(acme, acmeLink, { country: 'US', deviceType: 'desktop', browser: 'Firefox' });
  await clickOn(acme, acmeLink, { status: 'rejected', rejectReason: 'bot' });
  const plain = await clickOn(acme, null);
  await record(db, acme, { type: 'sale', click_id: c1.id, order_id: 'acme-1', amount: ACME_SALE, currency: 'USD' });
  await record(db, acme, { type: 'lead', click_id: c2.id });
  await record(db, acme, {
    type: 'sale',
    click_id: plain.id,
    order_id: 'acme-2',
    amount: ACME_EUR_SALE,
    currency: 'EUR',
  });
  const theirs = await clickOn(other, otherLink);
  await record(db, other, { type: 'sale', click_id: theirs.id, order_id: 'o-1', amount: OTHER_SALE, currency: 'USD' });
  newcomer = await createUserSession(db);
});

/** The affiliate's level-0 commissions straight from the ledger, per currency. */
async function rawCommissions(tenant: Advertiser) {
  const rows = await db
    .select({ currency: s.commissions.currency, sum: sql<string>`sum(${s.commissions.amountMinor})` })
    .from(s.commissions)
    .where(and(eq(s.commissions.beneficiaryId, tenant.affiliate.id), eq(s.commissions.organizationId, tenant.org.id)))
    .groupBy(s.commissions.currency);
  return new Map(rows.map((r) => [r.currency, Number(r.sum)]));
}

describe('link performance and analytics', () => {
  it('counts clicks, leads, sales and earnings per link exactly as the raw rows do', async () => {
    const res = await call(
      acme.affiliateSession,
      'GET',
      `/affiliate/orgs/${acme.org.id}/links/performance?${period()}`,
    );
    expectStatus(res, 200);
    const [rawClicks] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(s.clicks)
      .where(and(eq(s.clicks.linkId, acmeLink), eq(s.clicks.status, 'accepted')));
    const usd = (await rawCommissions(acme)).get('USD');
    expect(res.body.items).toEqual([
      { linkId: acmeLink, clicks: rawClicks!.n, leads: 1, sales: 1, earnings: [{ currency: 'USD', amountMinor: usd }] },
    ]);
    expect(rawClicks!.n).toBe(3);
    expect(usd).toBe(Math.round(ACME_SALE * 0.3));
    expect(JSON.stringify(res.body)).not.toContain(String(ACME_SALE));
  });

  it('ignores another affiliate’s link ids and refuses a malformed list', async () => {
    const res = await call(
      acme.affiliateSession,
      'GET',
      `/affiliate/orgs/${acme.org.id}/links/performance?linkIds=${otherLink}`,
    );
    expectStatus(res, 200);
    expect(res.body.items).toEqual([]);
    expectStatus(
      await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/links/performance?linkIds=nope`),
      400,
    );
    expectStatus(
      await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/links/performance?tz=Mars/Base`),
      400,
    );
  });

  it('breaks one link down by day, referring site, country, device and browser, with its conversions', async () => {
    const res = await call(
      acme.affiliateSession,
      'GET',
      `/affiliate/orgs/${acme.org.id}/links/${acmeLink}/analytics?${period()}`,
    );
    expectStatus(res, 200);
    const today = new Date().toISOString().slice(0, 10);
    expect(res.body.days).toEqual([{ date: today, clicks: 3, leads: 1, sales: 1 }]);
    // Only the host of a Referer is kept: its path and query can carry the visitor's data.
    expect(res.body.referrers).toEqual({
      items: [
        { value: '', clicks: 2 },
        { value: 'news.example', clicks: 1 },
      ],
      otherClicks: 0,
    });
    expect(res.body.countries.items).toEqual([
      { value: 'US', clicks: 2 },
      { value: 'DE', clicks: 1 },
    ]);
    expect(res.body.devices.items).toEqual([
      { value: 'desktop', clicks: 2 },
      { value: 'mobile', clicks: 1 },
    ]);
    expect(res.body.browsers.items).toEqual([
      { value: 'Firefox', clicks: 2 },
      { value: 'Chrome', clicks: 1 },
    ]);
    expect(res.body.conversions.map((c: { eventType: string }) => c.eventType).sort()).toEqual(['lead', 'sale']);
    const sale = res.body.conversions.find((c: { eventType: string }) => c.eventType === 'sale');
    expect(sale.commissions).toEqual([{ currency: 'USD', amountMinor: Math.round(ACME_SALE * 0.3) }]);
    expect(JSON.stringify(res.body)).not.toContain(String(ACME_SALE));
  });

  it('is not found for another affiliate, in its own context or in this one', async () => {
    expectStatus(
      await call(other.affiliateSession, 'GET', `/affiliate/orgs/${other.org.id}/links/${acmeLink}/analytics`),
      404,
    );
    const foreign = await call(
      other.affiliateSession,
      'GET',
      `/affiliate/orgs/${acme.org.id}/links/${acmeLink}/analytics`,
    );
    expect([403, 404]).toContain(foreign.status);
  });
});

describe('the affiliate home', () => {
  it('gives one advertiser’s money per currency, exact against the ledger, and never a sale amount', async () => {
    const res = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/home?tz=UTC`);
    expectStatus(res, 200);
    const raw = await rawCommissions(acme);
    expect(res.body.money.map((m: { currency: string }) => m.currency)).toEqual(['EUR', 'USD']);
    for (const m of res.body.money) {
      expect(m.earnedMinor).toBe(raw.get(m.currency));
      // Every line is still on hold (30-day hold), and all of it was earned this month.
      expect(m.holdMinor).toBe(raw.get(m.currency));
      expect(m.thisMonthMinor).toBe(raw.get(m.currency));
      expect(m.lastMonthMinor).toBe(0);
      expect(m.approvedMinor).toBe(0);
    }
    // Nothing approved yet: each currency is the whole platform minimum (100.00) away from a payout.
    expect(
      res.body.payouts
        .map((p: { currency: string; state: string; shortfallMinor: number }) => [
          p.currency,
          p.state,
          p.shortfallMinor,
        ])
        .sort(),
    ).toEqual([
      ['EUR', 'below_minimum', 10_000],
      ['USD', 'below_minimum', 10_000],
    ]);
    expect(res.body.checklist).toEqual({ hasLink: true, firstClick: true, firstConversion: true });
    // Saved and ready-made links alike: the click on the plain /aff/ link (no saved link) is a row of its own.
    expect(res.body.bestLinks).toMatchObject([
      { linkId: acmeLink, form: 'short_link', name: 'Spring newsletter', clicks: 3, leads: 1, sales: 1 },
      {
        linkId: null,
        form: 'aff_path',
        programId: acme.program.id,
        programName: acme.program.name,
        shortUrl: null,
        clicks: 1,
        leads: 0,
        sales: 1,
        earnings: [{ currency: 'EUR', amountMinor: raw.get('EUR') }],
      },
    ]);
    expect(res.body.latestConversions).toHaveLength(3);
    const text = JSON.stringify(res.body);
    for (const amount of [ACME_SALE, ACME_EUR_SALE, OTHER_SALE]) expect(text).not.toContain(String(amount));
    expect(text).not.toMatch(/revenue/i);
    expect(text).not.toContain(other.org.id);
  });

  it('names a payout the next proposal takes, once the approved balance reaches the minimum', async () => {
    const [line] = await db
      .insert(s.commissions)
      .values({
        conversionId: (await db.select().from(s.conversions).where(eq(s.conversions.orderId, 'acme-1')))[0]!.id,
        organizationId: acme.org.id,
        programId: acme.program.id,
        beneficiaryId: acme.affiliate.id,
        kind: 'adjustment',
        level: 0,
        amountMinor: 20_000,
        currency: 'USD',
        status: 'approved',
        holdUntil: new Date(),
      })
      .returning();
    await db
      .update(s.users)
      .set({ paypalEmail: 'aff@example.com', paypalEmailVerifiedAt: new Date() })
      .where(eq(s.users.id, acme.affiliate.id));
    try {
      const res = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/home`);
      expectStatus(res, 200);
      const usd = res.body.payouts.find((p: { currency: string }) => p.currency === 'USD');
      expect(usd).toMatchObject({
        state: 'scheduled',
        amountMinor: 20_000,
        shortfallMinor: 0,
        payoutMinimumMinor: 10_000,
      });
      const at = new Date(usd.expectedAt);
      expect(at.getUTCHours() * 60 + at.getUTCMinutes()).toBe(4 * 60 + 30);
      expect(at.getTime() - Date.now()).toBeGreaterThan(0);
      expect(at.getTime() - Date.now()).toBeLessThanOrEqual(86_400_000);
    } finally {
      await db.delete(s.commissions).where(eq(s.commissions.id, line!.id));
    }
  });

  it("asks the affiliate's chosen rail whether it can pay: a Wise affiliate without bank details is told to finish Wise, not PayPal", async () => {
    const [line] = await db
      .insert(s.commissions)
      .values({
        conversionId: (await db.select().from(s.conversions).where(eq(s.conversions.orderId, 'acme-1')))[0]!.id,
        organizationId: acme.org.id,
        programId: acme.program.id,
        beneficiaryId: acme.affiliate.id,
        kind: 'adjustment',
        level: 0,
        amountMinor: 20_000,
        currency: 'USD',
        status: 'approved',
        holdUntil: new Date(),
      })
      .returning();
    const usdPayout = async () => {
      const res = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/home`);
      expectStatus(res, 200);
      return res.body.payouts.find((p: { currency: string }) => p.currency === 'USD');
    };
    try {
      // A verified PayPal email, but the affiliate chose Wise with this advertiser and gave no bank details.
      await db
        .update(s.users)
        .set({ paypalEmail: 'aff@example.com', paypalEmailVerifiedAt: new Date() })
        .where(eq(s.users.id, acme.affiliate.id));
      await db
        .insert(s.payoutMethods)
        .values({ affiliateId: acme.affiliate.id, organizationId: acme.org.id, country: 'DE', rail: 'wise' });
      expect(await usdPayout()).toMatchObject({ state: 'needs_payout_method', rail: 'wise', amountMinor: 20_000 });
      // Back on PayPal (no method chosen): the verified email pays it.
      await db.delete(s.payoutMethods).where(eq(s.payoutMethods.affiliateId, acme.affiliate.id));
      expect(await usdPayout()).toMatchObject({ state: 'scheduled', rail: 'paypal' });
      // PayPal without a verified email: PayPal's own step.
      await db.update(s.users).set({ paypalEmailVerifiedAt: null }).where(eq(s.users.id, acme.affiliate.id));
      expect(await usdPayout()).toMatchObject({ state: 'needs_payout_method', rail: 'paypal' });
    } finally {
      await db.delete(s.payoutMethods).where(eq(s.payoutMethods.affiliateId, acme.affiliate.id));
      await db.delete(s.commissions).where(eq(s.commissions.id, line!.id));
    }
  });

  it('dates the payout by the schedules of the programs behind the balance: the earliest run, none when no run takes it', async () => {
    const second = await createApprovalProgram(db, acme);
    // Two conversions: one adjustment line each (a conversion has one adjustment per beneficiary and level).
    const conversions = await db
      .select()
      .from(s.conversions)
      .where(inArray(s.conversions.orderId, ['acme-1', 'acme-2']));
    const lines = await db
      .insert(s.commissions)
      .values(
        [acme.program.id, second.id].map((programId, i) => ({
          conversionId: conversions[i]!.id,
          organizationId: acme.org.id,
          programId,
          beneficiaryId: acme.affiliate.id,
          kind: 'adjustment' as const,
          level: 0,
          amountMinor: 15_000,
          currency: 'USD',
          status: 'approved' as const,
          holdUntil: new Date(),
        })),
      )
      .returning();
    await db
      .update(s.users)
      .set({ paypalEmail: 'aff@example.com', paypalEmailVerifiedAt: new Date() })
      .where(eq(s.users.id, acme.affiliate.id));
    const setSchedule = (programId: string, values: Partial<typeof s.programPayoutSchedules.$inferInsert>) =>
      db
        .insert(s.programPayoutSchedules)
        .values({ programId, organizationId: acme.org.id, kind: 'daily', ...values })
        .onConflictDoUpdate({
          target: s.programPayoutSchedules.programId,
          set: { kind: 'daily', dayOfMonth: null, thresholdMinor: null, ...values },
        });
    const usdPayout = async () => {
      const res = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/home`);
      expectStatus(res, 200);
      const usd = res.body.payouts.find((p: { currency: string }) => p.currency === 'USD');
      expect(usd).toMatchObject({ state: 'scheduled', amountMinor: 30_000 });
      return usd.expectedAt as string | null;
    };
    // A day of the month other than today's, so the monthly run is its next occurrence at 04:30 UTC.
    const today = new Date();
    const day = (today.getUTCDate() % 28) + 1;
    const month = today.getUTCMonth() + (day > today.getUTCDate() ? 0 : 1);
    const monthlyRun = new Date(Date.UTC(today.getUTCFullYear(), month, day, 4, 30)).toISOString();
    try {
      await setSchedule(acme.program.id, { kind: 'manual' });
      await setSchedule(second.id, { kind: 'monthly', dayOfMonth: day });
      expect(await usdPayout()).toBe(monthlyRun);
      // A threshold the program's own 150.00 does not reach: no run takes it, and the manual program never.
      await setSchedule(second.id, { kind: 'threshold', thresholdMinor: 15_001 });
      expect(await usdPayout()).toBeNull();
      // Reached: the next daily run, earlier than any monthly one.
      await setSchedule(second.id, { kind: 'threshold', thresholdMinor: 15_000 });
      const at = new Date((await usdPayout())!);
      expect(at.getUTCHours() * 60 + at.getUTCMinutes()).toBe(4 * 60 + 30);
      expect(at.getTime() - Date.now()).toBeGreaterThan(0);
      expect(at.getTime() - Date.now()).toBeLessThanOrEqual(86_400_000);
    } finally {
      await db.delete(s.commissions).where(
        inArray(
          s.commissions.id,
          lines.map((l) => l.id),
        ),
      );
      await db.delete(s.programPayoutSchedules).where(eq(s.programPayoutSchedules.organizationId, acme.org.id));
    }
  });

  it('across advertisers groups per currency and shows each affiliate only its own', async () => {
    const mine = await call(acme.affiliateSession, 'GET', '/affiliate/home?tz=Europe/Berlin');
    expectStatus(mine, 200);
    const raw = await rawCommissions(acme);
    expect(mine.body.money.map((m: { currency: string; earnedMinor: number }) => [m.currency, m.earnedMinor])).toEqual([
      ['EUR', raw.get('EUR')],
      ['USD', raw.get('USD')],
    ]);
    const theirs = await call(other.affiliateSession, 'GET', '/affiliate/home');
    expectStatus(theirs, 200);
    expect(
      theirs.body.money.map((m: { currency: string; earnedMinor: number }) => [m.currency, m.earnedMinor]),
    ).toEqual([['USD', (await rawCommissions(other)).get('USD')]]);
    expect(JSON.stringify(theirs.body)).not.toContain(acme.org.id);
    expect(JSON.stringify(theirs.body)).not.toContain(String(OTHER_SALE));
  });

  it('shows a brand-new affiliate an empty home with every first step open', async () => {
    const res = await call(newcomer, 'GET', '/affiliate/home');
    expectStatus(res, 200);
    expect(res.body).toMatchObject({
      money: [],
      payouts: [],
      bestLinks: [],
      bestPrograms: [],
      latestConversions: [],
      announcements: [],
      checklist: { hasLink: false, firstClick: false, firstConversion: false },
    });
  });

  it('counts every link form: an affiliate whose traffic came only through its ref code has shared a link', async () => {
    const solo = await createAdvertiser(db);
    for (const form of ['aff_path', 'aff_path', 'client_side'] as const) {
      const click = await insertClick(db, solo, { at: new Date(Date.now() - 60_000) });
      await db.update(s.clicks).set({ linkForm: form }).where(eq(s.clicks.id, click.id));
    }
    const res = await call(solo.affiliateSession, 'GET', `/affiliate/orgs/${solo.org.id}/home?tz=UTC`);
    expectStatus(res, 200);
    expect(res.body.checklist).toEqual({ hasLink: true, firstClick: true, firstConversion: false });
    expect(res.body.bestLinks).toMatchObject([
      { linkId: null, form: 'aff_path', programId: solo.program.id, clicks: 2, leads: 0, sales: 0, earnings: [] },
      { linkId: null, form: 'client_side', programId: solo.program.id, clicks: 1 },
    ]);
  });

  it('gives this month’s earnings with the recruits’ (upline) part apart, as the Stats page’s earnings by level', async () => {
    const hour = new Date();
    hour.setUTCMinutes(0, 0, 0);
    const recruits = { ...ownerOf(acme), hour };
    await addCommissionStats(db, ownerOf(acme), [
      { hour: hour.toISOString(), amountMinor: 700, currency: 'USD', level: 1, country: 'NL' },
    ]);
    try {
      const res = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/home?tz=UTC`);
      expectStatus(res, 200);
      const usd = res.body.money.find((m: { currency: string }) => m.currency === 'USD');
      const own = (await rawCommissions(acme)).get('USD')!;
      expect(usd).toMatchObject({ thisMonthMinor: own + 700, thisMonthRecruitsMinor: 700, lastMonthRecruitsMinor: 0 });
      const eur = res.body.money.find((m: { currency: string }) => m.currency === 'EUR');
      expect(eur.thisMonthRecruitsMinor).toBe(0);
    } finally {
      await db
        .delete(s.commissionStatsHourly)
        .where(
          and(
            eq(s.commissionStatsHourly.beneficiaryId, recruits.affiliateId),
            eq(s.commissionStatsHourly.level, 1),
            eq(s.commissionStatsHourly.hour, hour),
          ),
        );
    }
  });

  it('refuses an unknown time zone with a 4xx', async () => {
    const res = await call(acme.affiliateSession, 'GET', '/affiliate/home?tz=Not/AZone');
    expect(res.status).toBe(400);
  });
});

describe('announcements', () => {
  it('lets owners and admins publish and delete, audited; finance may not; affiliates see their own', async () => {
    const wide = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/announcements`, {
      title: 'Spring sale',
      body: 'Double commission\nall week.',
    });
    expectStatus(wide, 201);
    const scoped = await call(acme.admin, 'POST', `/orgs/${acme.org.id}/announcements`, {
      programId: acme.program.id,
      title: 'New banners',
      body: 'See Creatives.',
    });
    expectStatus(scoped, 201);
    expectStatus(
      await call(acme.finance, 'POST', `/orgs/${acme.org.id}/announcements`, { title: 'x', body: 'y' }),
      403,
    );
    expectStatus(
      await call(acme.owner, 'POST', `/orgs/${acme.org.id}/announcements`, {
        programId: other.program.id,
        title: 'x',
        body: 'y',
      }),
      404,
    );
    expectStatus(await call(acme.owner, 'POST', `/orgs/${acme.org.id}/announcements`, { title: '', body: 'y' }), 400);

    const list = await call(acme.finance, 'GET', `/orgs/${acme.org.id}/announcements`);
    expectStatus(list, 200);
    expect(list.body.items.map((a: { title: string }) => a.title)).toEqual(['New banners', 'Spring sale']);
    expect((await call(other.owner, 'GET', `/orgs/${other.org.id}/announcements`)).body.items).toEqual([]);

    const home = await call(acme.affiliateSession, 'GET', '/affiliate/home');
    expect(home.body.announcements.map((a: { title: string; body: string }) => [a.title, a.body])).toEqual([
      ['New banners', 'See Creatives.'],
      ['Spring sale', 'Double commission\nall week.'],
    ]);
    expect((await call(other.affiliateSession, 'GET', '/affiliate/home')).body.announcements).toEqual([]);

    // A suspended affiliate no longer reads the advertiser's news.
    await db.update(s.enrollments).set({ status: 'suspended' }).where(eq(s.enrollments.id, acme.enrollment.id));
    try {
      expect((await call(acme.affiliateSession, 'GET', '/affiliate/home')).body.announcements).toEqual([]);
    } finally {
      await db.update(s.enrollments).set({ status: 'active' }).where(eq(s.enrollments.id, acme.enrollment.id));
    }

    expectStatus(await call(other.owner, 'DELETE', `/orgs/${other.org.id}/announcements/${wide.body.id}`), 404);
    expectStatus(await call(acme.finance, 'DELETE', `/orgs/${acme.org.id}/announcements/${wide.body.id}`), 403);
    expectStatus(await call(acme.owner, 'DELETE', `/orgs/${acme.org.id}/announcements/${wide.body.id}`), 204);
    const audit = await db
      .select({ action: s.auditLog.action })
      .from(s.auditLog)
      .where(eq(s.auditLog.targetId, wide.body.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['announcement.deleted', 'announcement.published']);
  });
});
