import { createMessageBatch, getQueueResult, createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { uuidv7 } from '../../workers/contracts/ids';
import worker from '../../workers/index';
import { retryAttribution, sweepWaitingConversions } from '../../workers/services/conversions';
import { BROWSER_UA, insertClick, nextEventId, record, serviceCtx } from '../conversions';
import { createTenant, testDb } from '../fixtures';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const DAY = 86_400_000;
const customer = () => nextEventId('cus');

describe('attribution by click id', () => {
  it('credits the click within the cookie window and explains it', async () => {
    const t = await createTenant(db);
    const click = await insertClick(db, t, { at: new Date(Date.now() - 60_000) });
    const out = await record(db, t, { type: 'sale', click_id: click.id, amount: 4999, currency: 'USD' });
    expect(out.duplicate).toBe(false);
    expect(out.attribution).toMatchObject({
      method: 'click_id',
      affiliateId: t.affiliate.id,
      enrollmentId: t.enrollment.id,
      programId: t.program.id,
      clickId: click.id,
    });
    expect(out.attributionTrace).toEqual([{ step: 'click_id', outcome: 'matched' }]);
    // 30 % of 49.99 = 14.997 → 1500 (half away from zero).
    expect(out.commissions).toHaveLength(1);
    expect(out.commissions[0]).toMatchObject({
      level: 0,
      kind: 'commission',
      amountMinor: 1500,
      currency: 'USD',
      status: 'pending',
      beneficiaryId: t.affiliate.id,
    });
    expect(out.commissions[0]!.calculation).toMatchObject({
      programId: t.program.id,
      programVersion: 1,
      rateBps: 3000,
    });
    expect(out.conversion.status).toBe('pending');
  });

  it('accepts the click id in upper case', async () => {
    const t = await createTenant(db);
    const click = await insertClick(db, t, { at: new Date(Date.now() - 60_000) });
    const out = await record(db, t, { type: 'lead', click_id: click.id.toUpperCase() as string });
    expect(out.attribution?.clickId).toBe(click.id);
  });

  it('falls through to the coupon when the click is outside the cookie window', async () => {
    const t = await createTenant(db, { cookieDays: 7 });
    await db.update(s.enrollments).set({ couponCode: 'SAVE10' }).where(eq(s.enrollments.id, t.enrollment.id));
    const old = await insertClick(db, t, { at: new Date(Date.now() - 8 * DAY) });
    const out = await record(db, t, {
      type: 'sale',
      click_id: old.id,
      coupon: 'save10',
      amount: 1000,
      currency: 'USD',
    });
    expect(out.attribution?.method).toBe('coupon');
    expect(out.attributionTrace.map((st) => [st.step, st.outcome])).toEqual([
      ['click_id', 'expired'],
      ['coupon', 'matched'],
    ]);
    expect(out.commissions[0]!.amountMinor).toBe(300);
  });

  it('does not credit a click of another app and does not credit an inactive enrollment', async () => {
    const a = await createTenant(db);
    // A second app of the same advertiser: its click is the tenant's own, so the trace may name it.
    const [secondApp] = await db
      .insert(s.apps)
      .values({ organizationId: a.org.id, name: 'Second', siteUrl: 'https://two.example/', allowedDomains: [] })
      .returning();
    const [secondProgram] = await db
      .insert(s.programs)
      .values({ ...a.program, id: undefined, appId: secondApp!.id, slug: nextEventId('second') })
      .returning();
    const clickOfSecondApp = await insertClick(
      db,
      { ...a, app: secondApp!, program: secondProgram! },
      {
        at: new Date(Date.now() - 60_000),
      },
    );
    const other = await record(db, a, { type: 'sale', click_id: clickOfSecondApp.id, amount: 1000, currency: 'USD' });
    expect(other.attribution).toBeNull();
    expect(other.attributionTrace[0]).toMatchObject({ step: 'click_id', outcome: 'other_program' });

    const suspended = await createTenant(db, { enrollmentStatus: 'suspended' });
    const click = await insertClick(db, suspended, { at: new Date(Date.now() - 60_000) });
    const out = await record(db, suspended, { type: 'sale', click_id: click.id, amount: 1000, currency: 'USD' });
    expect(out.attribution).toBeNull();
    expect(out.attributionTrace[0]).toMatchObject({
      step: 'click_id',
      outcome: 'inactive',
      detail: 'enrollment is suspended',
    });
    expect(out.commissions).toEqual([]);
  });

  it('credits the first click of the visitor on a first-click program', async () => {
    const t = await createTenant(db, { program: { attributionRule: 'first_click' } });
    const [second] = await db
      .insert(s.users)
      .values({ email: `${nextEventId('aff2')}@example.com`, approvedAffiliate: true })
      .returning();
    const [enrollment2] = await db
      .insert(s.enrollments)
      .values({
        programId: t.program.id,
        affiliateId: second!.id,
        organizationId: t.org.id,
        status: 'active',
        refCode: nextEventId('code'),
      })
      .returning();
    const first = await insertClick(db, t, { at: new Date(Date.now() - 3 * DAY) });
    const last = await insertClick(db, t, {
      at: new Date(Date.now() - DAY),
      enrollmentId: enrollment2!.id,
      affiliateId: second!.id,
    });
    const out = await record(db, t, { type: 'sale', click_id: last.id, amount: 1000, currency: 'USD' });
    expect(out.attribution).toMatchObject({ affiliateId: t.affiliate.id, clickId: first.id });
    expect(out.attributionTrace[0]!.detail).toContain('first-click');
  });
});

describe('attribution without a click id', () => {
  it('uses the customer’s earlier referral for rebills, and recurring stops after N months', async () => {
    const t = await createTenant(db, { program: { recurringMode: 'months', recurringMonths: 2 } });
    const click = await insertClick(db, t, { at: new Date(Date.now() - 60 * DAY) });
    const cus = customer();
    const start = new Date(Date.now() - 59 * DAY);
    const sale = await record(db, t, {
      type: 'sale',
      click_id: click.id,
      customer_id: cus,
      amount: 2000,
      currency: 'USD',
      occurred_at: start.toISOString(),
    });
    expect(sale.commissions[0]!.amountMinor).toBe(600);

    const month1 = await record(db, t, {
      type: 'rebill',
      customer_id: cus,
      amount: 2000,
      currency: 'USD',
      occurred_at: new Date(start.getTime() + 31 * DAY).toISOString(),
    });
    expect(month1.attribution).toMatchObject({ method: 'customer', affiliateId: t.affiliate.id });
    expect(month1.commissions[0]).toMatchObject({ amountMinor: 600 });

    const month3 = await record(db, t, {
      type: 'rebill',
      customer_id: cus,
      amount: 2000,
      currency: 'USD',
      occurred_at: new Date(start.getTime() + 62 * DAY).toISOString(),
    });
    expect(month3.attribution?.method).toBe('customer');
    expect(month3.commissions).toEqual([]);
    expect(month3.attributionTrace.at(-1)!.detail).toContain('recurring_expired');
  });

  it('counts a customer’s first paid rebill (after a trial) as the sale', async () => {
    const t = await createTenant(db, { program: { payoutModel: 'cps', recurringMode: 'none' } });
    const click = await insertClick(db, t, { at: new Date(Date.now() - DAY) });
    const cus = customer();
    const trial = await record(db, t, { type: 'lead', click_id: click.id, customer_id: cus });
    expect(trial.attribution?.method).toBe('click_id');
    const firstPayment = await record(db, t, { type: 'rebill', customer_id: cus, amount: 1000, currency: 'USD' });
    expect(firstPayment.commissions[0]).toMatchObject({ amountMinor: 300 });
    expect(firstPayment.attributionTrace.some((st) => st.detail?.includes('counts as the sale'))).toBe(true);
    const secondPayment = await record(db, t, { type: 'rebill', customer_id: cus, amount: 1000, currency: 'USD' });
    expect(secondPayment.commissions).toEqual([]);
    expect(secondPayment.attributionTrace.at(-1)!.detail).toContain('recurring_off');
  });

  it('falls back to the device fingerprint within 30 days, not beyond', async () => {
    const t = await createTenant(db);
    await insertClick(db, t, {
      at: new Date(Date.now() - 10 * DAY),
      userAgent: `${BROWSER_UA} fp-a`,
      acceptLanguage: 'de-DE',
    });
    const hit = await record(db, t, {
      type: 'sale',
      amount: 1000,
      currency: 'USD',
      user_agent: `${BROWSER_UA} fp-a`,
      accept_language: 'de-DE',
    });
    expect(hit.attribution?.method).toBe('fingerprint');

    await insertClick(db, t, {
      at: new Date(Date.now() - 31 * DAY),
      userAgent: `${BROWSER_UA} fp-b`,
      acceptLanguage: 'de-DE',
    });
    const miss = await record(db, t, {
      type: 'sale',
      amount: 1000,
      currency: 'USD',
      user_agent: `${BROWSER_UA} fp-b`,
      accept_language: 'de-DE',
    });
    expect(miss.attribution).toBeNull();
    expect(miss.attributionTrace.map((st) => [st.step, st.outcome])).toEqual([
      ['click_id', 'skipped'],
      ['coupon', 'skipped'],
      ['customer', 'skipped'],
      ['fingerprint', 'not_found'],
    ]);
  });
});

describe('each step says why it did not match', () => {
  it('an unknown coupon, an unknown customer, and a coupon of an inactive enrollment', async () => {
    const t = await createTenant(db);
    const out = await record(db, t, {
      type: 'sale',
      coupon: 'NOPE',
      customer_id: customer(),
      amount: 1000,
      currency: 'USD',
      user_agent: `${BROWSER_UA} unseen`,
    });
    expect(out.attribution).toBeNull();
    expect(out.attributionTrace.map((st) => [st.step, st.outcome])).toEqual([
      ['click_id', 'skipped'],
      ['coupon', 'not_found'],
      ['customer', 'not_found'],
      ['fingerprint', 'not_found'],
    ]);

    const suspended = await createTenant(db, { enrollmentStatus: 'suspended' });
    await db.update(s.enrollments).set({ couponCode: 'PAUSED1' }).where(eq(s.enrollments.id, suspended.enrollment.id));
    const inactive = await record(db, suspended, { type: 'sale', coupon: 'paused1', amount: 1000, currency: 'USD' });
    expect(inactive.attributionTrace[1]).toMatchObject({
      step: 'coupon',
      outcome: 'inactive',
      detail: 'enrollment is suspended',
    });
  });

  it('a coupon of another app does not match', async () => {
    const a = await createTenant(db);
    const b = await createTenant(db);
    await db.update(s.enrollments).set({ couponCode: 'ONLYB' }).where(eq(s.enrollments.id, b.enrollment.id));
    const out = await record(db, a, { type: 'sale', coupon: 'ONLYB', amount: 1000, currency: 'USD' });
    expect(out.attributionTrace[1]).toMatchObject({ step: 'coupon', outcome: 'not_found' });
  });

  it("a coupon names one enrollment of the organization: another app's code never credits this app, and two programs of one app cannot share it", async () => {
    const t = await createTenant(db);
    const [secondApp] = await db
      .insert(s.apps)
      .values({ organizationId: t.org.id, name: 'Second app', siteUrl: 'https://two.example/' })
      .returning();
    const programOf = async (appId: string) =>
      (
        await db
          .insert(s.programs)
          .values({
            ...t.program,
            id: undefined,
            appId,
            slug: nextEventId('program'),
            createdAt: undefined,
            updatedAt: undefined,
          })
          .returning()
      )[0]!;
    const [otherAppProgram, sameAppProgram] = [await programOf(secondApp!.id), await programOf(t.app.id)];
    const enroll = async (programId: string, couponCode: string | null) => {
      const [user] = await db
        .insert(s.users)
        .values({ email: `${nextEventId('aff')}@example.com`, approvedAffiliate: true })
        .returning();
      return db
        .insert(s.enrollments)
        .values({
          programId,
          affiliateId: user!.id,
          organizationId: t.org.id,
          status: 'active',
          refCode: nextEventId('ref'),
          couponCode,
        })
        .returning();
    };
    await enroll(otherAppProgram.id, 'SECONDAPP');
    const out = await record(db, t, { type: 'sale', coupon: 'secondapp', amount: 1000, currency: 'USD' });
    expect(out.attribution).toBeNull();
    expect(out.attributionTrace[1]).toMatchObject({ step: 'coupon', outcome: 'other_program' });

    // Before, two programs of one app could hold the same code and the match was whichever row came first.
    await db.update(s.enrollments).set({ couponCode: 'TWICE' }).where(eq(s.enrollments.id, t.enrollment.id));
    await expect(enroll(sameAppProgram.id, 'TWICE')).rejects.toThrow();
    const credited = await record(db, t, { type: 'sale', coupon: 'twice', amount: 1000, currency: 'USD' });
    expect(credited.attribution).toMatchObject({ method: 'coupon', enrollmentId: t.enrollment.id });
  });
});

describe('a conversion that arrives before its click', () => {
  it('waits, and is attributed once the click lands (queue retry and sweep)', async () => {
    const t = await createTenant(db);
    const clickId = uuidv7(Date.now() - 5_000);
    const out = await record(db, t, { type: 'sale', click_id: clickId, amount: 1000, currency: 'USD' });
    expect(out.attribution).toBeNull();
    expect(out.attributionTrace).toEqual([{ step: 'click_id', outcome: 'waiting_for_click' }]);

    // The queue asks again while the click is still missing: retried, not dropped.
    const early = createMessageBatch('conversions', [
      { id: 'm1', timestamp: new Date(), attempts: 1, body: { v: 1, conversionId: out.conversion.id } },
    ]);
    const ctx1 = createExecutionContext();
    await worker.queue(early, env);
    const r1 = await getQueueResult(early, ctx1);
    expect(r1.retryMessages).toHaveLength(1);
    expect(r1.explicitAcks).toEqual([]);

    // The click lands (same id the cookie carried); the next delivery attributes.
    await insertClick(db, t, { id: clickId });
    const [landed] = await db.select().from(s.clicks).where(eq(s.clicks.id, clickId));
    expect(landed).toBeDefined();
    const late = createMessageBatch('conversions', [
      { id: 'm2', timestamp: new Date(), attempts: 2, body: { v: 1, conversionId: out.conversion.id } },
    ]);
    const ctx2 = createExecutionContext();
    await worker.queue(late, env);
    const r2 = await getQueueResult(late, ctx2);
    expect(r2.explicitAcks).toEqual(['m2']);
    const [after] = await db.select().from(s.conversions).where(eq(s.conversions.id, out.conversion.id));
    expect(after).toMatchObject({ attributionMethod: 'click_id', affiliateId: t.affiliate.id });
    const lines = await db.select().from(s.commissions).where(eq(s.commissions.conversionId, out.conversion.id));
    expect(lines.map((l) => l.amountMinor)).toEqual([300]);

    // Settling twice (queue and sweep racing) changes nothing.
    expect(await retryAttribution({ ctx: serviceCtx(db), input: { conversionId: out.conversion.id } })).toBe(
      'already_settled',
    );
    expect(await db.select().from(s.commissions).where(eq(s.commissions.conversionId, out.conversion.id))).toHaveLength(
      1,
    );
  });

  it('the sweep settles a waiting conversion whose click arrived, and gives up waiting after a day', async () => {
    const t = await createTenant(db);
    const waiting = await record(db, t, {
      type: 'sale',
      click_id: uuidv7(Date.now() - 1_000),
      amount: 1000,
      currency: 'USD',
    });
    const landedLater = await insertClick(db, t, { at: new Date(Date.now() - 2_000) });
    const waiting2 = await record(db, t, { type: 'sale', click_id: landedLater.id, amount: 1000, currency: 'USD' });
    expect(waiting2.attribution?.method).toBe('click_id');

    // A day later the first one's click never came: it is settled by the other steps (none here).
    const later = new Date(Date.now() + 25 * 3_600_000);
    const swept = await sweepWaitingConversions({ ctx: serviceCtx(db, later), input: { limit: 100 } });
    expect(swept.settled).toBeGreaterThanOrEqual(1);
    const [settled] = await db.select().from(s.conversions).where(eq(s.conversions.id, waiting.conversion.id));
    expect(settled!.attributionTrace[0]).toMatchObject({ step: 'click_id', outcome: 'not_found' });
    expect(settled!.attributionTrace.at(-1)).toMatchObject({ step: 'fingerprint' });
  });
});
