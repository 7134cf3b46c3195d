import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { eventually } from '../eventually';
import { BROWSER_UA, insertClick, nextEventId, record } from '../conversions';
import { createTenant, testDb } from '../fixtures';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const MINUTE = 60_000;
const ago = (ms: number) => new Date(Date.now() - ms);

async function affiliateUser(referredById: string | null = null) {
  const [user] = await db
    .insert(s.users)
    .values({ email: `${nextEventId('aff')}@example.com`, approvedAffiliate: true, referredById })
    .returning();
  return user!;
}

async function linesOf(conversionId: string) {
  return db.select().from(s.commissions).where(eq(s.commissions.conversionId, conversionId));
}

describe('commission models and types', () => {
  it.each([
    // model, type, rate, fixed, event, amount → direct commission
    ['revshare', 'percent', 3000, null, 'sale', 4999, 1500],
    ['cps', 'percent', 1250, null, 'sale', 10_001, 1250],
    ['cpa', 'fixed', null, 2500, 'sale', 99_999, 2500],
    ['cpl', 'fixed', null, 300, 'lead', undefined, 300],
    ['cps', 'hybrid', 1000, 200, 'sale', 5000, 700],
  ] as const)(
    '%s / %s pays exactly',
    async (payoutModel, commissionType, commissionRateBps, commissionFixedMinor, type, amount, expected) => {
      const t = await createTenant(db, {
        program: { payoutModel, commissionType, commissionRateBps, commissionFixedMinor },
      });
      const click = await insertClick(db, t, { at: ago(MINUTE) });
      const out = await record(db, t, {
        type,
        click_id: click.id,
        ...(amount !== undefined ? { amount, currency: 'USD' } : {}),
      });
      expect(out.commissions.map((c) => [c.level, c.amountMinor, c.currency])).toEqual([[0, expected, 'USD']]);
    },
  );

  it('a CPL program pays nothing for a sale, and says why', async () => {
    const t = await createTenant(db, {
      program: { payoutModel: 'cpl', commissionType: 'fixed', commissionRateBps: null, commissionFixedMinor: 300 },
    });
    const click = await insertClick(db, t, { at: ago(MINUTE) });
    const out = await record(db, t, { type: 'sale', click_id: click.id, amount: 1000, currency: 'USD' });
    expect(out.attribution?.method).toBe('click_id');
    expect(out.commissions).toEqual([]);
    expect(out.attributionTrace.at(-1)!.detail).toContain('event_not_paid_by_model');
  });

  it('enrollment overrides beat the program rate and hold', async () => {
    const t = await createTenant(db, { program: { holdDays: 30 } });
    await db
      .update(s.enrollments)
      .set({ rateOverrideBps: 4000, holdDaysOverride: 7 })
      .where(eq(s.enrollments.id, t.enrollment.id));
    const click = await insertClick(db, t, { at: ago(MINUTE) });
    const before = Date.now();
    const out = await record(db, t, { type: 'sale', click_id: click.id, amount: 1000, currency: 'USD' });
    expect(out.commissions[0]).toMatchObject({ amountMinor: 400 });
    expect(out.commissions[0]!.calculation).toMatchObject({ overridden: { rate: true, hold: true } });
    const hold = new Date(out.commissions[0]!.holdUntil).getTime();
    expect(hold).toBeGreaterThanOrEqual(before + 7 * 86_400_000 - 1_000);
    expect(hold).toBeLessThanOrEqual(Date.now() + 7 * 86_400_000);
  });

  it('an S2S declared payout replaces the rule for the direct line', async () => {
    const t = await createTenant(db);
    const click = await insertClick(db, t, { at: ago(MINUTE) });
    const out = await record(
      db,
      t,
      { type: 'sale', click_id: click.id, amount: 1000, currency: 'USD' },
      { declaredPayoutMinor: 777 },
    );
    expect(out.commissions[0]).toMatchObject({ amountMinor: 777 });
    expect(out.commissions[0]!.calculation).toMatchObject({ rule: 'declared' });
  });

  it('keeps the currency per commission', async () => {
    const t = await createTenant(db);
    const click = await insertClick(db, t, { at: ago(MINUTE) });
    const out = await record(db, t, { type: 'sale', click_id: click.id, amount: 10_000, currency: 'EUR' });
    expect(out.commissions[0]).toMatchObject({ amountMinor: 3000, currency: 'EUR' });
  });
});

