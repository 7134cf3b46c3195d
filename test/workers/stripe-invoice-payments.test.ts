import { and, eq } from 'drizzle-orm';
import { env } from 'cloudflare:workers';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { REFUND_WAIT_MS } from '../../workers/domain/out-of-order-events';
import { consumeConversions } from '../../workers/consumers/conversions';
import { loadConfig } from '../../workers/env';
import { sweepWaitingRefunds } from '../../workers/services/conversions';
import { type Advertiser, createAdvertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, serviceCtx } from '../conversions';
import { testDb } from '../fixtures';
import { nowSeconds } from '../inbound';
import { recordingBatch } from '../queue-batch';
import { deliverStripe, stripeEvent } from '../stripe-deliveries';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

const SECRET = 'whsec_test_invoice_payments_0123456789abcdef';
const HOUR = 3_600_000;

let db: Db;
let close: () => Promise<void>;
let acme: Advertiser;

beforeAll(async () => {
  ({ db, close } = testDb());
  // Rebills earn too, so a refund that reverses the wrong cycle shows in the other cycle's commission.
  acme = await createAdvertiser(db, { program: { recurringMode: 'lifetime', recurringRateBps: 3000 } });
  expectStatus(
    await call(acme.admin, 'PUT', `/orgs/${acme.org.id}/apps/${acme.app.id}/stripe`, { webhookSecret: SECRET }),
    200,
  );
});
afterAll(() => close());

const deliver = (event: unknown) => deliverStripe(acme.app.id, event, SECRET);

const commissionsOf = (conversionId: string) =>
  db.select().from(s.commissions).where(eq(s.commissions.conversionId, conversionId)).orderBy(s.commissions.createdAt);
const conversionRow = async (id: string) => (await db.select().from(s.conversions).where(eq(s.conversions.id, id)))[0]!;

/**
 * Stripe's objects as each API version shapes them. Before 2025-03-31 an invoice names its payment
 * intent and charge, and a charge its invoice; from 2025-03-31.basil on (here 2026-07-29.dahlia)
 * neither does, and the invoice_payment.paid event tells which payment paid which invoice.
 */
const VERSIONS = [
  { label: '2024-06-20 (invoice.payment_intent, charge.invoice)', apiVersion: '2024-06-20', modern: false },
  {
    label: '2026-07-29.dahlia (invoice_payment.paid, no charge.invoice)',
    apiVersion: '2026-07-29.dahlia',
    modern: true,
  },
];
type Version = (typeof VERSIONS)[number];

