// Referred customers' discounts against the local Stripe server (dev/stripe-server/discounts.ts),
// whose coupon and promotion-code operations were checked against stripe/openapi (spec3 and
// fixtures3: PostCoupons, PostPromotionCodes with promotion[type|coupon], PostPromotionCodesPromotionCode,
// GetPromotionCodes; the coupon, promotion_code and discount objects; invoice.discounts and
// total_discount_amounts; checkout.session.discounts).
import { env } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { CRON_JOBS } from '../../workers/cron/jobs';
import { syncStripeDiscounts } from '../../workers/services/discounts';
import { decryptSecret } from '../../workers/services/encryption';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { nextEventId, serviceCtx } from '../conversions';
import { nowSeconds, sendRaw } from '../inbound';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const rand = (n: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
const keys = { acme: `rk_test_${rand(28)}`, other: `rk_test_${rand(28)}` };
const code = `ALICE${rand(6).toUpperCase()}`;
const SECRET = 'whsec_test_discounts_0123456789abcdef';
const MINUTE = 60_000;

const discountsPath = (a: Advertiser) => `/orgs/${a.org.id}/apps/${a.app.id}/stripe/discounts`;
const sync = (now = new Date()) => syncStripeDiscounts({ ctx: serviceCtx(db, now), input: { limit: 50 } });

interface Promo {
  id: string;
  code: string;
  active: boolean;
  promotion: { coupon: string };
}
async function stripeCodes(key: string): Promise<{ data: Promo[]; coupons: { id: string }[] }> {
  const res = await fetch(`${env.STRIPE_API_BASE_URL}/__control/promotion-codes?key=${key}&code=${code}`);
  return (await res.json()) as { data: Promo[]; coupons: { id: string }[] };
}
const row = async (a: Advertiser) =>
  (await db.select().from(s.stripePromotionCodes).where(eq(s.stripePromotionCodes.enrollmentId, a.enrollment.id)))[0];

const pct20x3 = { type: 'percent', percentBps: 2000, duration: 'repeating', durationMonths: 3 };

beforeAll(async () => {
  for (const a of [acme, other])
    await db.update(s.enrollments).set({ couponCode: code }).where(eq(s.enrollments.id, a.enrollment.id));
});

describe('the Stripe key and the discount settings', () => {
  it('stores the restricted key encrypted, shows only whether it is set, and is per tenant', async () => {
    const res = await call(acme.admin, 'PUT', discountsPath(acme), { restrictedKey: keys.acme });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ appId: acme.app.id, configured: true });
    expect(JSON.stringify(res.body)).not.toContain('rk_test');
    const [app] = await db.select().from(s.apps).where(eq(s.apps.id, acme.app.id));
    expect(app!.stripeRestrictedKeyEncrypted).not.toContain('rk_test');
    expect(await decryptSecret(app!.stripeRestrictedKeyEncrypted!, env.DATA_ENCRYPTION_KEY)).toBe(keys.acme);
    const [audit] = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, acme.app.id), eq(s.auditLog.action, 'app.stripe_discount_key_set')));
    expect(JSON.stringify(audit)).not.toContain('rk_test');
    expect((await call(other.finance, 'GET', discountsPath(other))).body).toMatchObject({ configured: false });
    // Another tenant's app is not_found; a secret key or a finance member is refused.
    expectStatus(await call(other.admin, 'PUT', discountsPath(acme), { restrictedKey: keys.other }), 404, 'not_found');
    expectStatus(await call(other.admin, 'GET', discountsPath(acme)), 404, 'not_found');
    expectStatus(
      await call(other.admin, 'PUT', discountsPath(other), { restrictedKey: 'sk_test_0123456789abcdefghijklmn' }),
      400,
      'validation_failed',
    );
    expectStatus(await call(acme.finance, 'DELETE', discountsPath(acme)), 403, 'forbidden');
    expectStatus(await call(other.admin, 'PUT', discountsPath(other), { restrictedKey: keys.other }), 200);
  });

  it.each([
    ['months on a once discount', { ...pct20x3, duration: 'once' }],
    ['over 100 %', { ...pct20x3, percentBps: 10_001 }],
    ['an amount without currency', { type: 'amount', amountMinor: 500, duration: 'once' }],
  ])('refuses %s with validation_failed', async (_label, discount) => {
    const res = await call(acme.admin, 'PATCH', `/orgs/${acme.org.id}/programs/${acme.program.id}`, { discount });
    expectStatus(res, 400, 'validation_failed');
  });
});