describe('multi-level', () => {
  it('pays a 3-deep upline 10 % / 3 % / 1 % of the sale, skipping a banned referrer', async () => {
    const top = await affiliateUser();
    const middle = await affiliateUser(top.id);
    const near = await affiliateUser(middle.id);
    const t = await createTenant(db);
    await db.update(s.users).set({ referredById: near.id }).where(eq(s.users.id, t.affiliate.id));
    const click = await insertClick(db, t, { at: ago(MINUTE) });
    const out = await record(db, t, { type: 'sale', click_id: click.id, amount: 4999, currency: 'USD' });
    expect(out.commissions.map((c) => [c.level, c.beneficiaryId, c.amountMinor])).toEqual([
      [0, t.affiliate.id, 1500],
      [1, near.id, 500],
      [2, middle.id, 150],
      [3, top.id, 50],
    ]);
    expect(out.commissions[1]!.calculation).toMatchObject({ level: 1, rateBps: 1000 });

    await db.update(s.users).set({ banned: true }).where(eq(s.users.id, middle.id));
    const click2 = await insertClick(db, t, { at: ago(MINUTE) });
    const out2 = await record(db, t, { type: 'sale', click_id: click2.id, amount: 4999, currency: 'USD' });
    expect(out2.commissions.map((c) => [c.level, c.beneficiaryId])).toEqual([
      [0, t.affiliate.id],
      [1, near.id],
      [3, top.id],
    ]);
  });

  it('a referral loop pays nobody twice', async () => {
    const t = await createTenant(db);
    const other = await affiliateUser(t.affiliate.id);
    await db.update(s.users).set({ referredById: other.id }).where(eq(s.users.id, t.affiliate.id));
    const click = await insertClick(db, t, { at: ago(MINUTE) });
    const out = await record(db, t, { type: 'sale', click_id: click.id, amount: 1000, currency: 'USD' });
    expect(out.commissions.map((c) => [c.level, c.beneficiaryId])).toEqual([
      [0, t.affiliate.id],
      [1, other.id],
    ]);
  });
});

