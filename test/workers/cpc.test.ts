import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as s from '../../schema';
import type { ClickMessage } from '../../workers/contracts/click-message';
import type { Db } from '../../workers/db/client';
import worker from '../../workers/index';
import { creditClickCommissions } from '../../workers/services/conversions';
import { checkLedger, releaseHolds } from '../../workers/services/finance';
import { publishRouting } from '../../workers/services/tracking';
import { type Advertiser, createAdvertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { clickMessageFor, clickOwnerOf } from '../click-messages';
import { record, serviceCtx } from '../conversions';
import { setHoldUntil } from '../finance';
import { testDb } from '../fixtures';
import { addPayee } from '../payouts';
import { signInAs } from '../sessions';
import { eventually } from '../eventually';
import { consume, expectRollupsEqualRaw } from '../stats-storage-checks';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

useTestDatabase();

const DAY = 86_400_000;
/** 2500 cents per accepted unique click: four clicks reach the USD payout minimum of $100.00. */
const RATE = 2500;
const CPC: Partial<typeof s.programs.$inferInsert> = {
  payoutModel: 'cpc',
  commissionType: 'fixed',
  commissionRateBps: null,
  commissionFixedMinor: RATE,
  multiLevelRatesBps: [1000, 300, 100],
};

let db: Db;
beforeAll(() => {
  ({ db } = testDb());
});

type Payee = Awaited<ReturnType<typeof addPayee>>;

/** The start of the UTC day `daysAgo` days before now. */
const dayStart = (daysAgo: number) => new Date(Math.floor(Date.now() / DAY) * DAY - daysAgo * DAY);

/** Click messages of one payee on one day: accepted with their own fingerprint unless told otherwise. */
function clicks(
  payee: Parameters<typeof clickOwnerOf>[0],
  day: Date,
  specs: Partial<ClickMessage>[],
  hour = 9,
): ClickMessage[] {
  return specs.map((spec, i) =>
    clickMessageFor(clickOwnerOf(payee), { at: day.getTime() + hour * 3_600_000 + i * 1000, ...spec }),
  );
}

const credit = (now = new Date()) => creditClickCommissions({ ctx: serviceCtx(db, now), input: { limit: 100 } });

async function creditsOf(enrollmentId: string) {
  return db
    .select({ conversion: s.conversions, line: s.commissions })
    .from(s.conversions)
    .leftJoin(s.commissions, eq(s.commissions.conversionId, s.conversions.id))
    .where(and(eq(s.conversions.enrollmentId, enrollmentId), eq(s.conversions.eventType, 'click')))
    .orderBy(s.conversions.createdAt);
}

async function cpcAdvertiser(program: Partial<typeof s.programs.$inferInsert> = {}) {
  const org = await createAdvertiser(db, { program: { ...CPC, ...program } });
  // An upline above the payee: CPC pays the clicking affiliate only, never the upline.
  const payee = await addPayee(db, org);
  const [upline] = await db
    .insert(s.users)
    .values({ email: `up-${crypto.randomUUID()}@example.com`, approvedAffiliate: true })
    .returning();
  await db.update(s.users).set({ referredById: upline!.id }).where(eq(s.users.id, payee.affiliate.id));
  return { org, payee };
}

const ledgerOk = async (org: Advertiser) =>
  expect((await checkLedger({ ctx: serviceCtx(db), input: { organizationId: org.org.id } })).discrepancies).toEqual([]);

describe('CPC programs', () => {
  it('are created with a rate per click, and refused with a percent commission', async () => {
    const org = await createAdvertiser(db);
    const base = {
      appId: org.app.id,
      name: 'Pay per click',
      payoutModel: 'cpc',
      currency: 'USD',
      landingUrl: 'https://app.example/',
    };
    const created = await call(org.owner, 'POST', `/orgs/${org.org.id}/programs`, {
      ...base,
      commissionType: 'fixed',
      commissionFixedMinor: 12,
    });
    expectStatus(created, 201);
    expect(created.body).toMatchObject({ payoutModel: 'cpc', commissionType: 'fixed', commissionFixedMinor: 12 });
    const refused = await call(org.owner, 'POST', `/orgs/${org.org.id}/programs`, {
      ...base,
      commissionType: 'percent',
      commissionRateBps: 1000,
    });
    expectStatus(refused, 400, 'validation_failed');
    expect(JSON.stringify(refused.body)).toContain('commissionType');
    const patched = await call(org.owner, 'PATCH', `/orgs/${org.org.id}/programs/${org.program.id}`, {
      payoutModel: 'cpc',
    });
    expectStatus(patched, 400, 'validation_failed');
  });

  it('never pays a CPC program for a conversion: the click was the paid action', async () => {
    const { org, payee } = await cpcAdvertiser();
    const click = clickMessageFor(clickOwnerOf(payee), { at: Date.now() - 60_000 });
    await consume([click]);
    const out = await record(db, payee, { type: 'sale', click_id: click.id, amount: 9900, currency: 'USD' });
    expect(out.commissions).toEqual([]);
    expect(JSON.stringify(out.attributionTrace)).toContain('a CPC program pays for clicks, not for a sale');
    await ledgerOk(org);
  });
});

describe('the click credit job', () => {
  let org: Advertiser;
  let payee: Payee;
  let other: { org: Advertiser; payee: Payee };
  const day = dayStart(2);

  beforeAll(async () => {
    ({ org, payee } = await cpcAdvertiser({ holdDays: 30, capClicksDaily: 6 }));
    other = await cpcAdvertiser();
    const plain = await createAdvertiser(db);
    const repeated = 'f'.repeat(32);
    await consume([
      // 4 accepted unique clicks, one of them followed by 2 repeats of its fingerprint (accepted, not unique).
      ...clicks(payee, day, [
        { fingerprint: repeated },
        {},
        {},
        {},
        { fingerprint: repeated },
        { fingerprint: repeated },
      ]),
      // Refused at the edge: over the daily click cap, geo, a bot and a prefetch. None of them pays.
      ...clicks(
        payee,
        day,
        [
          { rejectReason: 'cap_reached' },
          { rejectReason: 'cap_reached' },
          { rejectReason: 'geo_blocked' },
          { rejectReason: 'bot', isBot: true },
          { rejectReason: 'prefetch', isBot: true },
        ],
        20,
      ),
      // Another tenant's CPC affiliate on the same day, and today's clicks (the open day is not credited yet).
      ...clicks(other.payee, day, [{}, {}]),
      ...clicks(payee, dayStart(0), [{}], 0),
      // A revshare program's clicks never earn a credit.
      ...clicks(plain, day, [{}, {}]),
    ]);
  });

  it('credits exactly the accepted unique clicks × the rate, pending through the hold, level 0 only', async () => {
    const now = new Date();
    const result = await credit(now);
    expect(result).toEqual({ days: 2, clicks: 6 });

    const [only, ...more] = await creditsOf(payee.enrollment.id);
    expect(more).toEqual([]);
    expect(only!.conversion).toMatchObject({
      eventType: 'click',
      source: 'clicks',
      status: 'pending',
      attributionMethod: 'clicks',
      affiliateId: payee.affiliate.id,
      programId: org.program.id,
      amountMinor: 0,
      occurredAt: day,
      metadata: { clicks: 4, clickDay: day.toISOString().slice(0, 10), uniqueClicks: 4 },
    });
    expect(only!.line).toMatchObject({
      beneficiaryId: payee.affiliate.id,
      enrollmentId: payee.enrollment.id,
      level: 0,
      kind: 'commission',
      amountMinor: 4 * RATE,
      currency: 'USD',
      status: 'pending',
      holdUntil: new Date(now.getTime() + 30 * DAY),
    });
    expect(only!.line!.calculation).toMatchObject({ model: 'cpc', clicks: 4, fixedMinor: RATE });
    const lines = await db.select().from(s.commissions).where(eq(s.commissions.organizationId, org.org.id));
    expect(lines).toHaveLength(1);

    const [theirs] = await creditsOf(other.payee.enrollment.id);
    expect(theirs!.line).toMatchObject({ amountMinor: 2 * RATE, organizationId: other.org.org.id });
    await ledgerOk(org);
    await ledgerOk(other.org);
  });

  it('explains the credit to the advertiser and the affiliate as unique clicks × the rate', async () => {
    const [first] = await creditsOf(payee.enrollment.id);
    const id = first!.conversion.id;
    const formula = `4 unique clicks × ${RATE} USD = ${4 * RATE}`;
    const detail = await call(org.owner, 'GET', `/orgs/${org.org.id}/conversions/${id}`);
    expectStatus(detail, 200);
    expect(detail.body.conversion).toMatchObject({ type: 'click', source: 'clicks' });
    expect(detail.body.commissions.map((l: any) => l.calculation.formula)).toEqual([formula]);
    const session = await signInAs(db, payee.affiliate.id);
    const mine = await call(session, 'GET', `/affiliate/orgs/${org.org.id}/conversions/${id}`);
    expectStatus(mine, 200);
    expect(JSON.stringify(mine.body)).toContain(formula);
  });

  it('changes nothing when run again', async () => {
    const before = await db.select().from(s.commissions);
    expect(await Promise.all([credit(), credit()])).toEqual([
      { days: 0, clicks: 0 },
      { days: 0, clicks: 0 },
    ]);
    expect(await db.select().from(s.commissions)).toEqual(before);
  });

  it('books the payout in the commission rollups as in the raw rows', async () => {
    await expectRollupsEqualRaw(db, 'after click credits');
    const [row] = await db
      .select({ amount: sql<string>`sum(amount_minor)` })
      .from(s.commissionOrgHourly)
      .where(and(eq(s.commissionOrgHourly.organizationId, org.org.id), eq(s.commissionOrgHourly.hour, day)));
    expect(Number(row!.amount)).toBe(4 * RATE);
  });

  it('shows the credit as payout in the reports, not as a pending conversion', async () => {
    const iso = day.toISOString().slice(0, 10);
    const res = await call(
      org.owner,
      'GET',
      `/orgs/${org.org.id}/stats/report?from=${iso}&to=${iso}&granularity=total`,
    );
    expectStatus(res, 200);
    const [row] = res.body.rows;
    expect(row.metrics).toMatchObject({
      clicks: 6,
      uniqueClicks: 4,
      rejectedClicks: 5,
      pendingConversions: 0,
      leads: 0,
      sales: 0,
    });
    expect(row.money).toEqual([expect.objectContaining({ currency: 'USD', payoutMinor: 4 * RATE })]);
    const session = await signInAs(db, payee.affiliate.id);
    const mine = await call(
      session,
      'GET',
      `/affiliate/orgs/${org.org.id}/stats/report?from=${iso}&to=${iso}&granularity=total`,
    );
    expectStatus(mine, 200);
    expect(mine.body.rows[0].money).toEqual([expect.objectContaining({ currency: 'USD', payoutMinor: 4 * RATE })]);
  });

  it('credits clicks that arrive late for a credited day as a new line, never rewriting the approved one', async () => {
    const [first] = await creditsOf(payee.enrollment.id);
    await setHoldUntil(db, [first!.line!.id], new Date(Date.now() - 1000));
    await releaseHolds({ ctx: serviceCtx(db), input: { batchSize: 100, maxBatches: 1 } });

    await consume(clicks(payee, day, [{}, {}, { fingerprint: 'f'.repeat(32) }], 22));
    // Two runs at once: the enrollment-day lock and the credit's event id let exactly one credit it.
    const runs = await Promise.all([credit(), credit()]);
    expect(runs.map((r) => r.clicks).sort()).toEqual([0, 2]);

    const [approved, late, ...more] = await creditsOf(payee.enrollment.id);
    expect(more).toEqual([]);
    expect(approved!.line).toMatchObject({ id: first!.line!.id, amountMinor: 4 * RATE, status: 'approved' });
    expect(late!.conversion.metadata).toMatchObject({ clicks: 2, uniqueClicks: 6 });
    expect(late!.line).toMatchObject({ amountMinor: 2 * RATE, status: 'pending', level: 0 });
    expect(late!.conversion.eventId).toBe(`cpc:${payee.enrollment.id}:${day.toISOString().slice(0, 10)}:4`);
    await ledgerOk(org);
    await expectRollupsEqualRaw(db, 'after a late credit');
  });

  it('credits the closed day through the hourly cron trigger', async () => {
    const yesterday = dayStart(1);
    await consume(clicks(payee, yesterday, [{}, {}, {}]));
    await worker.scheduled(createScheduledController({ cron: '5 * * * *', scheduledTime: Date.now() }), env);
    const credits = await creditsOf(payee.enrollment.id);
    expect(credits.map((c) => [c.conversion.occurredAt.toISOString(), c.line?.amountMinor])).toEqual([
      [day.toISOString(), 4 * RATE],
      [day.toISOString(), 2 * RATE],
      [yesterday.toISOString(), 3 * RATE],
    ]);
  });

  it('leaves clicks older than the look-back window unpaid', async () => {
    await consume(clicks(payee, dayStart(10), [{}, {}]));
    await credit();
    const credits = await creditsOf(payee.enrollment.id);
    expect(credits.some((c) => c.conversion.occurredAt.getTime() === dayStart(10).getTime())).toBe(false);
  });

  it('pays the credit out: approved after the hold, then in the proposed payout', async () => {
    const credits = await creditsOf(payee.enrollment.id);
    const ids = credits.map((c) => c.line!.id);
    await setHoldUntil(db, ids, new Date(Date.now() - 1000));
    await releaseHolds({ ctx: serviceCtx(db), input: { batchSize: 100, maxBatches: 1 } });
    const res = await call(org.finance, 'POST', `/orgs/${org.org.id}/payouts/propose`);
    expectStatus(res, 200);
    expect(res.body.batches).toEqual([
      expect.objectContaining({ currency: 'USD', itemsAdded: 1, linesLinked: 3, totalMinor: 9 * RATE }),
    ]);
    const statuses = await db
      .select({ status: s.commissions.status })
      .from(s.commissions)
      .where(eq(s.commissions.enrollmentId, payee.enrollment.id));
    expect(statuses.map((r) => r.status)).toEqual(['in_payout', 'in_payout', 'in_payout']);
    await ledgerOk(org);
    await expectRollupsEqualRaw(db, 'after the payout proposal');
  });

  it('lets the advertiser reject a day’s credit: its line is rejected and its clicks are not credited again', async () => {
    const [theirs] = await creditsOf(other.payee.enrollment.id);
    const path = (a: Advertiser) => `/orgs/${a.org.id}/conversions/${theirs!.conversion.id}/reject`;
    expectStatus(await call(org.owner, 'POST', path(org), { reason: 'not ours' }), 404, 'not_found');
    expectStatus(await call(other.org.owner, 'POST', path(other.org), { reason: 'click farm' }), 200);
    const [rejected] = await db.select().from(s.commissions).where(eq(s.commissions.id, theirs!.line!.id));
    expect(rejected).toMatchObject({ status: 'rejected', amountMinor: 2 * RATE });
    expect(await credit()).toEqual({ days: 0, clicks: 0 });
    await ledgerOk(other.org);
    await expectRollupsEqualRaw(db, 'after a rejected credit');
  });

  it('never credits another tenant’s clicks to this one', async () => {
    const theirs = await db.select().from(s.commissions).where(eq(s.commissions.organizationId, other.org.org.id));
    expect(theirs.map((l) => [l.beneficiaryId, l.amountMinor])).toEqual([[other.payee.affiliate.id, 2 * RATE]]);
    const mine = await db.select().from(s.commissions).where(eq(s.commissions.organizationId, org.org.id));
    expect(mine.every((l) => l.beneficiaryId === payee.affiliate.id)).toBe(true);
  });
});

describe('clicks through the real tracker', () => {
  const SAFARI =
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
  const CHROME =
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
  let ip = 0;
  const visit = (url: string, userAgent: string) =>
    workerFetch(url, {
      redirect: 'manual',
      headers: { 'user-agent': userAgent, 'cf-connecting-ip': `198.19.7.${++ip}` },
    } as RequestInit);

  it('pays the accepted unique clicks, never a repeat, a bot or a click over the daily cap', async () => {
    const { payee } = await cpcAdvertiser({ capClicksDaily: 3, fallbackUrl: 'https://app.example/capped' });
    const ctx = serviceCtx(db);
    await publishRouting({ ctx, input: { program: payee.program.id } });
    await publishRouting({ ctx, input: { enrollment: payee.enrollment.id } });
    const url = `http://localhost/click?o=${payee.program.id}&a=${payee.affiliate.id}`;
    // Two browsers (two fingerprints, both unique) and the first one again (accepted, not unique).
    for (const agent of [SAFARI, CHROME, SAFARI]) {
      const res = await visit(url, agent);
      expect(res.headers.get('location')).toMatch(/^https:\/\/app\.example\/(?!capped)/);
    }
    // A robot is refused (no cookie, no click id), though it is sent to the offer's page (docs/tracking.md).
    const bot = await visit(url, 'Googlebot/2.1 (+http://www.google.com/bot.html)');
    expect(bot.headers.get('set-cookie')).toBeNull();
    expect(bot.headers.get('location')).not.toMatch(/aff_click|[0-9a-f]{8}-[0-9a-f]{4}-7/);
    const counted = await eventually(
      async () => {
        const [row] = await db
          .select()
          .from(s.clickEnrollmentDaily)
          .where(eq(s.clickEnrollmentDaily.enrollmentId, payee.enrollment.id));
        return row && row.clicks === 3 && row.rejectedClicks === 1 ? row : undefined;
      },
      30_000,
      'the three accepted clicks and the bot in the rollup',
    );
    expect(counted.uniqueClicks).toBe(2);

    // The counters cron tells the edge the cap is used up; past its 30-second cache the next click is refused.
    await worker.scheduled(createScheduledController({ cron: '* * * * *' }), env);
    const realNow = Date.now.bind(Date);
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 31_000);
    try {
      expect((await visit(url, CHROME.replace('131.0', '132.0'))).headers.get('location')).toBe(
        'https://app.example/capped',
      );
    } finally {
      clock.mockRestore();
    }
    await eventually(
      async () => {
        const rows = await db
          .select()
          .from(s.clicks)
          .where(and(eq(s.clicks.enrollmentId, payee.enrollment.id), eq(s.clicks.rejectReason, 'cap_reached')));
        return rows.length === 1 ? rows : undefined;
      },
      30_000,
      'the click over the cap',
    );

    // Once the day is over, the credit pays the two unique clicks and nothing else.
    await credit(new Date(Date.now() + DAY));
    const credits = await creditsOf(payee.enrollment.id);
    expect(credits.map((c) => [c.conversion.metadata, c.line?.amountMinor])).toEqual([
      [expect.objectContaining({ clicks: 2, uniqueClicks: 2 }), 2 * RATE],
    ]);
  });
});
