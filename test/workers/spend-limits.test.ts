import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { creditClickCommissions } from '../../workers/services/conversions';
import { earnedInPeriods } from '../../workers/services/enrollments';
import { type Advertiser, createAdvertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { clickMessageFor, clickOwnerOf } from '../click-messages';
import { insertClick, nextEventId, record, serviceCtx } from '../conversions';
import { addPayee } from '../payouts';
import { signInAs } from '../sessions';
import { CHECKS, consume, rows } from '../stats-storage-checks';
import type { createTenant } from '../tenant';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => {
  ({ db, acme, other } = t);
});

type Tenant = Awaited<ReturnType<typeof createTenant>>;

const DAY = 86_400_000;
const groupsUrl = (a: Advertiser) => `/orgs/${a.org.id}/programs/${a.program.id}/groups`;
type Limit = { period: 'day' | 'week' | 'month' | 'total'; maxMinor: number; currency: string };

/** A fresh affiliate of the advertiser's program (30 %), in a new group with these limits. */
async function memberWith(a: Advertiser, spendLimits: Limit[]): Promise<{ payee: Tenant; groupId: string }> {
  const created = await call(a.owner, 'POST', groupsUrl(a), { name: nextEventId('Capped'), spendLimits });
  expectStatus(created, 201);
  const payee = await addPayee(db, a);
  const moved = await call(a.owner, 'POST', `${groupsUrl(a)}/${created.body.id}/members`, {
    enrollmentIds: [payee.enrollment.id],
  });
  expectStatus(moved, 200);
  return { payee, groupId: created.body.id };
}

// Noon UTC two days ago: the sales of one test fall in one UTC day whenever the suite runs.
const today = new Date();
const NOON = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 2, 12));

/** A sale of `amount` (30 % of it earned), at `at`, from a click a day before. */
async function sale(t: Tenant, amount: number, at = NOON, order = nextEventId('order')) {
  const click = await insertClick(db, t, { at: new Date(at.getTime() - DAY) });
  const out = await record(db, t, {
    type: 'sale',
    click_id: click.id,
    order_id: order,
    amount,
    currency: 'USD',
    occurred_at: at.toISOString(),
  });
  return { out, order, line: out.commissions.find((c) => c.level === 0)! };
}

