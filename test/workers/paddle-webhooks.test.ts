// Payloads follow Paddle's published webhook examples: developer.paddle.com/webhooks/transactions/transaction-completed,
// /webhooks/adjustments/adjustment-created, /webhooks/adjustments/adjustment-updated and
// /webhooks/subscriptions/subscription-canceled (trimmed to the fields a real event always has around those we read);
// signatures come from the local Paddle server, which signs as /webhooks/about/signature-verification documents.
import { and, eq } from 'drizzle-orm';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { sweepWaitingRefunds } from '../../workers/services/conversions';
import { decryptSecret } from '../../workers/services/encryption';
import { type Advertiser, createAdvertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import {
  endpointPath,
  paddleDestination,
  paddleNotification,
  rotatePaddleSecret,
  send,
  setBillingSecret,
} from '../billing-providers';
import { insertClick, serviceCtx } from '../conversions';
import { nowSeconds } from '../inbound';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const HOUR = 3_600_000;
const EVENTS = ['transaction.completed', 'adjustment.created', 'adjustment.updated', 'subscription.canceled'];
let destination: { id: string; secret: string };

const uid = () => crypto.randomUUID().replaceAll('-', '').slice(0, 24);

function transaction(o: {
  id: string;
  customer: string;
  origin: string;
  total: string;
  currency?: string;
  subscription?: string | null;
  customData?: Record<string, unknown> | null;
}) {
  const currency = o.currency ?? 'USD';
  return {
    id: o.id,
    status: 'completed',
    customer_id: o.customer,
    address_id: 'add_01hv8gwdfkw5z6d1yy6pa3xyrz',
    business_id: null,
    custom_data: o.customData ?? null,
    origin: o.origin,
    collection_mode: 'automatic',
    subscription_id: o.subscription ?? null,
    invoice_id: 'inv_01hv8x29nsh54c2pgt0hnq0zkx',
    invoice_number: '325-10566',
    billing_details: null,
    billing_period: null,
    currency_code: currency,
    discount_id: null,
    created_at: '2024-04-12T10:12:33.2014Z',
    updated_at: '2024-04-12T10:18:49.738971Z',
    billed_at: '2024-04-12T10:18:48.294633Z',
    items: [{ price: { id: 'pri_01gsz8x8sawmvhz1pv30nge1ke', name: 'Monthly (per seat)' }, quantity: 1 }],
    details: {
      tax_rates_used: [],
      totals: {
        subtotal: o.total,
        tax: '0',
        discount: '0',
        total: o.total,
        grand_total: o.total,
        fee: null,
        credit: '0',
        credit_to_balance: '0',
        balance: '0',
        earnings: null,
        currency_code: currency,
      },
      line_items: [],
    },
    payments: [{ payment_attempt_id: '8f72cfa6-26b4-4a57-91dc-8f2708f7822d', status: 'captured' }],
    checkout: { url: `https://app.example/pay?_ptxn=${o.id}` },
  };
}

function adjustment(o: {
  id: string;
  txn: string;
  customer: string;
  action: string;
  status: string;
  total: string;
  type?: 'full' | 'partial';
  currency?: string;
}) {
  const currency = o.currency ?? 'USD';
  return {
    id: o.id,
    action: o.action,
    type: o.type ?? 'partial',
    transaction_id: o.txn,
    subscription_id: null,
    customer_id: o.customer,
    reason: 'error',
    credit_applied_to_balance: null,
    currency_code: currency,
    status: o.status,
    items: [
      {
        id: 'adjitm_01hvgd2mzrb3h9ty3v1fs4w6jm',
        item_id: 'txnitm_01hv8x27ng4t0ydv1k5ta7zzcn',
        type: o.type ?? 'partial',
        amount: o.total,
      },
    ],
    totals: { subtotal: o.total, tax: '0', total: o.total, fee: '0', earnings: '0', currency_code: currency },
    payout_totals: null,
    created_at: '2024-04-15T08:47:31.140788Z',
    updated_at: '2024-04-15T08:47:31.140788Z',
  };
}

const deliver = async (type: string, data: unknown, opts: Parameters<typeof paddleNotification>[3] = {}) =>
  send(await paddleNotification(destination.id, type, data, opts));

beforeAll(async () => {
  destination = await paddleDestination(acme.app.id, EVENTS);
  await setBillingSecret(acme, 'paddle', destination.secret);
});

describe('Paddle settings', () => {
  it('shows the endpoint URL, the events to subscribe and whether a secret is set, never the secret', async () => {
    const res = await call(other.finance, 'GET', `/orgs/${other.org.id}/apps/${other.app.id}/billing-webhooks`);
    expectStatus(res, 200);
    expect(res.body.items.find((i: { provider: string }) => i.provider === 'paddle')).toEqual({
      provider: 'paddle',
      configured: false,
      endpointUrl: `${env.APP_BASE_URL.replace(/\/$/, '')}/api/v1/paddle/${other.app.id}/webhooks`,
      eventTypes: EVENTS,
      lastEventAt: null,
      lastEventType: null,
      eventsReceived: 0,
    });
    const mine = await call(acme.finance, 'GET', `/orgs/${acme.org.id}/apps/${acme.app.id}/billing-webhooks`);
    expect(mine.body.items.find((i: { provider: string }) => i.provider === 'paddle').configured).toBe(true);
    expect(JSON.stringify(mine.body)).not.toContain('pdl_ntfset_');
  });

  it('stores the secret encrypted and audits the change without it', async () => {
    const [row] = await db
      .select()
      .from(s.billingWebhooks)
      .where(and(eq(s.billingWebhooks.appId, acme.app.id), eq(s.billingWebhooks.provider, 'paddle')));
    expect(row!.secretEncrypted).not.toContain('pdl_ntfset_');
    expect(await decryptSecret(row!.secretEncrypted, env.DATA_ENCRYPTION_KEY)).toBe(destination.secret);
    const [audit] = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, acme.app.id), eq(s.auditLog.action, 'app.billing_webhook_set')));
    expect(audit).toMatchObject({ actorId: acme.admin.userId, after: { provider: 'paddle', configured: true } });
    expect(JSON.stringify(audit)).not.toContain('pdl_ntfset_');
  });

  it('refuses what is not a Paddle secret key, a finance member, and another advertiser’s app', async () => {
    const path = `/orgs/${acme.org.id}/apps/${acme.app.id}/billing-webhooks/paddle`;
    const bad = await call(acme.admin, 'PUT', path, { secret: 'whsec_0123456789abcdefghij' });
    expectStatus(bad, 400);
    expect(bad.body.error.code).toBe('validation_failed');
    expectStatus(await call(acme.finance, 'PUT', path, { secret: destination.secret }), 403);
    const foreign = `/orgs/${other.org.id}/apps/${acme.app.id}/billing-webhooks/paddle`;
    expectStatus(await call(other.admin, 'PUT', foreign, { secret: destination.secret }), 404);
    expectStatus(await call(acme.admin, 'PUT', `${path.replace('/paddle', '/braintree')}`, { secret: 'x' }), 400);
  });
});