describe('keeping Stripe in step', () => {
  it('makes the coupon and the affiliate’s promotion code, in each advertiser’s own account', async () => {
    expect(Object.keys(CRON_JOBS['* * * * *']!)).toContain('syncStripeDiscounts');
    for (const a of [acme, other])
      expectStatus(
        await call(a.admin, 'PATCH', `/orgs/${a.org.id}/programs/${a.program.id}`, {
          discount: a === acme ? pct20x3 : { type: 'amount', amountMinor: 500, currency: 'EUR', duration: 'once' },
          discountInLink: true,
        }),
        200,
      );
    await sync();
    const mine = await stripeCodes(keys.acme);
    expect(mine.data).toEqual([
      expect.objectContaining({ code, active: true, promotion: { coupon: 'affedge_p2000_m3', type: 'coupon' } }),
    ]);
    expect(mine.coupons.map((c) => c.id)).toEqual(['affedge_p2000_m3']);
    const theirs = await stripeCodes(keys.other);
    expect(theirs.data).toEqual([
      expect.objectContaining({ code, promotion: expect.objectContaining({ coupon: 'affedge_a500eur_once' }) }),
    ]);
    expect(await row(acme)).toMatchObject({ status: 'synced', promotionCodeId: mine.data[0]!.id, active: true });
    // In step: another run calls Stripe for nothing.
    expect(await sync()).toMatchObject({ marked: 0, synced: 0 });
    const res = await call(acme.finance, 'GET', discountsPath(acme));
    expect(res.body).toMatchObject({ counts: { synced: 1, pending: 0, failed: 0 }, failures: [] });
  });

  it('a changed discount makes a new coupon and moves the code to it', async () => {
    const before = (await row(acme))!;
    await call(acme.admin, 'PATCH', `/orgs/${acme.org.id}/programs/${acme.program.id}`, {
      discount: { ...pct20x3, durationMonths: 6 },
    });
    expect(await sync()).toMatchObject({ marked: 1, synced: 1 });
    const { data } = await stripeCodes(keys.acme);
    expect(data.find((p) => p.id === before.promotionCodeId)).toMatchObject({ active: false });
    expect(data.filter((p) => p.active)).toEqual([
      expect.objectContaining({ code, promotion: expect.objectContaining({ coupon: 'affedge_p2000_m6' }) }),
    ]);
    expect((await row(acme))!.revision).toBe(before.revision + 1);
  });

  it('a suspended enrollment’s code goes inactive, and active again on reactivation', async () => {
    await db.update(s.enrollments).set({ status: 'suspended' }).where(eq(s.enrollments.id, acme.enrollment.id));
    await sync();
    const id = (await row(acme))!.promotionCodeId!;
    expect((await stripeCodes(keys.acme)).data.find((p) => p.id === id)).toMatchObject({ active: false });
    await db.update(s.enrollments).set({ status: 'active' }).where(eq(s.enrollments.id, acme.enrollment.id));
    await sync();
    expect((await stripeCodes(keys.acme)).data.find((p) => p.id === id)).toMatchObject({ active: true });
    // The other advertiser's code never moved.
    expect((await stripeCodes(keys.other)).data).toEqual([expect.objectContaining({ active: true })]);
  });

  it('a 500 after Stripe made the code is retried with the same Idempotency-Key: one code, not two', async () => {
    await fetch(`${env.STRIPE_API_BASE_URL}/__control/faults`, {
      method: 'POST',
      body: JSON.stringify({ method: 'POST', path: '/v1/promotion_codes', when: 'after', key: keys.acme }),
    });
    await db
      .update(s.programGroups)
      .set({ discount: { type: 'percent', percentBps: 1500, duration: 'forever' } })
      .where(eq(s.programGroups.programId, acme.program.id));
    expect(await sync()).toMatchObject({ failed: 1 });
    const failed = (await row(acme))!;
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: expect.stringContaining('500 api_error'),
    });
    expect((await call(acme.admin, 'GET', discountsPath(acme))).body).toMatchObject({
      counts: { failed: 1 },
      failures: [expect.objectContaining({ code, attempts: 1 })],
    });
    // Not before its backoff; then the replay gives the code Stripe already made.
    expect(await sync()).toMatchObject({ synced: 0, failed: 0 });
    expect(await sync(new Date(Date.now() + 5 * MINUTE))).toMatchObject({ synced: 1 });
    const made = (await stripeCodes(keys.acme)).data.filter((p) => p.promotion.coupon === 'affedge_p1500_forever');
    expect(made).toHaveLength(1);
    expect(await row(acme)).toMatchObject({
      status: 'synced',
      promotionCodeId: made[0]!.id,
      active: true,
      lastError: null,
    });
  });

  it('the group saying none retires the code', async () => {
    await db
      .update(s.programGroups)
      .set({ discount: { type: 'none' } })
      .where(eq(s.programGroups.programId, acme.program.id));
    await sync();
    expect((await stripeCodes(keys.acme)).data.filter((p) => p.active)).toEqual([]);
    await db.update(s.programGroups).set({ discount: null }).where(eq(s.programGroups.programId, acme.program.id));
    await sync();
    expect(await row(acme)).toMatchObject({ status: 'synced', lastError: null });
    expect((await stripeCodes(keys.acme)).data.filter((p) => p.active)).toHaveLength(1);
  });
});

