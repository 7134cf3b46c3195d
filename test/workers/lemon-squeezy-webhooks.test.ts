// Payloads follow Lemon Squeezy's published examples: the order of docs.lemonsqueezy.com/help/webhooks/webhook-requests,
// the subscription invoice of docs.lemonsqueezy.com/api/subscription-invoices/the-subscription-invoice-object and the
// subscription of docs.lemonsqueezy.com/api/subscriptions/the-subscription-object (trimmed around the fields we read);
// signatures come from the local Lemon Squeezy server, which signs as /help/webhooks/signing-requests documents.
import { and, eq } from 'drizzle-orm';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { sweepWaitingRefunds } from '../../workers/services/conversions';
import { decryptSecret } from '../../workers/services/encryption';
import { type Advertiser, createAdvertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { endpointPath, lemonSqueezyDelivery, lemonSqueezyWebhook, send, setBillingSecret } from '../billing-providers';
import { insertClick, serviceCtx } from '../conversions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const HOUR = 3_600_000;
const SECRET = 'ls-acme-signing-secret-01';
const EVENTS = [
  'order_created',
  'subscription_payment_success',
  'order_refunded',
  'subscription_payment_refunded',
  'subscription_cancelled',
];
let webhookId: string;
let nextId = Math.floor(Math.random() * 1_000_000);
const newId = () => String(++nextId);

function order(o: {
  id: string;
  customer: number;
  total: number;
  currency?: string;
  refunded?: number;
  status?: string;
}) {
  return {
    type: 'orders',
    id: o.id,
    attributes: {
      store_id: 1,
      customer_id: o.customer,
      identifier: crypto.randomUUID(),
      order_number: Number(o.id),
      user_name: 'John Doe',
      user_email: 'johndoe@example.com',
      currency: o.currency ?? 'USD',
      currency_rate: '1.0000',
      subtotal: o.total,
      discount_total: 0,
      tax: 0,
      total: o.total,
      subtotal_usd: o.total,
      total_usd: o.total,
      tax_name: null,
      tax_rate: '0.00',
      status: o.status ?? (o.refunded ? 'refunded' : 'paid'),
      status_formatted: 'Paid',
      refunded: Boolean(o.refunded),
      refunded_at: o.refunded ? '2024-05-02T10:00:00.000000Z' : null,
      refunded_amount: o.refunded ?? 0,
      first_order_item: {
        id: 1,
        order_id: Number(o.id),
        product_id: 1,
        variant_id: 1,
        product_name: 'Pro',
        price: o.total,
      },
      urls: { receipt: 'https://app.lemonsqueezy.com/my-orders/receipt' },
      created_at: '2024-05-01T09:45:53.000000Z',
      updated_at: o.refunded ? '2024-05-02T10:00:00.000000Z' : '2024-05-01T09:45:53.000000Z',
      test_mode: true,
    },
  };
}

function invoice(o: {
  id: string;
  subscription: number;
  customer: number;
  total: number;
  reason: string;
  refunded?: number;
}) {
  return {
    type: 'subscription-invoices',
    id: o.id,
    attributes: {
      store_id: 1,
      subscription_id: o.subscription,
      customer_id: o.customer,
      user_name: 'John Doe',
      user_email: 'johndoe@example.com',
      billing_reason: o.reason,
      card_brand: 'visa',
      card_last_four: '4242',
      currency: 'USD',
      currency_rate: '1.00000000',
      status: o.refunded ? 'refunded' : 'paid',
      status_formatted: 'Paid',
      refunded: Boolean(o.refunded),
      refunded_at: o.refunded ? '2024-06-02T10:00:00.000000Z' : null,
      refunded_amount: o.refunded ?? 0,
      subtotal: o.total,
      discount_total: 0,
      tax: 0,
      tax_inclusive: false,
      total: o.total,
      created_at: '2024-06-01T09:45:53.000000Z',
      updated_at: o.refunded ? '2024-06-02T10:00:00.000000Z' : '2024-06-01T09:45:53.000000Z',
      test_mode: true,
    },
  };
}

const deliver = async (event: string, data: unknown, custom?: Record<string, unknown>) =>
  send(await lemonSqueezyDelivery(webhookId, event, data, custom));

beforeAll(async () => {
  webhookId = await lemonSqueezyWebhook(acme.app.id, SECRET, EVENTS);
  await setBillingSecret(acme, 'lemon_squeezy', SECRET);
});

describe('Lemon Squeezy settings', () => {
  it('shows the endpoint and events, stores the secret encrypted, refuses a secret Lemon Squeezy would not take', async () => {
    const res = await call(acme.finance, 'GET', `/orgs/${acme.org.id}/apps/${acme.app.id}/billing-webhooks`);
    expect(res.body.items.find((i: { provider: string }) => i.provider === 'lemon_squeezy')).toMatchObject({
      configured: true,
      endpointUrl: `${env.APP_BASE_URL.replace(/\/$/, '')}/api/v1/lemon-squeezy/${acme.app.id}/webhooks`,
      eventTypes: EVENTS,
    });
    expect(JSON.stringify(res.body)).not.toContain(SECRET);
    const [row] = await db
      .select()
      .from(s.billingWebhooks)
      .where(and(eq(s.billingWebhooks.appId, acme.app.id), eq(s.billingWebhooks.provider, 'lemon_squeezy')));
    expect(row!.secretEncrypted).not.toContain(SECRET);
    expect(await decryptSecret(row!.secretEncrypted, env.DATA_ENCRYPTION_KEY)).toBe(SECRET);
    const path = `/orgs/${acme.org.id}/apps/${acme.app.id}/billing-webhooks/lemon_squeezy`;
    expectStatus(await call(acme.admin, 'PUT', path, { secret: 'x'.repeat(41) }), 400);
  });

  it('DELETE turns the endpoint off: it answers 404', async () => {
    const third = await createAdvertiser(db);
    const hook = await lemonSqueezyWebhook(third.app.id, SECRET, EVENTS);
    await setBillingSecret(third, 'lemon_squeezy', SECRET);
    const path = `/orgs/${third.org.id}/apps/${third.app.id}/billing-webhooks/lemon_squeezy`;
    expectStatus(await call(third.admin, 'DELETE', path), 204);
    const res = await send(
      await lemonSqueezyDelivery(hook, 'order_created', order({ id: newId(), customer: 1, total: 100 })),
    );
    expectStatus(res, 404);
  });
});

describe('Lemon Squeezy events', () => {
  const customer = Number(newId());
  const orderId = newId();
  let clickId: string;
  let saleId: string;
  let rebillId: string;
  const renewal = newId();

  beforeAll(async () => {
    clickId = (await insertClick(db, acme, { at: new Date(Date.now() - HOUR) })).id;
  });

  it('order_created is the sale, attributed by the click id in meta.custom_data', async () => {
    const res = await deliver('order_created', order({ id: orderId, customer, total: 2900 }), {
      aff_click_id: clickId,
    });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      conversion: { type: 'sale', source: 'lemon_squeezy', amountMinor: 2900, currency: 'USD' },
      attribution: { method: 'click_id', clickId, affiliateId: acme.affiliate.id },
    });
    expect(res.body.commissions[0]).toMatchObject({ amountMinor: 870 });
    saleId = res.body.conversion.id;
  });

  it('the first subscription payment is not counted twice; a renewal is a rebill', async () => {
    const initial = await deliver(
      'subscription_payment_success',
      invoice({ id: newId(), subscription: 7, customer, total: 2900, reason: 'initial' }),
    );
    expectStatus(initial, 200);
    expect(initial.body.ignored).toBe(true);
    const res = await deliver(
      'subscription_payment_success',
      invoice({ id: renewal, subscription: 7, customer, total: 2900, reason: 'renewal' }),
    );
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      conversion: { type: 'rebill', amountMinor: 2900 },
      attribution: { affiliateId: acme.affiliate.id },
    });
    rebillId = res.body.conversion.id;
  });

  it('partial refunds of an order each reverse only their own part of that order', async () => {
    const first = await deliver('order_refunded', order({ id: orderId, customer, total: 2900, refunded: 1000 }));
    expectStatus(first, 201);
    expect(first.body.conversion).toMatchObject({ type: 'refund', amountMinor: 1000, parentConversionId: saleId });
    const second = await deliver('order_refunded', order({ id: orderId, customer, total: 2900, refunded: 2900 }));
    expectStatus(second, 201);
    expect(second.body.conversion).toMatchObject({ type: 'refund', amountMinor: 1900, parentConversionId: saleId });
    const lines = await db.select().from(s.commissions).where(eq(s.commissions.conversionId, saleId));
    expect(lines.map((l) => l.status)).toEqual(['reversed']);
  });

  it('a replayed delivery records nothing (no timestamp is signed: the idempotency key absorbs it)', async () => {
    const event = await lemonSqueezyDelivery(
      webhookId,
      'order_refunded',
      order({ id: orderId, customer, total: 2900, refunded: 2900 }),
    );
    const again = await send(event);
    expectStatus(again, 200);
    expect(again.body.duplicate).toBe(true);
  });

  it('subscription_payment_refunded refunds exactly that renewal', async () => {
    const res = await deliver(
      'subscription_payment_refunded',
      invoice({ id: renewal, subscription: 7, customer, total: 2900, reason: 'renewal', refunded: 500 }),
    );
    expectStatus(res, 201);
    expect(res.body.conversion).toMatchObject({ type: 'refund', amountMinor: 500, parentConversionId: rebillId });
  });

  it('subscription_cancelled is a cancel that moves no money', async () => {
    const res = await deliver('subscription_cancelled', {
      type: 'subscriptions',
      id: '7',
      attributes: {
        store_id: 1,
        customer_id: customer,
        order_id: Number(orderId),
        status: 'cancelled',
        cancelled: true,
        user_email: 'johndoe@example.com',
        ends_at: '2024-07-01T00:00:00.000000Z',
        updated_at: '2024-06-15T12:00:00.000000Z',
      },
    });
    expectStatus(res, 201);
    expect(res.body.conversion).toMatchObject({ type: 'cancel', amountMinor: 0 });
  });

  it('ignores an order that is not paid', async () => {
    const res = await deliver('order_created', order({ id: newId(), customer, total: 2900, status: 'pending' }));
    expectStatus(res, 200);
    expect(res.body).toEqual({ ignored: true, reason: expect.stringContaining('pending') });
  });
});