describe('spend limits', () => {
  it('cuts the line that crosses a daily cap, then writes zero lines that say which cap and why', async () => {
    const { payee } = await memberWith(acme, [{ period: 'day', maxMinor: 10_000, currency: 'USD' }]);
    const amounts: number[] = [];
    for (let i = 0; i < 5; i++) amounts.push((await sale(payee, 10_000)).line.amountMinor);
    // 3,000 each: 3 fit, the fourth is cut to the 1,000 left, the fifth earns 0.
    expect(amounts).toEqual([3_000, 3_000, 3_000, 1_000, 0]);

    const lines = await db.select().from(s.commissions).where(eq(s.commissions.enrollmentId, payee.enrollment.id));
    expect(lines).toHaveLength(5);
    const partial = lines.find((l) => l.amountMinor === 1_000)!;
    expect(partial.calculation.spendLimit).toMatchObject({
      verdict: 'partial',
      requestedMinor: 3_000,
      paidMinor: 1_000,
      cutBy: { period: 'day', maxMinor: 10_000, currency: 'USD', earnedMinor: 9_000, roomMinor: 1_000 },
    });
    expect(String(partial.calculation.formula)).toContain('cut to 1000 by the day limit of 10000 USD');
    const zero = lines.find((l) => l.amountMinor === 0)!;
    expect(zero).toMatchObject({ status: 'pending', kind: 'commission' });
    expect(zero.calculation.spendLimit).toMatchObject({
      verdict: 'capped',
      paidMinor: 0,
      cutBy: { period: 'day', earnedMinor: 10_000, roomMinor: 0 },
    });
    const within = lines.find((l) => l.amountMinor === 3_000)!;
    expect(within.calculation.spendLimit).toMatchObject({ verdict: 'within', cutBy: null });
    // The rollups count the zero line as a line of 0 and the cut one at what it paid, as the raw rows do.
    const hour = await db.execute(
      `SELECT lines::int, amount_minor::int FROM affiliate.commission_stats_hourly
       WHERE enrollment_id = '${payee.enrollment.id}' AND level = 0 AND kind = 'commission' AND status = 'pending'`,
    );
    expect(hour.rows).toEqual([{ lines: 5, amount_minor: 10_000 }]);
    const counted = Object.entries(CHECKS).filter(([t]) => !t.includes('click') && t !== 'enrollment_totals');
    for (const [table, q] of counted) expect(await rows(db, q.rollup), table).toEqual(await rows(db, q.raw));
    const [totals] = await db
      .select()
      .from(s.enrollmentTotals)
      .where(eq(s.enrollmentTotals.enrollmentId, payee.enrollment.id));
    expect(totals).toMatchObject({ conversions: 5, earningsMinor: 10_000 });
  });

  it('counts each event in its own UTC month: the first of the month starts with the whole cap again', async () => {
    const { payee } = await memberWith(acme, [{ period: 'month', maxMinor: 5_000, currency: 'USD' }]);
    const now = new Date();
    const boundary = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    const before = (await sale(payee, 10_000, new Date(boundary.getTime() - 120_000))).line;
    const lastMinute = (await sale(payee, 10_000, new Date(boundary.getTime() - 60_000))).line;
    const firstMinute = (await sale(payee, 10_000, new Date(boundary.getTime() + 60_000))).line;
    // An event reported late for the month before still counts there, not in the month it arrived.
    const late = (await sale(payee, 10_000, new Date(boundary.getTime() - 30_000))).line;
    expect([before.amountMinor, lastMinute.amountMinor, firstMinute.amountMinor, late.amountMinor]).toEqual([
      3_000, 2_000, 3_000, 0,
    ]);
    expect(firstMinute.calculation.spendLimit).toMatchObject({
      verdict: 'within',
      checked: [{ period: 'month', periodStart: boundary.toISOString(), earnedMinor: 0 }],
    });
  });

  it('lets two conversions settled at once never exceed the cap', async () => {
    const { payee } = await memberWith(acme, [{ period: 'total', maxMinor: 10_000, currency: 'USD' }]);
    const settled = await Promise.all(Array.from({ length: 6 }, () => sale(payee, 10_000)));
    const paid = settled.map((r) => r.line.amountMinor);
    expect(paid.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect([...paid].sort((a, b) => a - b)).toEqual([0, 0, 1_000, 3_000, 3_000, 3_000]);
  });

  it('a refund frees room for later events; a line already cut stays as it was', async () => {
    const { payee } = await memberWith(acme, [{ period: 'day', maxMinor: 5_000, currency: 'USD' }]);
    const first = await sale(payee, 10_000);
    const cut = await sale(payee, 10_000);
    expect([first.line.amountMinor, cut.line.amountMinor]).toEqual([3_000, 2_000]);
    // A quarter of the first sale refunded: a -750 adjustment, 750 of room again.
    await record(db, payee, {
      type: 'refund',
      order_id: first.order,
      amount: 2_500,
      currency: 'USD',
    });
    expect((await sale(payee, 10_000)).line.amountMinor).toBe(750);
    // The rest refunded: the first line reversed, its 2,250 left free again.
    await record(db, payee, {
      type: 'refund',
      order_id: first.order,
      amount: 7_500,
      currency: 'USD',
    });
    const after = await sale(payee, 10_000);
    expect(after.line.amountMinor).toBe(2_250);
    expect(after.line.calculation.spendLimit).toMatchObject({ cutBy: { earnedMinor: 2_750 } });
    const [kept] = await db.select().from(s.commissions).where(eq(s.commissions.id, cut.line.id));
    expect(kept!.amountMinor).toBe(2_000);
  });

  it('reads a period from its own conversions as from the whole history: same sums, refunds dated by their sale', async () => {
    const { payee } = await memberWith(acme, [{ period: 'total', maxMinor: 10_000_000, currency: 'USD' }]);
    const at = (days: number) => new Date(NOON.getTime() - days * DAY);
    const sales = [];
    for (const days of [0, 0, 1, 3, 8, 20, 35, 70]) sales.push(await sale(payee, 10_000 + days * 100, at(days)));
    // A part refund of the sale 8 days back (an adjustment dated by that sale), a full one of a sale today.
    await record(db, payee, { type: 'refund', order_id: sales[4]!.order, amount: 2_500, currency: 'USD' });
    await record(db, payee, { type: 'refund', order_id: sales[1]!.order, amount: 10_000, currency: 'USD' });
    const read = (when: Date, periods: ('day' | 'week' | 'month' | 'total')[], exclude: string | null = null) =>
      earnedInPeriods({
        ctx: serviceCtx(db),
        input: { enrollmentId: payee.enrollment.id, currency: 'USD', at: when, excludeConversionId: exclude, periods },
      });
    for (const when of [at(0), at(1), at(8), at(35), at(70), at(200)])
      for (const exclude of [null, sales[0]!.out.conversion.id, sales[4]!.out.conversion.id]) {
        // With 'total' among them every period is read from all the enrollment's lines; without, from the span's conversions.
        const windowed = await read(when, ['day', 'week', 'month'], exclude);
        const whole = await read(when, ['day', 'week', 'month', 'total'], exclude);
        for (const period of ['day', 'week', 'month'] as const)
          expect(windowed.get(period), `${period} at ${when.toISOString()}`).toBe(whole.get(period));
      }
    // And the sums themselves: today's two sales, one reversed; 8 days back, 30 % of 10,800 less 750 refunded.
    expect((await read(at(0), ['day'])).get('day')).toBe(3_000);
    expect((await read(at(8), ['day'])).get('day')).toBe(3_240 - 750);
    expect((await read(at(0), ['day'], sales[0]!.out.conversion.id)).get('day')).toBe(0);
  });

  it('caps only the direct line: the upline earns its share of the order as before', async () => {
    const { payee } = await memberWith(acme, [{ period: 'day', maxMinor: 0, currency: 'USD' }]);
    const referrer = await addPayee(db, acme);
    await db.update(s.users).set({ referredById: referrer.affiliate.id }).where(eq(s.users.id, payee.affiliate.id));
    const { out } = await sale(payee, 10_000);
    expect(out.commissions.map((c) => [c.level, c.amountMinor])).toEqual([
      [0, 0],
      [1, 1_000],
    ]);
    expect(out.commissions[1]!.calculation.spendLimit).toBeUndefined();
  });

  it('a limit in another currency, or on the default group of another advertiser, changes nothing', async () => {
    const { payee } = await memberWith(acme, [{ period: 'day', maxMinor: 0, currency: 'EUR' }]);
    const line = (await sale(payee, 10_000)).line;
    expect(line.amountMinor).toBe(3_000);
    expect(line.calculation.spendLimit).toBeUndefined();

    // The other advertiser caps its default group at 0 a day; acme's members still earn in full.
    const list = await call(other.owner, 'GET', groupsUrl(other));
    const otherDefault = list.body.items.find((g: { isDefault: boolean }) => g.isDefault);
    const capped = await call(other.owner, 'PATCH', `${groupsUrl(other)}/${otherDefault.id}`, {
      spendLimits: [{ period: 'day', maxMinor: 0, currency: 'USD' }],
    });
    expectStatus(capped, 200);
    expect(capped.body.spendLimits).toEqual([{ period: 'day', maxMinor: 0, currency: 'USD' }]);
    expect((await sale(acme, 10_000)).line.amountMinor).toBe(3_000);
    // The default group's limits apply to the program's plain terms of its members.
    const otherLine = (await sale(other, 10_000)).line;
    expect(otherLine.amountMinor).toBe(0);
    expect(otherLine.calculation.spendLimit).toMatchObject({ verdict: 'capped' });
    // Neither advertiser reaches the other's group.
    const foreign = await call(acme.owner, 'PATCH', `${groupsUrl(other)}/${otherDefault.id}`, { spendLimits: [] });
    expectStatus(foreign, 404);
    const foreignList = await call(acme.owner, 'GET', groupsUrl(other));
    expectStatus(foreignList, 404);
    await call(other.owner, 'PATCH', `${groupsUrl(other)}/${otherDefault.id}`, { spendLimits: [] });
  });

  it('the group API lists limits and refuses bad ones with 400', async () => {
    const { groupId } = await memberWith(acme, [
      { period: 'week', maxMinor: 50_000, currency: 'USD' },
      { period: 'week', maxMinor: 40_000, currency: 'EUR' },
    ]);
    const list = await call(acme.owner, 'GET', groupsUrl(acme));
    expect(list.body.items.find((g: { id: string }) => g.id === groupId).spendLimits).toEqual([
      { period: 'week', maxMinor: 50_000, currency: 'USD' },
      { period: 'week', maxMinor: 40_000, currency: 'EUR' },
    ]);
    const bad = async (spendLimits: unknown) => {
      const res = await call(acme.owner, 'PATCH', `${groupsUrl(acme)}/${groupId}`, { spendLimits });
      expectStatus(res, 400, 'validation_failed');
    };
    await bad([
      { period: 'day', maxMinor: 1, currency: 'USD' },
      { period: 'day', maxMinor: 2, currency: 'USD' },
    ]);
    await bad([{ period: 'year', maxMinor: 1, currency: 'USD' }]);
    await bad([{ period: 'day', maxMinor: -1, currency: 'USD' }]);
    await bad([{ period: 'day', maxMinor: 1.5, currency: 'USD' }]);
    await bad([{ period: 'day', maxMinor: 1, currency: 'usd' }]);
    await bad(
      (['day', 'week', 'month', 'total', 'day'] as const).map((period, i) => ({
        period,
        maxMinor: 1,
        currency: i ? 'USD' : 'EUR',
      })),
    );
  });

  it('the affiliate and the advertiser see the cap verdict in the explanation of the line', async () => {
    const { payee } = await memberWith(acme, [{ period: 'week', maxMinor: 1_000, currency: 'USD' }]);
    const { out } = await sale(payee, 10_000);
    const session = await signInAs(db, payee.affiliate.id);
    const mine = await call(session, 'GET', `/affiliate/orgs/${acme.org.id}/conversions/${out.conversion.id}`);
    expectStatus(mine, 200);
    expect(mine.body.lines[0]).toMatchObject({
      amountMinor: 1_000,
      calculation: { spendLimit: { verdict: 'partial', cutBy: { period: 'week', maxMinor: 1_000 } } },
    });
    const theirs = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/conversions/${out.conversion.id}`);
    expectStatus(theirs, 200);
    expect(JSON.stringify(theirs.body)).toContain('"verdict":"partial"');
  });

  it("shows the member their own group's limits with what they used of each, and nothing of another's", async () => {
    const { payee } = await memberWith(acme, [
      { period: 'day', maxMinor: 10_000, currency: 'USD' },
      { period: 'total', maxMinor: 50_000, currency: 'USD' },
    ]);
    await sale(payee, 10_000);
    await sale(payee, 10_000);
    const session = await signInAs(db, payee.affiliate.id);
    const mine = await call(session, 'GET', `/affiliate/orgs/${acme.org.id}/programs`);
    expectStatus(mine, 200);
    const dayStart = new Date(Math.floor(Date.now() / DAY) * DAY);
    // The sales were two days ago: today's room is whole, the lifetime cap has 6,000 used.
    expect(mine.body.items[0].group.spendLimits).toEqual([
      {
        period: 'day',
        maxMinor: 10_000,
        currency: 'USD',
        periodStart: dayStart.toISOString(),
        periodEnd: new Date(dayStart.getTime() + DAY).toISOString(),
        earnedMinor: 0,
      },
      { period: 'total', maxMinor: 50_000, currency: 'USD', periodStart: null, periodEnd: null, earnedMinor: 6_000 },
    ]);
    expect(JSON.stringify(mine.body)).not.toContain('revenue');
    // Another advertiser's member sees only their own group's limits, never these.
    const theirs = await call(other.affiliateSession, 'GET', `/affiliate/orgs/${other.org.id}/programs`);
    expectStatus(theirs, 200);
    expect(theirs.body.items[0].group.spendLimits.some((l: { period: string }) => l.period === 'total')).toBe(false);
  });

  it("cuts a CPC program's daily click credit the same way", async () => {
    const cpc = await createAdvertiser(db, {
      program: { payoutModel: 'cpc', commissionType: 'fixed', commissionRateBps: null, commissionFixedMinor: 2_500 },
    });
    const payee = await addPayee(db, cpc);
    const list = await call(cpc.owner, 'GET', groupsUrl(cpc));
    const defaultGroup = list.body.items.find((g: { isDefault: boolean }) => g.isDefault);
    const capped = await call(cpc.owner, 'PATCH', `${groupsUrl(cpc)}/${defaultGroup.id}`, {
      spendLimits: [{ period: 'day', maxMinor: 5_000, currency: 'USD' }],
    });
    expectStatus(capped, 200);
    const day = new Date(Math.floor(Date.now() / DAY) * DAY - 2 * DAY);
    // Three accepted unique clicks at 2,500 each: 7,500 asked, 5,000 paid.
    await consume(
      [0, 1, 2].map((i) => clickMessageFor(clickOwnerOf(payee), { at: day.getTime() + 9 * 3_600_000 + i * 1000 })),
    );
    await creditClickCommissions({ ctx: serviceCtx(db), input: { limit: 100 } });
    const [line] = await db.select().from(s.commissions).where(eq(s.commissions.enrollmentId, payee.enrollment.id));
    expect(line).toMatchObject({ amountMinor: 5_000, level: 0 });
    expect(line!.calculation.spendLimit).toMatchObject({
      verdict: 'partial',
      requestedMinor: 7_500,
      cutBy: { period: 'day', periodStart: day.toISOString() },
    });
  });
});