describe('the sale records its discount', () => {
  const stripe = new Stripe('sk_test_unused');
  it('keeps Stripe’s discount on the conversion and counts it against revenue, per advertiser', async () => {
    expectStatus(
      await call(acme.admin, 'PUT', `/orgs/${acme.org.id}/apps/${acme.app.id}/stripe`, { webhookSecret: SECRET }),
      200,
    );
    const promo = (await row(acme))!.promotionCodeId!;
    const event = {
      id: nextEventId('evt'),
      object: 'event',
      api_version: '2025-09-30.clover',
      created: nowSeconds(),
      type: 'invoice.paid',
      data: {
        object: {
          id: `in_${rand(14)}`,
          object: 'invoice',
          amount_paid: 3200,
          currency: 'usd',
          customer: `cus_${rand(14)}`,
          billing_reason: 'subscription_create',
          metadata: {},
          discounts: [
            {
              id: 'di_1',
              object: 'discount',
              promotion_code: promo,
              source: { coupon: 'affedge_p2000_m6', type: 'coupon' },
            },
          ],
          total_discount_amounts: [{ amount: 800, discount: 'di_1' }],
        },
      },
    };
    const payload = JSON.stringify(event);
    const header = await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret: SECRET });
    const res = await sendRaw(`/api/v1/stripe/${acme.app.id}/webhooks`, {
      body: payload,
      headers: { 'content-type': 'application/json', 'stripe-signature': header },
    });
    expect(res.status).toBeLessThan(300);
    const [conversion] = await db.select().from(s.conversions).where(eq(s.conversions.orderId, event.data.object.id));
    expect(conversion!.metadata).toMatchObject({
      stripe_discount: { amount_minor: 800, promotion_code: promo, coupon: 'affedge_p2000_m6', discount_ids: ['di_1'] },
    });
    const summary = await call(acme.finance, 'GET', `/orgs/${acme.org.id}/stats/discounts`);
    expectStatus(summary, 200);
    expect(summary.body.items).toEqual([
      { currency: 'USD', sales: 1, revenueMinor: 3200, discountedSales: 1, discountMinor: 800 },
    ]);
    expect((await call(other.finance, 'GET', `/orgs/${other.org.id}/stats/discounts`)).body.items).toEqual([]);
    expectStatus(await call(other.finance, 'GET', `/orgs/${acme.org.id}/stats/discounts`), 404, 'not_found');
  });
});