describe('refunds and cancellations', () => {
  async function sale(amount = 10_000, holdDays = 30) {
    const t = await createTenant(db, { program: { holdDays } });
    const click = await insertClick(db, t, { at: ago(MINUTE) });
    const order = nextEventId('order');
    const customer = nextEventId('cus');
    const out = await record(db, t, {
      type: 'sale',
      click_id: click.id,
      order_id: order,
      customer_id: customer,
      amount,
      currency: 'USD',
    });
    return { t, order, customer, out, commission: out.commissions[0]! };
  }

  it('a partial refund inside the hold adds a proportional negative adjustment; the rest reverses it', async () => {
    const { t, order, out, commission } = await sale();
    expect(commission.amountMinor).toBe(3000);
    const partial = await record(db, t, { type: 'refund', order_id: order, amount: 2500, currency: 'USD' });
    expect(partial.conversion.parentConversionId).toBe(out.conversion.id);
    expect(partial.attribution).toMatchObject({ affiliateId: t.affiliate.id });
    expect(
      partial.commissions.map((c) => [c.kind, c.amountMinor, c.status, c.reversesCommissionId, c.holdUntil]),
    ).toEqual([['adjustment', -750, 'pending', commission.id, commission.holdUntil]]);

    const rest = await record(db, t, { type: 'refund', order_id: order, amount: 7500, currency: 'USD' });
    expect(rest.commissions.every((c) => c.status === 'reversed')).toBe(true);
    const lines = await db
      .select()
      .from(s.commissions)
      .where(inArray(s.commissions.id, [commission.id, partial.commissions[0]!.id]));
    expect(lines.map((l) => l.status).sort()).toEqual(['reversed', 'reversed']);
    const [original] = await db.select().from(s.conversions).where(eq(s.conversions.id, out.conversion.id));
    expect(original!.status).toBe('reversed');
  });

  it('partial refunds never reverse more than the commission', async () => {
    const { t, order, commission } = await sale(999);
    expect(commission.amountMinor).toBe(300);
    const refund = (amount: number) => record(db, t, { type: 'refund', order_id: order, amount, currency: 'USD' });
    const first = await refund(333);
    const second = await refund(333);
    expect([first, second].map((o) => o.commissions.map((c) => [c.kind, c.amountMinor]))).toEqual([
      [['adjustment', -100]],
      [['adjustment', -100]],
    ]);
    // The third third takes exactly what is left: the commission and its adjustments are reversed outright.
    const third = await refund(333);
    expect(third.commissions.map((c) => c.status)).toEqual(['reversed', 'reversed', 'reversed']);
    expect((await refund(500)).commissions).toEqual([]);
    const open = await db.select().from(s.commissions).where(eq(s.commissions.reversesCommissionId, commission.id));
    expect(open.every((c) => c.status === 'reversed')).toBe(true);
  });

  it('a refund after payout becomes an approved negative adjustment carried into the next balance', async () => {
    const { t, order, commission } = await sale();
    await db
      .update(s.commissions)
      .set({ status: 'paid', paidAt: new Date() })
      .where(eq(s.commissions.id, commission.id));
    const out = await record(db, t, { type: 'refund', order_id: order, amount: 5000, currency: 'USD' });
    expect(out.commissions.map((c) => [c.kind, c.amountMinor, c.status])).toEqual([['adjustment', -1500, 'approved']]);
    const full = await record(db, t, { type: 'refund', order_id: order, currency: 'USD', amount: 5000 });
    expect(full.commissions.map((c) => [c.kind, c.amountMinor, c.status])).toEqual([['adjustment', -1500, 'approved']]);
    const again = await record(db, t, { type: 'refund', order_id: order, currency: 'USD', amount: 5000 });
    expect(again.commissions).toEqual([]);
    const [paid] = await db.select().from(s.commissions).where(eq(s.commissions.id, commission.id));
    expect(paid!.status).toBe('paid');
  });

  it('a cancellation reverses nothing outside a void window, ends recurring and notifies the affiliate', async () => {
    const { t, customer, commission } = await sale();
    const out = await record(db, t, { type: 'cancel', customer_id: customer });
    expect(out.attribution?.affiliateId).toBe(t.affiliate.id);
    expect(out.cancellation?.effect).toBe('recurring_ended');
    expect(out.commissions).toEqual([]);
    const [line] = await db.select().from(s.commissions).where(eq(s.commissions.id, commission.id));
    expect(line!.status).toBe('pending');
    const note = await eventually(
      async () =>
        (
          await db
            .select()
            .from(s.notifications)
            .where(eq(s.notifications.dedupeKey, `cancellation:${out.conversion.id}:in_app`))
        )[0],
      30_000,
      'cancellation notification',
    );
    expect(note).toMatchObject({ userId: t.affiliate.id, event: 'cancellation', channel: 'in_app' });
  });

  it('a refund with no original sale is kept and explained', async () => {
    const t = await createTenant(db);
    const out = await record(db, t, { type: 'refund', order_id: 'nope', amount: 100, currency: 'USD' });
    expect(out.attribution).toBeNull();
    expect(out.attributionTrace[0]).toMatchObject({ outcome: 'not_found' });
  });
});

