import { createExecutionContext, createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import worker from '../../workers/index';
import { type Advertiser, createAdvertiser, createStaff } from '../actors';
import { call, expectStatus } from '../api-client';
import {
  billingRowOf,
  deliver,
  deliverNew,
  eventsOf,
  orgPlanOf,
  payCheckout,
  planIdOf,
  stripeApi,
  stripeControl,
} from '../billing';
import { eventually } from '../eventually';
import { testDb } from '../fixtures';
import { STRIPE_BILLING_TEST_WEBHOOK_SECRET } from '../stripe-billing-server';
import { useTestDatabase } from '../worker-env';

const stripe = new Stripe('sk_test_unused');

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
let pro: string;
let business: string;
beforeAll(async () => {
  ({ db, close } = testDb());
  pro = await planIdOf(db, 'pro');
  business = await planIdOf(db, 'business');
});
afterAll(() => close());

/** A Starter organization that bought Pro monthly through Checkout, with every event delivered. */
async function subscribed(planId = pro) {
  const a = await createAdvertiser(db, { plan: 'starter' });
  const res = await call(a.owner, 'POST', `/orgs/${a.org.id}/billing/checkout`, { planId, period: 'monthly' });
  expectStatus(res, 200);
  expect(res.body.mode).toBe('checkout');
  const back = await payCheckout(res.body.url);
  expect(back).toMatch(new RegExp(`/orgs/${a.org.id}/billing\\?checkout=success&session_id=cs_test_`));
  const row = await billingRowOf(db, a.org.id);
  const seen = new Set<string>();
  await deliverNew(row.stripeCustomerId, seen);
  const after = await billingRowOf(db, a.org.id);
  return { a, customer: row.stripeCustomerId, subscription: after.stripeSubscriptionId!, seen };
}

const runHourly = () =>
  worker.scheduled(createScheduledController({ cron: '5 * * * *', scheduledTime: Date.now() }), env);

const auditCount = async (organizationId: string, action: string) =>
  (
    await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.organizationId, organizationId), eq(s.auditLog.action, action)))
  ).length;

describe('checkout', () => {
  it('checkout → hosted page → webhooks moves the organization to the plan, once, and no other', async () => {
    const other = await createAdvertiser(db, { plan: 'starter' });
    const { a, customer, subscription } = await subscribed();
    expect(await orgPlanOf(db, a.org.id)).toEqual({ code: 'pro', billingPeriod: 'monthly' });
    const row = await billingRowOf(db, a.org.id);
    expect(row).toMatchObject({
      status: 'active',
      planId: pro,
      billingPeriod: 'monthly',
      stripeSubscriptionId: subscription,
      graceUntil: null,
    });
    expect(row.currentPeriodEnd!.getTime()).toBeGreaterThan(Date.now() + 25 * 86_400_000);
    expect(await auditCount(a.org.id, 'billing.plan_changed')).toBe(1);

    // Stripe redelivers: every event is a duplicate and nothing changes again.
    for (const e of await eventsOf(customer)) {
      const res = await deliver(e);
      expectStatus(res, 200);
      expect(res.body.outcome).toBe('duplicate');
    }
    expect(await auditCount(a.org.id, 'billing.plan_changed')).toBe(1);
    expect(await orgPlanOf(db, other.org.id)).toEqual({ code: 'starter', billingPeriod: 'monthly' });

    const view = await call(a.finance, 'GET', `/orgs/${a.org.id}/billing`);
    expectStatus(view, 200);
    expect(view.body).toMatchObject({
      planId: pro,
      billingPeriod: 'monthly',
      subscription: { status: 'active', planId: pro },
    });
    expect(view.body.plans.map((p: { code: string }) => p.code)).toEqual(['starter', 'pro', 'business', 'enterprise']);
  });

  it('only the owner buys; unknown plans are 404; the plan already paid is 409', async () => {
    const { a } = await subscribed();
    expectStatus(
      await call(a.admin, 'POST', `/orgs/${a.org.id}/billing/checkout`, { planId: pro, period: 'monthly' }),
      403,
      'forbidden',
    );
    expectStatus(
      await call(a.owner, 'POST', `/orgs/${a.org.id}/billing/checkout`, { planId: a.org.id, period: 'monthly' }),
      404,
      'not_found',
    );
    expectStatus(
      await call(a.owner, 'POST', `/orgs/${a.org.id}/billing/checkout`, { planId: pro, period: 'weekly' }),
      400,
    );
    expectStatus(
      await call(a.owner, 'POST', `/orgs/${a.org.id}/billing/checkout`, { planId: pro, period: 'monthly' }),
      409,
      'already_on_plan',
    );
  });

  it('with a running subscription, another plan changes its price in place', async () => {
    const { a, customer, subscription, seen } = await subscribed();
    const res = await call(a.owner, 'POST', `/orgs/${a.org.id}/billing/checkout`, {
      planId: business,
      period: 'yearly',
    });
    expectStatus(res, 200);
    expect(res.body).toEqual({
      mode: 'updated',
      url: `http://localhost:8787/orgs/${a.org.id}/billing?checkout=updated`,
    });
    expect(await orgPlanOf(db, a.org.id)).toEqual({ code: 'business', billingPeriod: 'yearly' });
    const sub = await stripeApi('GET', `/v1/subscriptions/${subscription}`);
    const item = (sub.items as { data: { price: { unit_amount: number; recurring: { interval: string } } }[] })
      .data[0]!;
    expect(item.price.recurring.interval).toBe('year');
    const [plan] = await db.select().from(s.plans).where(eq(s.plans.id, business));
    expect(item.price.unit_amount).toBe(plan!.yearlyPriceMinor);
    await deliverNew(customer, seen);
    expect(await orgPlanOf(db, a.org.id)).toEqual({ code: 'business', billingPeriod: 'yearly' });
  });
});