function stripeAccount(v: Version, tag: string) {
  const customer = `cus_${tag}`;
  const ids = (n: number) => ({ invoice: `in_${tag}_${n}`, pi: `pi_${tag}_${n}`, charge: `ch_${tag}_${n}` });
  const event = (type: string, object: Record<string, unknown>, previous?: Record<string, unknown>, created?: number) =>
    stripeEvent(type, object, {
      apiVersion: v.apiVersion,
      ...(previous ? { previous } : {}),
      ...(created ? { created } : {}),
    });

  // The current API version's shape, checked against the stripe package's types (excess fields fail).
  const invoiceObject = (n: number, billingReason: Stripe.Invoice.BillingReason, amount: number) => {
    const current = {
      id: ids(n).invoice,
      object: 'invoice',
      amount_due: amount,
      amount_paid: amount,
      amount_remaining: 0,
      currency: 'usd',
      customer,
      customer_email: `${tag}@example.com`,
      billing_reason: billingReason,
      status: 'paid',
      metadata: {},
      parent: {
        type: 'subscription_details',
        quote_details: null,
        subscription_details: { subscription: `sub_${tag}`, metadata: {} },
      },
    } satisfies Partial<Stripe.Invoice>;
    if (v.modern) return current;
    // Before 2025-03-31 the subscription and the payment sat on the invoice itself.
    const { parent: _parent, ...older } = current;
    return {
      ...older,
      subscription: `sub_${tag}`,
      subscription_details: { metadata: {} },
      payment_intent: ids(n).pi,
      charge: ids(n).charge,
      paid: true,
    };
  };

  // Cycle n is paid a minute after cycle n − 1, so "the customer's latest sale" is always the last cycle.
  const invoicePaid = (
    n: number,
    billingReason: Stripe.Invoice.BillingReason,
    amount = 2900,
    created = nowSeconds() - 600 + n * 60,
  ) => event('invoice.paid', invoiceObject(n, billingReason, amount), undefined, created);

  const invoicePaymentPaid = (n: number, amount = 2900) =>
    event('invoice_payment.paid', {
      id: `inpay_${tag}_${n}`,
      object: 'invoice_payment',
      amount_paid: amount,
      amount_requested: amount,
      created: nowSeconds(),
      currency: 'usd',
      invoice: ids(n).invoice,
      is_default: true,
      livemode: false,
      payment: { type: 'payment_intent', payment_intent: ids(n).pi },
      status: 'paid',
      status_transitions: { canceled_at: null, paid_at: nowSeconds() },
    } satisfies Stripe.InvoicePayment);

  const chargeRefunded = (n: number, refundedTotal: number, refundedBefore: number, amount = 2900) => {
    const current = {
      id: ids(n).charge,
      object: 'charge',
      amount,
      amount_captured: amount,
      amount_refunded: refundedTotal,
      currency: 'usd',
      customer,
      payment_intent: ids(n).pi,
      refunded: refundedTotal === amount,
      metadata: {},
    } satisfies Partial<Stripe.Charge>;
    // Only older API versions name the charge's invoice.
    const charge = v.modern ? current : { ...current, invoice: ids(n).invoice };
    return event('charge.refunded', charge, { amount_refunded: refundedBefore });
  };

  const checkoutCompleted = (clickId: string, created?: number) =>
    event(
      'checkout.session.completed',
      {
        id: `cs_${tag}`,
        object: 'checkout.session',
        mode: 'subscription',
        client_reference_id: clickId,
        amount_total: 2900,
        currency: 'usd',
        customer,
        customer_details: { email: `${tag}@example.com` },
        payment_intent: null,
        invoice: ids(1).invoice,
        subscription: `sub_${tag}`,
        payment_status: 'paid',
        status: 'complete',
        metadata: {},
      },
      undefined,
      created,
    );

  /** Pays an invoice as the version reports it: the newer one adds invoice_payment.paid. */
  async function pay(n: number, billingReason: Stripe.Invoice.BillingReason, amount = 2900): Promise<string> {
    const paid = await deliver(invoicePaid(n, billingReason, amount));
    expectStatus(paid, 201);
    if (v.modern) {
      const linked = await deliver(invoicePaymentPaid(n, amount));
      expectStatus(linked, 200);
      expect(linked.body).toEqual({ linked: [{ invoiceId: ids(n).invoice, paymentId: ids(n).pi }] });
    }
    return paid.body.conversion.id;
  }

  return { customer, ids, invoicePaid, invoicePaymentPaid, chargeRefunded, checkoutCompleted, pay };
}