describe('Lemon Squeezy out of order and signatures', () => {
  it('a refund before its order waits, then reverses that order once it lands', async () => {
    const click = await insertClick(db, acme, { at: new Date(Date.now() - HOUR) });
    const id = newId();
    const customer = Number(newId());
    const refund = await deliver('order_refunded', order({ id, customer, total: 4000, refunded: 4000 }));
    expectStatus(refund, 201);
    expect(refund.body.attributionTrace).toMatchObject([{ outcome: 'waiting_for_sale' }]);
    const sale = await deliver('order_created', order({ id, customer, total: 4000 }), { aff_click_id: click.id });
    expectStatus(sale, 201);
    expect(await sweepWaitingRefunds({ ctx: serviceCtx(db), input: { limit: 100 } })).toMatchObject({ settled: 1 });
    const [row] = await db.select().from(s.conversions).where(eq(s.conversions.id, refund.body.conversion.id));
    expect(row!.parentConversionId).toBe(sale.body.conversion.id);
  });

  it('refuses a changed body, a missing signature and another app’s secret with 400', async () => {
    const event = await lemonSqueezyDelivery(
      webhookId,
      'order_created',
      order({ id: newId(), customer: 1, total: 100 }),
    );
    expectStatus(await send(event, { body: event.body.replace('"total":100', '"total":100000') }), 400);
    expectStatus(await send(event, { headers: { 'x-signature': null } }), 400);
    // Another advertiser's webhook, its own secret: its signature does not open acme's endpoint.
    const foreign = await lemonSqueezyWebhook(other.app.id, 'other-secret-123456', EVENTS);
    await setBillingSecret(other, 'lemon_squeezy', 'other-secret-123456');
    const theirs = await lemonSqueezyDelivery(
      foreign,
      'order_created',
      order({ id: newId(), customer: 1, total: 100 }),
    );
    const res = await send({ ...theirs, url: `https://api.test${endpointPath('lemon-squeezy', acme.app.id)}` });
    expectStatus(res, 400);
    expect(res.body.error.code).toBe('invalid_signature');
    expectStatus(await send(theirs), 201);
  });

  it('records yen as sent: total 1200 is ¥1,200', async () => {
    const jp = await createAdvertiser(db, { program: { currency: 'JPY' } });
    const hook = await lemonSqueezyWebhook(jp.app.id, SECRET, EVENTS);
    await setBillingSecret(jp, 'lemon_squeezy', SECRET);
    const click = await insertClick(db, jp, { at: new Date(Date.now() - HOUR) });
    const res = await send(
      await lemonSqueezyDelivery(
        hook,
        'order_created',
        order({ id: newId(), customer: 5, total: 1200, currency: 'JPY' }),
        {
          aff_click_id: click.id,
        },
      ),
    );
    expectStatus(res, 201);
    expect(res.body.conversion).toMatchObject({ amountMinor: 1200, currency: 'JPY' });
    expect(res.body.commissions[0]).toMatchObject({ amountMinor: 360, currency: 'JPY' });
  });
});