describe('portal and cancellation', () => {
  it('the portal cancels at period end; the plan stays until the subscription ends, then drops to the lowest', async () => {
    const { a, customer, subscription, seen } = await subscribed();
    expectStatus(await call(a.admin, 'POST', `/orgs/${a.org.id}/billing/portal`), 403, 'forbidden');
    const portal = await call(a.owner, 'POST', `/orgs/${a.org.id}/billing/portal`);
    expectStatus(portal, 200);
    const page = await fetch(portal.body.url);
    expect(await page.text()).toContain('Cancel subscription');
    const cancelled = await fetch(`${portal.body.url}/cancel/${subscription}`, { method: 'POST' });
    expect(await cancelled.text()).toContain('will end at the end of the period');
    await deliverNew(customer, seen);
    expect(await billingRowOf(db, a.org.id)).toMatchObject({ status: 'active', cancelAtPeriodEnd: true });
    expect((await orgPlanOf(db, a.org.id)).code).toBe('pro');

    await stripeControl(`subscriptions/${subscription}/end-period`);
    const ended = await deliverNew(customer, seen);
    expect(ended.map((e) => e.type)).toEqual(['customer.subscription.deleted']);
    expect(await billingRowOf(db, a.org.id)).toMatchObject({ status: 'canceled' });
    expect((await orgPlanOf(db, a.org.id)).code).toBe('starter');
  });

  it('portal before any checkout is 409 no_billing_account', async () => {
    const a = await createAdvertiser(db, { plan: 'starter' });
    expectStatus(await call(a.owner, 'POST', `/orgs/${a.org.id}/billing/portal`), 409, 'no_billing_account');
  });
});