describe.each(VERSIONS)('Stripe refunds on API version $label', (v) => {
  const tag = v.modern ? 'new' : 'old';
  const account = stripeAccount(v, tag);
  let cycle1: string;
  let cycle2: string;

  beforeAll(async () => {
    const click = await insertClick(db, acme, { at: new Date(Date.now() - HOUR) });
    expectStatus(await deliver(account.checkoutCompleted(click.id, nowSeconds() - 5)), 201);
    cycle1 = await account.pay(1, 'subscription_create');
    cycle2 = await account.pay(2, 'subscription_cycle');
    for (const id of [cycle1, cycle2]) {
      expect(await commissionsOf(id)).toMatchObject([{ level: 0, amountMinor: 870, status: 'pending' }]);
    }
  });

  it('refunding cycle 1 reverses cycle 1’s commission, never cycle 2’s', async () => {
    const res = await deliver(account.chargeRefunded(1, 2900, 0));
    expectStatus(res, 201);
    expect(res.body.conversion).toMatchObject({ type: 'refund', amountMinor: 2900, parentConversionId: cycle1 });
    expect(await commissionsOf(cycle1)).toMatchObject([{ amountMinor: 870, status: 'reversed' }]);
    expect((await conversionRow(cycle1)).status).toBe('reversed');
    expect(await commissionsOf(cycle2)).toMatchObject([{ amountMinor: 870, status: 'pending' }]);
    expect((await conversionRow(cycle2)).status).toBe('pending');
  });

  it('partial refunds of cycle 2 reverse in proportion, adding up to its whole commission', async () => {
    const first = await deliver(account.chargeRefunded(2, 1000, 0));
    expectStatus(first, 201);
    expect(first.body.conversion).toMatchObject({ amountMinor: 1000, parentConversionId: cycle2 });
    // 870 × 1000 / 2900 = 300
    expect((await commissionsOf(first.body.conversion.id)).map((c) => c.amountMinor)).toEqual([-300]);

    const rest = await deliver(account.chargeRefunded(2, 2900, 1000));
    expectStatus(rest, 201);
    expect(rest.body.conversion).toMatchObject({ amountMinor: 1900, parentConversionId: cycle2 });
    const reversed = [
      ...(await commissionsOf(first.body.conversion.id)),
      ...(await commissionsOf(rest.body.conversion.id)),
    ];
    const original = await commissionsOf(cycle2);
    const net = [...original, ...reversed].reduce(
      (sum, c) => sum + (c.status === 'reversed' || c.status === 'rejected' ? 0 : c.amountMinor),
      0,
    );
    expect(net).toBe(0);
  });

  it('stores each invoice ↔ payment link once, however often Stripe redelivers', async () => {
    const event = v.modern ? account.invoicePaymentPaid(7) : account.invoicePaid(7, 'subscription_cycle');
    expect((await deliver(event)).status).toBe(v.modern ? 200 : 201);
    expect((await deliver(event)).status).toBe(200);
    const links = await db
      .select({ paymentId: s.stripeInvoicePayments.paymentId })
      .from(s.stripeInvoicePayments)
      .where(
        and(
          eq(s.stripeInvoicePayments.appId, acme.app.id),
          eq(s.stripeInvoicePayments.invoiceId, account.ids(7).invoice),
        ),
      );
    const expected = v.modern ? [account.ids(7).pi] : [account.ids(7).charge, account.ids(7).pi];
    expect(links.map((l) => l.paymentId).sort()).toEqual(expected.sort());
  });

  it('a redelivered refund changes nothing', async () => {
    const refund = account.chargeRefunded(1, 2900, 0);
    const once = await deliver(refund);
    const again = await deliver(refund);
    expectStatus(again, 200);
    expect(again.body).toMatchObject({ duplicate: true, conversion: { id: once.body.conversion.id } });
    expect(await commissionsOf(once.body.conversion.id)).toEqual([]);
  });
});