describe('Paddle events', () => {
  const customer = `ctm_${uid()}`;
  const first = `txn_${uid()}`;
  let clickId: string;
  let saleId: string;

  beforeAll(async () => {
    clickId = (await insertClick(db, acme, { at: new Date(Date.now() - HOUR) })).id;
  });

  it('a completed checkout transaction is the sale, attributed by the click id in custom_data', async () => {
    const res = await deliver(
      'transaction.completed',
      transaction({
        id: first,
        customer,
        origin: 'web',
        total: '2900',
        subscription: 'sub_1',
        customData: { aff_click_id: clickId },
      }),
    );
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      conversion: { type: 'sale', source: 'paddle', amountMinor: 2900, currency: 'USD' },
      attribution: { method: 'click_id', clickId, affiliateId: acme.affiliate.id },
    });
    expect(res.body.commissions[0]).toMatchObject({ level: 0, amountMinor: 870 });
    saleId = res.body.conversion.id;
  });

  it('the same notification again records nothing and answers the stored result', async () => {
    const data = transaction({
      id: `txn_${uid()}`,
      customer,
      origin: 'subscription_recurring',
      total: '2900',
      subscription: 'sub_1',
    });
    // Paddle signs every attempt anew (a fresh timestamp), so a retry is the same event under a new signature:
    // resending the first signature could fall outside the 5 s tolerance on a slow machine.
    const opts = { eventId: `evt_${uid()}`, occurredAt: new Date().toISOString() };
    expectStatus(await send(await paddleNotification(destination.id, 'transaction.completed', data, opts)), 201);
    const again = await send(await paddleNotification(destination.id, 'transaction.completed', data, opts));
    expectStatus(again, 200);
    expect(again.body.duplicate).toBe(true);
  });

  it('a renewal transaction is a rebill credited through the customer', async () => {
    const res = await deliver(
      'transaction.completed',
      transaction({
        id: `txn_${uid()}`,
        customer,
        origin: 'subscription_recurring',
        total: '2900',
        subscription: 'sub_1',
      }),
    );
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      conversion: { type: 'rebill', amountMinor: 2900 },
      attribution: { affiliateId: acme.affiliate.id },
    });
  });

  it('a refund counts once approved, and reverses exactly its transaction, in part', async () => {
    const adj = `adj_${uid()}`;
    const pending = await deliver(
      'adjustment.created',
      adjustment({ id: adj, txn: first, customer, action: 'refund', status: 'pending_approval', total: '1000' }),
    );
    expectStatus(pending, 200);
    expect(pending.body).toEqual({ ignored: true, reason: expect.stringContaining('pending_approval') });
    const approved = await deliver(
      'adjustment.updated',
      adjustment({ id: adj, txn: first, customer, action: 'refund', status: 'approved', total: '1000' }),
    );
    expectStatus(approved, 201);
    expect(approved.body.conversion).toMatchObject({ type: 'refund', amountMinor: 1000 });
    expect(approved.body.conversion.parentConversionId).toBe(saleId);
    // Another event of the same adjustment records nothing: the key is the adjustment.
    const repeat = await deliver(
      'adjustment.updated',
      adjustment({ id: adj, txn: first, customer, action: 'refund', status: 'approved', total: '1000' }),
    );
    expectStatus(repeat, 200);
    expect(repeat.body.duplicate).toBe(true);
  });

  it('a chargeback is a lost dispute of its transaction; a warning opens it', async () => {
    const txn = `txn_${uid()}`;
    const sale = await deliver(
      'transaction.completed',
      transaction({ id: txn, customer, origin: 'subscription_recurring', total: '5000', subscription: 'sub_1' }),
    );
    expectStatus(sale, 201);
    const warning = await deliver(
      'adjustment.created',
      adjustment({
        id: `adj_${uid()}`,
        txn,
        customer,
        action: 'chargeback_warning',
        status: 'approved',
        total: '5000',
        type: 'full',
      }),
    );
    expectStatus(warning, 200);
    expect(warning.body.dispute).toMatchObject({ status: 'open', conversionId: sale.body.conversion.id });
    const lost = await deliver(
      'adjustment.created',
      adjustment({
        id: `adj_${uid()}`,
        txn,
        customer,
        action: 'chargeback',
        status: 'approved',
        total: '5000',
        type: 'full',
      }),
    );
    expectStatus(lost, 200);
    expect(lost.body.dispute).toMatchObject({ status: 'lost', amountMinor: 5000 });
    expect(lost.body.refund.conversion).toMatchObject({ type: 'refund', source: 'paddle', amountMinor: 5000 });
  });

  it('subscription.canceled is a cancel that moves no money', async () => {
    const res = await deliver('subscription.canceled', {
      id: 'sub_1',
      status: 'canceled',
      customer_id: customer,
      custom_data: null,
      canceled_at: '2024-04-20T10:00:00Z',
      items: [],
    });
    expectStatus(res, 201);
    expect(res.body.conversion).toMatchObject({ type: 'cancel', amountMinor: 0 });
  });

  it('shows that events arrive', async () => {
    const res = await call(acme.finance, 'GET', `/orgs/${acme.org.id}/apps/${acme.app.id}/billing-webhooks`);
    const paddle = res.body.items.find((i: { provider: string }) => i.provider === 'paddle');
    expect(paddle.eventsReceived).toBeGreaterThanOrEqual(8);
    expect(paddle.lastEventType).toBe('subscription.canceled');
    expect(Date.now() - Date.parse(paddle.lastEventAt)).toBeLessThan(60_000);
  });
});