describe('failed payments', () => {
  it('payment failed → grace and a notification → cron downgrade after grace → invoice.paid restores the plan', async () => {
    const { a, customer, subscription, seen } = await subscribed();
    await stripeControl('fail-next-invoice', { subscription });
    await stripeControl(`subscriptions/${subscription}/renew`);
    const failed = await deliverNew(customer, seen);
    expect(failed.map((e) => e.type)).toEqual(['invoice.payment_failed', 'customer.subscription.updated']);
    const row = await billingRowOf(db, a.org.id);
    expect(row.status).toBe('past_due');
    const days = (row.graceUntil!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect((await orgPlanOf(db, a.org.id)).code).toBe('pro');
    const notes = await eventually(async () => {
      const rows = await db
        .select()
        .from(s.notifications)
        .where(
          and(
            eq(s.notifications.userId, a.owner.userId),
            eq(s.notifications.event, 'billing_payment_failed'),
            // One row per channel: the in-app one stands for the notification.
            eq(s.notifications.channel, 'in_app'),
          ),
        );
      return rows.length > 0 ? rows : undefined;
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.organizationId).toBe(a.org.id);
    expect(notes[0]!.title).toBe('Your plan payment failed');
    expect(notes[0]!.body).toContain(
      `before ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(row.graceUntil!)};`,
    );

    // The cron leaves a running grace period alone, and downgrades once it is over.
    await runHourly();
    expect((await orgPlanOf(db, a.org.id)).code).toBe('pro');
    await db
      .update(s.orgSubscriptions)
      .set({ graceUntil: new Date(Date.now() - 1000) })
      .where(eq(s.orgSubscriptions.id, row.id));
    await runHourly();
    expect((await orgPlanOf(db, a.org.id)).code).toBe('starter');
    expect((await billingRowOf(db, a.org.id)).downgradedAt).not.toBeNull();

    await stripeControl(`subscriptions/${subscription}/pay`);
    await deliverNew(customer, seen);
    expect(await billingRowOf(db, a.org.id)).toMatchObject({ status: 'active', graceUntil: null, downgradedAt: null });
    expect((await orgPlanOf(db, a.org.id)).code).toBe('pro');
  });

  it('invoice.paid ends the grace period before the cron runs', async () => {
    const { a, customer, subscription, seen } = await subscribed();
    await stripeControl('fail-next-invoice', { subscription });
    await stripeControl(`subscriptions/${subscription}/renew`);
    await deliverNew(customer, seen);
    expect((await billingRowOf(db, a.org.id)).graceUntil).not.toBeNull();
    await stripeControl(`subscriptions/${subscription}/pay`);
    await deliverNew(customer, seen);
    await runHourly();
    expect(await billingRowOf(db, a.org.id)).toMatchObject({ status: 'active', graceUntil: null });
    expect((await orgPlanOf(db, a.org.id)).code).toBe('pro');
  });
});

describe('out of order', () => {
  it('an old payment_failed arriving after the newer invoice.paid starts no grace', async () => {
    const { a, customer, subscription, seen } = await subscribed();
    await stripeControl('fail-next-invoice', { subscription });
    await stripeControl(`subscriptions/${subscription}/renew`);
    await stripeControl(`subscriptions/${subscription}/pay`);
    const fresh = (await eventsOf(customer)).filter((e) => !seen.has(e.id));
    expect(fresh.map((e) => e.type)).toEqual([
      'invoice.payment_failed',
      'customer.subscription.updated',
      'invoice.paid',
      'customer.subscription.updated',
    ]);
    for (const e of [...fresh].reverse()) expectStatus(await deliver(e), 200);
    expect(await billingRowOf(db, a.org.id)).toMatchObject({ status: 'active', graceUntil: null });
    expect((await orgPlanOf(db, a.org.id)).code).toBe('pro');
  });

  it('deleted before an older updated stays deleted', async () => {
    const { a, customer, subscription, seen } = await subscribed();
    await stripeControl(`subscriptions/${subscription}/renew`);
    await stripeApi('DELETE', `/v1/subscriptions/${subscription}`);
    const fresh = (await eventsOf(customer)).filter((e) => !seen.has(e.id));
    const deleted = fresh.find((e) => e.type === 'customer.subscription.deleted')!;
    const updated = fresh.find((e) => e.type === 'customer.subscription.updated')!;
    expectStatus(await deliver(deleted), 200);
    expectStatus(await deliver(updated), 200);
    expect(await billingRowOf(db, a.org.id)).toMatchObject({ status: 'canceled' });
    expect((await orgPlanOf(db, a.org.id)).code).toBe('starter');
  });
});

describe('webhook authenticity', () => {
  it('a bad or stale signature is 400 and changes nothing', async () => {
    const { a, customer } = await subscribed();
    const [e] = await eventsOf(customer);
    // One hex digit of the HMAC changed (to another digit, whatever it was).
    const bad = await deliver({
      payload: e!.payload,
      signature: e!.signature.replace(/v1=(.)/, (_, d: string) => `v1=${d === '0' ? '1' : '0'}`),
    });
    expectStatus(bad, 400, 'invalid_signature');
    const t = Math.floor(Date.now() / 1000) - 3600;
    const stale = await deliver({ payload: e!.payload, signature: `t=${t},${e!.signature.split(',')[1]}` });
    expectStatus(stale, 400, 'invalid_signature');
    const tampered = await deliver({ payload: e!.payload.replace(customer, 'cus_other'), signature: e!.signature });
    expectStatus(tampered, 400, 'invalid_signature');
    expect((await orgPlanOf(db, a.org.id)).code).toBe('pro');
  });

  it('a correctly signed event about a customer that is not ours is ignored', async () => {
    const payload = JSON.stringify({
      id: 'evt_unknown_customer_1',
      type: 'customer.subscription.deleted',
      created: Math.floor(Date.now() / 1000),
      data: { object: { id: 'sub_elsewhere', customer: 'cus_elsewhere' } },
    });
    const signature = await stripe.webhooks.generateTestHeaderStringAsync({
      payload,
      secret: STRIPE_BILLING_TEST_WEBHOOK_SECRET,
    });
    const res = await deliver({ payload, signature });
    expectStatus(res, 200);
    expect(res.body).toEqual({ received: true, outcome: 'ignored', reason: 'not a customer of this platform' });
  });
});

describe('one truth on Plan and Billing', () => {
  const both = async (a: Advertiser) => {
    const plan = await call(a.finance, 'GET', `/orgs/${a.org.id}/plan`);
    const billing = await call(a.finance, 'GET', `/orgs/${a.org.id}/billing`);
    expectStatus(plan, 200);
    expectStatus(billing, 200);
    return { plan: plan.body, billing: billing.body };
  };

  it('a plan nobody pays for says platform on both; a paid subscription says subscription; its end, platform again', async () => {
    // Pro given by the platform (as acme in the demo): not billed, whatever its list price.
    const given = await createAdvertiser(db, { plan: 'pro' });
    const before = await both(given);
    expect(before.plan).toMatchObject({ plan: { code: 'pro' }, source: 'platform' });
    expect(before.billing).toMatchObject({ planId: pro, source: 'platform', subscription: null });

    const { a, customer, subscription, seen } = await subscribed();
    const paid = await both(a);
    expect(paid.plan).toMatchObject({ plan: { code: 'pro' }, source: 'subscription', billingPeriod: 'monthly' });
    expect(paid.billing).toMatchObject({ source: 'subscription', subscription: { status: 'active', planId: pro } });

    // Staff move the paying organization to another plan by hand: the subscription does not pay for it.
    const staff = await createStaff(db, 'platform_admin');
    expectStatus(
      await call(staff, 'PUT', `/platform/organizations/${a.org.id}/plan`, {
        planId: business,
        billingPeriod: 'monthly',
      }),
      200,
    );
    const moved = await both(a);
    expect([moved.plan.source, moved.billing.source]).toEqual(['platform', 'platform']);
    expectStatus(
      await call(staff, 'PUT', `/platform/organizations/${a.org.id}/plan`, { planId: pro, billingPeriod: 'monthly' }),
      200,
    );

    const portal = await call(a.owner, 'POST', `/orgs/${a.org.id}/billing/portal`);
    await fetch(`${portal.body.url}/cancel/${subscription}`, { method: 'POST' });
    await deliverNew(customer, seen);
    // Cancelled at the period's end: still paid until then.
    expect((await both(a)).plan.source).toBe('subscription');
    await stripeControl(`subscriptions/${subscription}/end-period`);
    await deliverNew(customer, seen);
    const ended = await both(a);
    expect(ended.plan).toMatchObject({ plan: { code: 'starter' }, source: 'platform' });
    expect(ended.billing).toMatchObject({ source: 'platform', subscription: { status: 'canceled' } });
  });

  it('billing off: the plan says billing_off', async () => {
    const a: Advertiser = await createAdvertiser(db, { plan: 'pro' });
    const res = await worker.fetch(
      new Request(`https://api.test/api/orgs/${a.org.id}/plan`, { headers: a.owner.headers }),
      { ...env, BILLING_ENABLED: 'false' } as never,
      createExecutionContext(),
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as { source: string }).source).toBe('billing_off');
  });
});

describe('billing switched off', () => {
  it('answers 404 billing_disabled on every billing route, and the cron does nothing', async () => {
    const a: Advertiser = await createAdvertiser(db, { plan: 'starter' });
    const off = { ...env, BILLING_ENABLED: 'false' };
    const send = (method: string, path: string, headers: Record<string, string>, body?: string) =>
      worker.fetch(
        new Request(`https://api.test/api${path}`, { method, headers, ...(body ? { body } : {}) }),
        off as never,
        createExecutionContext(),
      );
    const auth = a.owner.headers;
    for (const [method, path] of [
      ['GET', `/orgs/${a.org.id}/billing`],
      ['POST', `/orgs/${a.org.id}/billing/portal`],
    ] as const) {
      const res = await send(method, path, auth);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('billing_disabled');
    }
    const checkout = await send(
      'POST',
      `/orgs/${a.org.id}/billing/checkout`,
      { ...auth, 'content-type': 'application/json' },
      JSON.stringify({ planId: pro, period: 'monthly' }),
    );
    expect(checkout.status).toBe(404);
    const hook = await send('POST', '/v1/billing/stripe/webhook', { 'content-type': 'application/json' }, '{}');
    expect(((await hook.json()) as { error: { code: string } }).error.code).toBe('billing_disabled');
  });

  it("the organization's view says whether billing is on, so the dashboard hides the Billing page", async () => {
    const a: Advertiser = await createAdvertiser(db, { plan: 'starter' });
    const on = await call(a.owner, 'GET', `/orgs/${a.org.id}`);
    expectStatus(on, 200);
    expect(on.body.billingEnabled).toBe(true);
    const listed = await call(a.finance, 'GET', '/orgs');
    expect(listed.body.items.find((o: { id: string }) => o.id === a.org.id).billingEnabled).toBe(true);
    const off = await worker.fetch(
      new Request(`https://api.test/api/orgs/${a.org.id}`, { headers: a.owner.headers }),
      { ...env, BILLING_ENABLED: 'false' } as never,
      createExecutionContext(),
    );
    expect(off.status).toBe(200);
    expect(((await off.json()) as { billingEnabled: boolean }).billingEnabled).toBe(false);
  });
});
