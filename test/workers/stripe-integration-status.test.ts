import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { REFUND_WAIT_MS } from '../../workers/domain/out-of-order-events';
import { sweepWaitingRefunds } from '../../workers/services/conversions';
import { type Advertiser, createAdvertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, serviceCtx } from '../conversions';
import { testDb } from '../fixtures';
import { nowSeconds } from '../inbound';
import { deliverStripe, stripeEvent } from '../stripe-deliveries';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

// Issue 25: on API versions from 2025-03-31 on, a refund of an invoice payment finds its sale only
// through invoice_payment.paid. An endpoint not subscribed to it must not leave refunds waiting silently.
const SECRET = 'whsec_test_integration_status_0123456789ab';
const BASIL = '2025-03-31.basil';
const HOUR = 3_600_000;

let db: Db;
let close: () => Promise<void>;
let acme: Advertiser;
let rival: Advertiser;

beforeAll(async () => {
  ({ db, close } = testDb());
  [acme, rival] = await Promise.all([createAdvertiser(db), createAdvertiser(db)]);
  for (const a of [acme, rival])
    expectStatus(
      await call(a.admin, 'PUT', `/orgs/${a.org.id}/apps/${a.app.id}/stripe`, { webhookSecret: SECRET }),
      200,
    );
});
afterAll(() => close());

const deliver = (event: unknown) => deliverStripe(acme.app.id, event, SECRET);
const event = (type: string, object: Record<string, unknown>, previous?: Record<string, unknown>) =>
  stripeEvent(type, object, { apiVersion: BASIL, ...(previous ? { previous } : {}) });
const settings = async (a = acme) => {
  const res = await call(a.finance, 'GET', `/orgs/${a.org.id}/apps/${a.app.id}/stripe`);
  expectStatus(res, 200);
  return res.body;
};
const waitingRefunds = async (a = acme) => {
  const res = await call(a.finance, 'GET', `/orgs/${a.org.id}/waiting-refunds`);
  expectStatus(res, 200);
  return res.body;
};

const tag = 'status';
const ids = { invoice: `in_${tag}_1`, pi: `pi_${tag}_1`, charge: `ch_${tag}_1` };

const invoicePaid = (clickId: string) =>
  event('invoice.paid', {
    id: ids.invoice,
    object: 'invoice',
    amount_due: 4900,
    amount_paid: 4900,
    amount_remaining: 0,
    currency: 'usd',
    customer: `cus_${tag}`,
    customer_email: `${tag}@example.com`,
    billing_reason: 'subscription_create',
    status: 'paid',
    metadata: {},
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { subscription: `sub_${tag}`, metadata: { aff_click_id: clickId } },
    },
  });

const chargeRefunded = () =>
  event(
    'charge.refunded',
    {
      id: ids.charge,
      object: 'charge',
      amount: 4900,
      amount_captured: 4900,
      amount_refunded: 4900,
      currency: 'usd',
      customer: `cus_${tag}`,
      payment_intent: ids.pi,
      refunded: true,
      metadata: {},
    },
    { amount_refunded: 0 },
  );

const invoicePaymentPaid = () =>
  event('invoice_payment.paid', {
    id: `inpay_${tag}_1`,
    object: 'invoice_payment',
    amount_paid: 4900,
    amount_requested: 4900,
    created: nowSeconds(),
    currency: 'usd',
    invoice: ids.invoice,
    is_default: true,
    livemode: false,
    payment: { type: 'payment_intent', payment_intent: ids.pi },
    status: 'paid',
    status_transitions: { canceled_at: null, paid_at: nowSeconds() },
  });