describe('Paddle out of order', () => {
  it('a refund that arrives before its transaction waits, then reverses exactly that sale', async () => {
    const click = await insertClick(db, acme, { at: new Date(Date.now() - HOUR) });
    const customer = `ctm_${uid()}`;
    const txn = `txn_${uid()}`;
    const refund = await deliver(
      'adjustment.updated',
      adjustment({
        id: `adj_${uid()}`,
        txn,
        customer,
        action: 'refund',
        status: 'approved',
        total: '2900',
        type: 'full',
      }),
    );
    expectStatus(refund, 201);
    expect(refund.body.attributionTrace).toMatchObject([{ outcome: 'waiting_for_sale' }]);
    const sale = await deliver(
      'transaction.completed',
      transaction({ id: txn, customer, origin: 'web', total: '2900', customData: { aff_click_id: click.id } }),
    );
    expectStatus(sale, 201);
    expect(sale.body.attribution.affiliateId).toBe(acme.affiliate.id);
    expect(await sweepWaitingRefunds({ ctx: serviceCtx(db), input: { limit: 100 } })).toMatchObject({ settled: 1 });
    const [row] = await db.select().from(s.conversions).where(eq(s.conversions.id, refund.body.conversion.id));
    expect(row!.parentConversionId).toBe(sale.body.conversion.id);
    const lines = await db.select().from(s.commissions).where(eq(s.commissions.conversionId, sale.body.conversion.id));
    expect(lines.map((l) => l.status)).toEqual(['reversed']);
  });
});