describe('a Stripe refund that arrives before its sale (2026-07-29.dahlia)', () => {
  const v = VERSIONS[1]!;
  const account = stripeAccount(v, 'early');
  let cycle1: string;

  beforeAll(async () => {
    const click = await insertClick(db, acme, { at: new Date(Date.now() - HOUR) });
    expectStatus(await deliver(account.checkoutCompleted(click.id)), 201);
    cycle1 = await account.pay(1, 'subscription_create');
  });

  it('waits instead of reversing the customer’s latest sale, then reverses its own once the sale and link land', async () => {
    const refund = await deliver(account.chargeRefunded(2, 2900, 0));
    expectStatus(refund, 201);
    expect(refund.body.conversion.parentConversionId).toBeNull();
    expect(refund.body.attributionTrace).toMatchObject([{ step: 'customer', outcome: 'waiting_for_sale' }]);
    expect(await commissionsOf(cycle1)).toMatchObject([{ amountMinor: 870, status: 'pending' }]);

    // Nothing to settle yet: neither the sale nor the link has arrived.
    expect(await sweepWaitingRefunds({ ctx: serviceCtx(db), input: { limit: 100 } })).toEqual({
      settled: 0,
      waiting: 0,
    });

    // The sale alone does not say that this payment paid it: still waiting, and not retried for nothing.
    expectStatus(await deliver(account.invoicePaid(2, 'subscription_cycle')), 201);
    expect(await sweepWaitingRefunds({ ctx: serviceCtx(db), input: { limit: 100 } })).toEqual({
      settled: 0,
      waiting: 0,
    });
    expectStatus(await deliver(account.invoicePaymentPaid(2)), 200);
    expect(await sweepWaitingRefunds({ ctx: serviceCtx(db), input: { limit: 100 } })).toEqual({
      settled: 1,
      waiting: 0,
    });

    const row = await conversionRow(refund.body.conversion.id);
    const [cycle2] = await db
      .select()
      .from(s.conversions)
      .where(and(eq(s.conversions.appId, acme.app.id), eq(s.conversions.orderId, account.ids(2).invoice)));
    expect(row.parentConversionId).toBe(cycle2!.id);
    expect(await commissionsOf(cycle2!.id)).toMatchObject([{ amountMinor: 870, status: 'reversed' }]);
    expect(await commissionsOf(cycle1)).toMatchObject([{ amountMinor: 870, status: 'pending' }]);
  });

  it('is retried through the conversions queue: waiting until its link lands, then reversed and acked', async () => {
    const refund = await deliver(account.chargeRefunded(3, 2900, 0));
    expect(refund.body.attributionTrace).toMatchObject([{ outcome: 'waiting_for_sale' }]);
    const message = { body: { v: 1, conversionId: refund.body.conversion.id }, attempts: 1 };
    const waiting = recordingBatch('conversions', [message]);
    await consumeConversions(waiting.batch, loadConfig(env));
    expect(waiting.outcomes[0]).toMatchObject({ acked: false, retried: true, delaySeconds: 30 });

    const cycle3 = await account.pay(3, 'subscription_cycle');
    const landed = recordingBatch('conversions', [{ ...message, attempts: 2 }]);
    await consumeConversions(landed.batch, loadConfig(env));
    expect(landed.outcomes[0]).toMatchObject({ acked: true, retried: false });
    expect(await conversionRow(refund.body.conversion.id)).toMatchObject({ parentConversionId: cycle3 });
    expect(await commissionsOf(cycle3)).toMatchObject([{ amountMinor: 870, status: 'reversed' }]);
  });

  it('gives up after the wait when the payment is never linked to a sale, and reverses nothing', async () => {
    const refund = await deliver(account.chargeRefunded(9, 500, 0));
    expect(refund.body.attributionTrace).toMatchObject([{ outcome: 'waiting_for_sale' }]);
    const later = new Date(Date.now() + REFUND_WAIT_MS + 60_000);
    expect(await sweepWaitingRefunds({ ctx: serviceCtx(db, later), input: { limit: 100 } })).toEqual({
      settled: 1,
      waiting: 0,
    });
    const row = await conversionRow(refund.body.conversion.id);
    expect(row).toMatchObject({ parentConversionId: null, enrollmentId: null });
    expect(row.attributionTrace).toMatchObject([{ outcome: 'not_found' }]);
    expect(await commissionsOf(cycle1)).toMatchObject([{ amountMinor: 870, status: 'pending' }]);
  });
});