describe('an endpoint not subscribed to invoice_payment.paid', () => {
  let saleId: string;
  let refundId: string;

  it('before any event: every required type is listed as never received, nothing is waiting', async () => {
    const body = await settings();
    expect(body).toMatchObject({
      configured: true,
      apiVersion: null,
      lastEventAt: null,
      invoicePaymentEventMissing: false,
      waitingRefunds: 0,
    });
    expect(body.missingEventTypes).toEqual([
      'checkout.session.completed',
      'invoice.paid',
      'invoice_payment.paid',
      'charge.refunded',
      'customer.subscription.deleted',
    ]);
    expect(body.eventTypes.every((t: { seen: boolean }) => !t.seen)).toBe(true);
  });

  it('a sale and its refund arrive: the refund waits, the status names invoice_payment.paid and the refund is listed with what to do', async () => {
    const click = await insertClick(db, acme, { at: new Date(Date.now() - HOUR) });
    const sale = await deliver(invoicePaid(click.id));
    expectStatus(sale, 201);
    saleId = sale.body.conversion.id;
    const refund = await deliver(chargeRefunded());
    expectStatus(refund, 201);
    expect(refund.body.attributionTrace.at(-1)).toMatchObject({ outcome: 'waiting_for_sale' });
    refundId = refund.body.conversion.id;

    const body = await settings();
    expect(body).toMatchObject({ apiVersion: BASIL, invoicePaymentEventMissing: true, waitingRefunds: 1 });
    expect(body.missingEventTypes).toContain('invoice_payment.paid');
    expect(body.missingEventTypes).not.toContain('invoice.paid');
    expect(body.eventTypes.find((t: { eventType: string }) => t.eventType === 'invoice.paid')).toMatchObject({
      required: true,
      seen: true,
    });
    expect(body.lastEventAt).not.toBeNull();

    const list = await waitingRefunds();
    expect(list.total).toBe(1);
    const [item] = list.items;
    expect(item).toMatchObject({
      conversionId: refundId,
      appId: acme.app.id,
      appName: acme.app.name,
      orderId: ids.pi,
      amountMinor: 4900,
      currency: 'USD',
      reason: 'invoice_payment_event_missing',
    });
    expect(Date.parse(item.givesUpAt) - Date.parse(item.receivedAt)).toBe(REFUND_WAIT_MS);
  });

  it('another advertiser sees none of it', async () => {
    expect(await waitingRefunds(rival)).toEqual({ items: [], total: 0 });
    expect((await settings(rival)).waitingRefunds).toBe(0);
    const cross = await call(rival.finance, 'GET', `/orgs/${rival.org.id}/apps/${acme.app.id}/stripe`);
    expect(cross.status).toBe(404);
  });

  it('once subscribed and the event resent, the refund links by itself and the status is clean', async () => {
    const linked = await deliver(invoicePaymentPaid());
    expectStatus(linked, 200);
    await sweepWaitingRefunds({ ctx: serviceCtx(db), input: { limit: 50 } });
    const [refund] = await db.select().from(s.conversions).where(eq(s.conversions.id, refundId));
    expect(refund!.parentConversionId).toBe(saleId);
    expect(await waitingRefunds()).toEqual({ items: [], total: 0 });
    const body = await settings();
    expect(body).toMatchObject({ invoicePaymentEventMissing: false, waitingRefunds: 0 });
    expect(body.missingEventTypes).not.toContain('invoice_payment.paid');
  });

  it('a refund waiting on an endpoint that delivers invoice_payment.paid waits for its sale', async () => {
    const orphan = event(
      'charge.refunded',
      {
        id: 'ch_orphan',
        object: 'charge',
        amount: 1500,
        amount_captured: 1500,
        amount_refunded: 1500,
        currency: 'usd',
        customer: 'cus_orphan',
        payment_intent: 'pi_orphan',
        refunded: true,
        metadata: {},
      },
      { amount_refunded: 0 },
    );
    expectStatus(await deliver(orphan), 201);
    const list = await waitingRefunds();
    expect(list.items).toMatchObject([{ orderId: 'pi_orphan', reason: 'sale_not_received' }]);
  });
});

it('a limit out of range is refused with 400', async () => {
  const res = await call(acme.finance, 'GET', `/orgs/${acme.org.id}/waiting-refunds?limit=500`);
  expect(res.status).toBe(400);
});