describe('Paddle signatures', () => {
  const txn = () => transaction({ id: `txn_${uid()}`, customer: `ctm_${uid()}`, origin: 'web', total: '100' });

  it('refuses a body changed after signing, a missing header and a foreign key with 400 invalid_signature', async () => {
    const event = await paddleNotification(destination.id, 'transaction.completed', txn());
    const changed = await send(event, { body: event.body.replace('"100"', '"99999"') });
    expectStatus(changed, 400);
    expect(changed.body.error.code).toBe('invalid_signature');
    expectStatus(await send(event, { headers: { 'paddle-signature': null } }), 400);
    const elsewhere = await paddleDestination(acme.app.id, EVENTS);
    expectStatus(await send(await paddleNotification(elsewhere.id, 'transaction.completed', txn())), 400);
  });

  it('refuses a replay: a signature older than the 5 second tolerance', async () => {
    const old = await paddleNotification(destination.id, 'transaction.completed', txn(), { ts: nowSeconds() - 30 });
    const res = await send(old);
    expectStatus(res, 400);
    expect(res.body.error.message).toContain('tolerance');
  });

  it('accepts both keys while a secret is rotated (one h1 per key)', async () => {
    const rotating = await paddleDestination(other.app.id, EVENTS);
    await setBillingSecret(other, 'paddle', rotating.secret);
    const fresh = await rotatePaddleSecret(rotating.id);
    const event = await paddleNotification(rotating.id, 'transaction.completed', txn());
    expect(event.headers['paddle-signature']!.match(/h1=/g)).toHaveLength(2);
    expectStatus(await send(event), 201);
    await setBillingSecret(other, 'paddle', fresh);
    expectStatus(await send(await paddleNotification(rotating.id, 'transaction.completed', txn())), 201);
  });

  it('answers 404 for an app without Paddle and never records into another advertiser’s app', async () => {
    const third = await createAdvertiser(db);
    const event = await paddleNotification(destination.id, 'transaction.completed', txn());
    const res = await send({ ...event, url: `https://api.test${endpointPath('paddle', third.app.id)}` });
    expectStatus(res, 404);
    const [count] = await db.select().from(s.conversions).where(eq(s.conversions.appId, third.app.id));
    expect(count).toBeUndefined();
  });
});

describe('Paddle zero-decimal currency', () => {
  it('records yen as Paddle sends them: "1200" is ¥1,200', async () => {
    const jp = await createAdvertiser(db, { program: { currency: 'JPY' } });
    const dest = await paddleDestination(jp.app.id, EVENTS);
    await setBillingSecret(jp, 'paddle', dest.secret);
    const click = await insertClick(db, jp, { at: new Date(Date.now() - HOUR) });
    const res = await send(
      await paddleNotification(
        dest.id,
        'transaction.completed',
        transaction({
          id: `txn_${uid()}`,
          customer: `ctm_${uid()}`,
          origin: 'web',
          total: '1200',
          currency: 'JPY',
          customData: { aff_click_id: click.id },
        }),
      ),
    );
    expectStatus(res, 201);
    expect(res.body.conversion).toMatchObject({ amountMinor: 1200, currency: 'JPY' });
    expect(res.body.commissions[0]).toMatchObject({ amountMinor: 360, currency: 'JPY' });
  });
});