describe('fraud rules flag for review', () => {
  it('self-referral by email hash', async () => {
    const t = await createTenant(db);
    const click = await insertClick(db, t, { at: ago(MINUTE) });
    const out = await record(db, t, {
      type: 'sale',
      click_id: click.id,
      amount: 1000,
      currency: 'USD',
      customer_email: t.affiliate.email.toUpperCase(),
    });
    expect(out.conversion).toMatchObject({ status: 'flagged', fraudFlags: ['self_referral'] });
    expect(out.commissions[0]!.status).toBe('pending');
    const [row] = await db.select().from(s.conversions).where(eq(s.conversions.id, out.conversion.id));
    expect(row!.customerEmailHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('more than N conversions per IP per hour', async () => {
    const t = await createTenant(db, { program: { fraudMaxConversionsPerIpHour: 2 } });
    const statuses: string[] = [];
    for (let i = 0; i < 3; i++) {
      const click = await insertClick(db, t, { at: ago(MINUTE) });
      statuses.push((await record(db, t, { type: 'lead', click_id: click.id, ip: '203.0.113.9' })).conversion.status);
    }
    expect(statuses).toEqual(['pending', 'pending', 'flagged']);
  });

  it('a conversion within N seconds of its click, a duplicate order id, a hosting ASN, a bot click', async () => {
    const t = await createTenant(db);
    const fast = await insertClick(db, t, { at: ago(2_000) });
    expect(
      (await record(db, t, { type: 'sale', click_id: fast.id, amount: 100, currency: 'USD' })).conversion.fraudFlags,
    ).toEqual(['fast_conversion']);

    const order = nextEventId('order');
    const c1 = await insertClick(db, t, { at: ago(MINUTE) });
    const c2 = await insertClick(db, t, { at: ago(MINUTE) });
    expect(
      (await record(db, t, { type: 'sale', click_id: c1.id, order_id: order, amount: 100, currency: 'USD' })).conversion
        .fraudFlags,
    ).toEqual([]);
    expect(
      (await record(db, t, { type: 'sale', click_id: c2.id, order_id: order, amount: 100, currency: 'USD' })).conversion
        .fraudFlags,
    ).toEqual(['duplicate_order']);

    const hosted = await insertClick(db, t, { at: ago(MINUTE), asn: 16509 });
    expect(
      (await record(db, t, { type: 'sale', click_id: hosted.id, amount: 100, currency: 'USD' })).conversion.fraudFlags,
    ).toEqual(['datacenter_ip']);

    const bot = await insertClick(db, t, {
      at: ago(MINUTE),
      rejectReason: 'bot',
      isBot: true,
      userAgent: `${BROWSER_UA} bot`,
    });
    const out = await record(db, t, { type: 'sale', click_id: bot.id, amount: 100, currency: 'USD' });
    expect(out.attribution?.method).toBe('click_id');
    expect(out.conversion.fraudFlags).toEqual(['bot_click']);
  });
});

describe('caps and idempotency', () => {
  it('a daily conversion cap rejects the conversion beyond it, with the reason', async () => {
    const t = await createTenant(db, { program: { capConversionsDaily: 1 } });
    const first = await record(db, t, { type: 'lead', click_id: (await insertClick(db, t, { at: ago(MINUTE) })).id });
    const second = await record(db, t, { type: 'lead', click_id: (await insertClick(db, t, { at: ago(MINUTE) })).id });
    expect(first.conversion.status).toBe('pending');
    expect(second.conversion).toMatchObject({ status: 'rejected' });
    expect(second.conversion.rejectReason).toContain('daily cap');
    expect(second.commissions).toEqual([]);
  });

  it('the same event 20 times at once is one conversion with one set of commissions', async () => {
    const t = await createTenant(db);
    const click = await insertClick(db, t, { at: ago(MINUTE) });
    const event = {
      type: 'sale' as const,
      event_id: nextEventId('dup'),
      click_id: click.id,
      amount: 4999,
      currency: 'USD',
    };
    const outs = await Promise.all(Array.from({ length: 20 }, () => record(db, t, event)));
    expect(new Set(outs.map((o) => o.conversion.id)).size).toBe(1);
    expect(outs.filter((o) => !o.duplicate)).toHaveLength(1);
    expect(outs.every((o) => o.commissions.length === 1 && o.commissions[0]!.amountMinor === 1500)).toBe(true);
    const rows = await db.select().from(s.conversions).where(eq(s.conversions.eventId, event.event_id));
    expect(rows).toHaveLength(1);
    expect(await linesOf(rows[0]!.id)).toHaveLength(1);
  });
});