describe('Stripe events out of order: invoice.paid before the checkout that carries the click', () => {
  const v = VERSIONS[1]!;

  it('credits the first sale once the checkout binds the customer, and redeliveries change nothing', async () => {
    const account = stripeAccount(v, 'ooo');
    const click = await insertClick(db, acme, { at: new Date(Date.now() - HOUR) });
    const checkout = account.checkoutCompleted(click.id, nowSeconds() - 3);
    const invoice = account.invoicePaid(1, 'subscription_create');

    const sale = await deliver(invoice);
    expectStatus(sale, 201);
    expect(sale.body).toMatchObject({ conversion: { type: 'sale' }, attribution: null, commissions: [] });

    const lead = await deliver(checkout);
    expectStatus(lead, 201);
    expect(lead.body).toMatchObject({
      conversion: { type: 'lead' },
      attribution: { method: 'click_id', clickId: click.id },
    });

    const saleId = sale.body.conversion.id;
    expect(await conversionRow(saleId)).toMatchObject({
      affiliateId: acme.affiliate.id,
      attributionMethod: 'customer',
      status: 'pending',
    });
    expect(await commissionsOf(saleId)).toMatchObject([{ level: 0, amountMinor: 870, status: 'pending' }]);

    for (const e of [invoice, checkout, invoice, checkout]) {
      const again = await deliver(e);
      expectStatus(again, 200);
      expect(again.body.duplicate).toBe(true);
    }
    const again = await deliver(invoice);
    expect(again.body).toMatchObject({
      attribution: { affiliateId: acme.affiliate.id },
      commissions: [{ amountMinor: 870 }],
    });
    expect(await commissionsOf(saleId)).toHaveLength(1);
    const sales = await db
      .select()
      .from(s.conversions)
      .where(and(eq(s.conversions.appId, acme.app.id), eq(s.conversions.externalCustomerId, account.customer)));
    expect(sales.map((c) => c.eventType).sort()).toEqual(['lead', 'sale']);
  });

  it('a refund that came while the sale was credited to nobody is reversed once the sale is credited', async () => {
    const account = stripeAccount(v, 'ooo_refund');
    const click = await insertClick(db, acme, { at: new Date(Date.now() - HOUR) });
    const sale = await account.pay(1, 'subscription_create');
    const refund = await deliver(account.chargeRefunded(1, 1000, 0));
    expectStatus(refund, 201);
    expect(refund.body.attributionTrace).toMatchObject([{ outcome: 'not_found' }]);

    expectStatus(await deliver(account.checkoutCompleted(click.id, nowSeconds() - 3)), 201);
    expect(await conversionRow(refund.body.conversion.id)).toMatchObject({
      parentConversionId: sale,
      affiliateId: acme.affiliate.id,
    });
    expect(await commissionsOf(sale)).toMatchObject([{ amountMinor: 870, status: 'pending' }]);
    expect((await commissionsOf(refund.body.conversion.id)).map((c) => c.amountMinor)).toEqual([-300]);
  });

  it('credits the sale when both events arrive at the same moment, whichever commits first', async () => {
    const accounts = await Promise.all(
      ['race1', 'race2', 'race3', 'race4'].map(async (tag) => ({
        account: stripeAccount(v, tag),
        click: await insertClick(db, acme, { at: new Date(Date.now() - HOUR) }),
      })),
    );
    const answers = await Promise.all(
      accounts.map(({ account, click }) =>
        Promise.all([
          deliver(account.invoicePaid(1, 'subscription_create')),
          deliver(account.checkoutCompleted(click.id, nowSeconds() - 3)),
        ]),
      ),
    );
    for (const [sale] of answers) {
      expectStatus(sale, 201);
      expect(await conversionRow(sale.body.conversion.id)).toMatchObject({ affiliateId: acme.affiliate.id });
      expect(await commissionsOf(sale.body.conversion.id)).toMatchObject([{ amountMinor: 870 }]);
    }
  });

  it('does not credit a sale made before the click, nor one older than the window', async () => {
    const account = stripeAccount(v, 'early_sale');
    const click = await insertClick(db, acme, { at: new Date(Date.now() - HOUR) });
    const beforeClick = await deliver(account.invoicePaid(1, 'subscription_create', 2900, nowSeconds() - 2 * 3600));
    expectStatus(beforeClick, 201);
    expectStatus(await deliver(account.checkoutCompleted(click.id)), 201);
    expect(await conversionRow(beforeClick.body.conversion.id)).toMatchObject({
      affiliateId: null,
      enrollmentId: null,
    });

    const other = stripeAccount(v, 'old_sale');
    const oldClick = await insertClick(db, acme, { at: new Date(Date.now() - 72 * HOUR) });
    const twoDaysAgo = await deliver(other.invoicePaid(1, 'subscription_create', 2900, nowSeconds() - 48 * 3600));
    expectStatus(await deliver(other.checkoutCompleted(oldClick.id)), 201);
    expect(await conversionRow(twoDaysAgo.body.conversion.id)).toMatchObject({ affiliateId: null });
  });
});
