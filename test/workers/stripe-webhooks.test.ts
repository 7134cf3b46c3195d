import { and, eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { decryptSecret } from '../../workers/services/encryption';
import { env } from 'cloudflare:workers';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, nextEventId } from '../conversions';
import { nowSeconds, sendRaw } from '../inbound';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

// Headers come from Stripe's own library, so our verifier is tested against the real scheme. In
// workerd its crypto is async-only, hence the Async variant of generateTestHeaderString.
const stripe = new Stripe('sk_test_unused');
const SECRET = 'whsec_test_acme_0123456789abcdefghijklmnop';
const HOUR = 3_600_000;

const settings = (a: Advertiser, appId = a.app.id) => `/orgs/${a.org.id}/apps/${appId}/stripe`;
const endpoint = (appId: string) => `/api/v1/stripe/${appId}/webhooks`;

function stripeEvent(type: string, object: Record<string, unknown>, previous?: Record<string, unknown>) {
  return {
    id: nextEventId('evt'),
    object: 'event',
    api_version: '2025-03-31.basil',
    created: nowSeconds(),
    livemode: false,
    pending_webhooks: 1,
    type,
    data: { object, ...(previous ? { previous_attributes: previous } : {}) },
  };
}

async function deliver(
  appId: string,
  event: unknown,
  opts: { secret?: string; timestamp?: number; header?: string | null; raw?: string } = {},
) {
  const payload = opts.raw ?? JSON.stringify(event, null, 2);
  const header =
    opts.header === undefined
      ? await stripe.webhooks.generateTestHeaderStringAsync({
          payload,
          secret: opts.secret ?? SECRET,
          ...(opts.timestamp ? { timestamp: opts.timestamp } : {}),
        })
      : opts.header;
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
  };
  if (header !== null) headers['stripe-signature'] = header;
  return sendRaw(endpoint(appId), { body: payload, headers });
}

beforeAll(async () => {
  expectStatus(await call(acme.admin, 'PUT', settings(acme), { webhookSecret: SECRET }), 200);
});

describe('Stripe webhook settings', () => {
  it('shows whether a secret is set and the endpoint URL, never the secret', async () => {
    const res = await call(other.finance, 'GET', settings(other));
    expectStatus(res, 200);
    expect(res.body).toEqual({
      appId: other.app.id,
      configured: false,
      endpointUrl: `${env.APP_BASE_URL.replace(/\/$/, '')}/api/v1/stripe/${other.app.id}/webhooks`,
      // Nothing delivered yet (stripe-integration-status.test.ts covers the rest).
      apiVersion: null,
      lastEventAt: null,
      eventTypes: expect.any(Array),
      missingEventTypes: expect.arrayContaining(['invoice.paid', 'invoice_payment.paid', 'charge.refunded']),
      invoicePaymentEventMissing: false,
      waitingRefunds: 0,
    });
    const set = await call(acme.finance, 'GET', settings(acme));
    expect(set.body.configured).toBe(true);
    expect(JSON.stringify(set.body)).not.toContain('whsec_');
  });

  it('stores the secret encrypted and audits the change without it', async () => {
    const [app] = await db.select().from(s.apps).where(eq(s.apps.id, acme.app.id));
    expect(app!.stripeWebhookSecretEncrypted).toMatch(/^v1\./);
    expect(app!.stripeWebhookSecretEncrypted).not.toContain('whsec_');
    expect(await decryptSecret(app!.stripeWebhookSecretEncrypted!, env.DATA_ENCRYPTION_KEY)).toBe(SECRET);
    const [audit] = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, acme.app.id), eq(s.auditLog.action, 'app.stripe_webhook_set')));
    expect(audit).toMatchObject({
      actorId: acme.admin.userId,
      organizationId: acme.org.id,
      after: { configured: true },
    });
    expect(JSON.stringify(audit)).not.toContain('whsec_');
  });

  it.each([
    {
      label: 'a Stripe API key instead of the endpoint secret',
      body: { webhookSecret: 'sk_test_0123456789abcdefghij' },
    },
    { label: 'no secret', body: {} },
    { label: 'an unknown field', body: { webhookSecret: SECRET, events: ['*'] } },
  ])('refuses $label with validation_failed', async ({ body }) => {
    expectStatus(await call(acme.owner, 'PUT', settings(acme), body), 400, 'validation_failed');
  });

  it('is owner/admin only for writes, and another tenant’s app is not_found', async () => {
    expectStatus(await call(acme.finance, 'PUT', settings(acme), { webhookSecret: SECRET }), 403, 'forbidden');
    expectStatus(await call(acme.finance, 'DELETE', settings(acme)), 403, 'forbidden');
    expectStatus(
      await call(acme.owner, 'PUT', settings(acme, other.app.id), { webhookSecret: SECRET }),
      404,
      'not_found',
    );
  });

  it('turns webhooks off with DELETE: the endpoint then answers 404', async () => {
    const [app] = await db
      .insert(s.apps)
      .values({
        organizationId: acme.org.id,
        name: 'Short-lived',
        siteUrl: 'https://short.example/',
        allowedDomains: ['short.example'],
      })
      .returning();
    expectStatus(await call(acme.owner, 'PUT', settings(acme, app!.id), { webhookSecret: SECRET }), 200);
    expectStatus(await deliver(app!.id, stripeEvent('customer.created', { id: 'cus_1' })), 200);
    expectStatus(await call(acme.owner, 'DELETE', settings(acme, app!.id)), 204);
    expect((await call(acme.owner, 'GET', settings(acme, app!.id))).body.configured).toBe(false);
    expectStatus(await deliver(app!.id, stripeEvent('customer.created', { id: 'cus_1' })), 404, 'not_found');
    const actions = (await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, app!.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['app.stripe_webhook_set', 'app.stripe_webhook_removed']));
  });
});

describe('Stripe webhooks: the subscription lifecycle, signed by the official library', () => {
  const customer = `cus_${Date.now().toString(36)}`;
  let clickId: string;
  let saleId: string;

  beforeAll(async () => {
    clickId = (await insertClick(db, acme, { at: new Date(Date.now() - HOUR) })).id;
  });

  it('checkout.session.completed with a trial (amount 0) records a lead that binds the customer to the click', async () => {
    const res = await deliver(
      acme.app.id,
      stripeEvent('checkout.session.completed', {
        id: 'cs_test_trial',
        object: 'checkout.session',
        mode: 'subscription',
        client_reference_id: clickId,
        amount_total: 0,
        currency: 'usd',
        customer,
        customer_details: { email: 'trial@example.com' },
        payment_intent: null,
        invoice: null,
        payment_status: 'no_payment_required',
        metadata: {},
      }),
    );
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      conversion: { type: 'lead', source: 'stripe' },
      attribution: { method: 'click_id', clickId },
    });
  });

  it('invoice.paid for the subscription’s first invoice records the sale, attributed through the customer', async () => {
    const res = await deliver(
      acme.app.id,
      stripeEvent('invoice.paid', {
        id: 'in_first',
        object: 'invoice',
        amount_paid: 2900,
        currency: 'usd',
        customer,
        customer_email: 'trial@example.com',
        billing_reason: 'subscription_create',
        metadata: {},
      }),
    );
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      conversion: { type: 'sale', amountMinor: 2900, currency: 'USD' },
      attribution: { affiliateId: acme.affiliate.id },
    });
    expect(res.body.commissions[0]).toMatchObject({ level: 0, amountMinor: 870 });
    saleId = res.body.conversion.id;
  });

  it('invoice.paid for a renewal records a rebill', async () => {
    const res = await deliver(
      acme.app.id,
      stripeEvent('invoice.paid', {
        id: 'in_second',
        object: 'invoice',
        amount_paid: 2900,
        currency: 'usd',
        customer,
        billing_reason: 'subscription_cycle',
        metadata: {},
      }),
    );
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      conversion: { type: 'rebill', amountMinor: 2900 },
      attribution: { affiliateId: acme.affiliate.id },
    });
  });

  it('charge.refunded records a refund of only this refund’s amount', async () => {
    const res = await deliver(
      acme.app.id,
      stripeEvent(
        'charge.refunded',
        {
          id: 'ch_1',
          object: 'charge',
          amount: 2900,
          amount_refunded: 1500,
          currency: 'usd',
          customer,
          payment_intent: null,
          invoice: 'in_first',
          metadata: {},
        },
        { amount_refunded: 500 },
      ),
    );
    expectStatus(res, 201);
    expect(res.body.conversion).toMatchObject({ type: 'refund', amountMinor: 1000, currency: 'USD' });
    expect(res.body.conversion.parentConversionId).toBe(saleId);
  });

  it('customer.subscription.deleted records a cancellation for the customer', async () => {
    const res = await deliver(
      acme.app.id,
      stripeEvent('customer.subscription.deleted', {
        id: 'sub_1',
        object: 'subscription',
        customer,
        status: 'canceled',
        metadata: {},
      }),
    );
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ conversion: { type: 'cancel' }, attribution: { affiliateId: acme.affiliate.id } });
  });

  it('a paid one-off checkout records a sale with the click from client_reference_id', async () => {
    const click = await insertClick(db, acme, { at: new Date(Date.now() - HOUR) });
    const res = await deliver(
      acme.app.id,
      stripeEvent('checkout.session.completed', {
        id: 'cs_test_paid',
        object: 'checkout.session',
        mode: 'payment',
        client_reference_id: click.id,
        amount_total: 4900,
        currency: 'eur',
        customer: null,
        customer_details: { email: 'buyer@example.com' },
        payment_intent: 'pi_paid',
        invoice: null,
        payment_status: 'paid',
        metadata: {},
      }),
    );
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      conversion: { type: 'sale', amountMinor: 4900, currency: 'EUR' },
      attribution: { method: 'click_id', clickId: click.id },
    });
    const [row] = await db.select().from(s.conversions).where(eq(s.conversions.id, res.body.conversion.id));
    expect(row).toMatchObject({ orderId: 'pi_paid', source: 'stripe' });
  });
});

describe('Stripe webhooks: delivery semantics', () => {
  it('answers a redelivered event with 200 and the stored result, and 20 concurrent copies make one conversion', async () => {
    const event = stripeEvent('invoice.paid', {
      id: 'in_race',
      object: 'invoice',
      amount_paid: 1000,
      currency: 'usd',
      customer: 'cus_race',
      billing_reason: 'subscription_cycle',
      metadata: {},
    });
    const answers = await Promise.all(Array.from({ length: 20 }, () => deliver(acme.app.id, event)));
    expect(answers.map((a) => a.status).sort()).toEqual([...Array<number>(19).fill(200), 201]);
    expect(new Set(answers.map((a) => a.body.conversion.id)).size).toBe(1);
    expect(await db.select().from(s.conversions).where(eq(s.conversions.eventId, event.id))).toHaveLength(1);
    const again = await deliver(acme.app.id, event);
    expectStatus(again, 200);
    expect(again.body.duplicate).toBe(true);
  });

  it.each(['customer.created', 'payment_intent.succeeded', 'invoice.finalized'])(
    'answers %s with 200 {ignored: true} and records nothing',
    async (type) => {
      const event = stripeEvent(type, { id: 'obj_1' });
      const res = await deliver(acme.app.id, event);
      expectStatus(res, 200);
      expect(res.body).toMatchObject({ ignored: true });
      expect(await db.select().from(s.conversions).where(eq(s.conversions.eventId, event.id))).toHaveLength(0);
    },
  );

  it('ignores an invoice.paid with nothing paid', async () => {
    const res = await deliver(
      acme.app.id,
      stripeEvent('invoice.paid', {
        id: 'in_zero',
        object: 'invoice',
        amount_paid: 0,
        currency: 'usd',
        customer: 'cus_z',
        billing_reason: 'subscription_create',
      }),
    );
    expectStatus(res, 200);
    expect(res.body.ignored).toBe(true);
  });

  it.each([
    { label: 'another endpoint’s secret', opts: { secret: 'whsec_someone_else_0123456789abcdef' } },
    { label: 'no Stripe-Signature', opts: { header: null } },
    { label: 'a malformed Stripe-Signature', opts: { header: 'v1=abc' } },
    { label: 'a replayed delivery (10 minutes old)', opts: { timestamp: Math.floor(Date.now() / 1000) - 600 } },
  ])('answers 400 invalid_signature (Stripe’s convention) to $label', async ({ opts }) => {
    const event = stripeEvent('invoice.paid', {
      id: 'in_bad',
      object: 'invoice',
      amount_paid: 100,
      currency: 'usd',
      billing_reason: 'subscription_cycle',
    });
    expectStatus(await deliver(acme.app.id, event, opts), 400, 'invalid_signature');
    expect(await db.select().from(s.conversions).where(eq(s.conversions.eventId, event.id))).toHaveLength(0);
  });

  it('answers 400 invalid_signature to a payload changed after signing', async () => {
    const event = stripeEvent('invoice.paid', {
      id: 'in_t',
      object: 'invoice',
      amount_paid: 100,
      currency: 'usd',
      billing_reason: 'subscription_cycle',
    });
    const header = await stripe.webhooks.generateTestHeaderStringAsync({
      payload: JSON.stringify(event),
      secret: SECRET,
    });
    const tampered = JSON.stringify({ ...event, data: { object: { ...event.data.object, amount_paid: 100_000 } } });
    expectStatus(await deliver(acme.app.id, null, { raw: tampered, header }), 400, 'invalid_signature');
  });

  it('answers 404 for an unknown app and for an app without Stripe configured, 400 for an id that is none', async () => {
    expectStatus(
      await deliver('01963a4e-8f2b-7c3d-9e4f-0a1b2c3d4e5f', stripeEvent('customer.created', { id: 'c' })),
      404,
      'not_found',
    );
    expectStatus(await deliver(other.app.id, stripeEvent('customer.created', { id: 'c' })), 404, 'not_found');
    expectStatus(await deliver('not-an-id', stripeEvent('customer.created', { id: 'c' })), 400, 'validation_failed');
  });

  it.each([
    { label: 'broken JSON', raw: '{"id":"evt_', code: 'invalid_json' },
    { label: 'no event envelope', raw: '{"hello":"world"}', code: 'validation_failed' },
    {
      label: 'an invoice.paid without amount_paid',
      raw: JSON.stringify({
        id: 'evt_x',
        type: 'invoice.paid',
        created: 1,
        data: { object: { id: 'in_1', currency: 'usd' } },
      }),
      code: 'validation_failed',
    },
    {
      label: 'an unknown currency',
      raw: JSON.stringify({
        id: 'evt_y',
        type: 'invoice.paid',
        created: 1,
        data: { object: { id: 'in_1', amount_paid: 5, currency: 'zzz' } },
      }),
      code: 'validation_failed',
    },
  ])('answers 400 $code to a signed body with $label', async ({ raw, code }) => {
    expectStatus(await deliver(acme.app.id, null, { raw }), 400, code);
  });

  it('accepts a large Stripe object (up to 512 KiB) and answers 413 beyond', async () => {
    const large = JSON.stringify(stripeEvent('customer.created', { id: 'c', blob: 'x'.repeat(200_000) }));
    expect((await deliver(acme.app.id, null, { raw: large })).status).not.toBe(413);
    const raw = JSON.stringify(stripeEvent('customer.created', { id: 'c', blob: 'x'.repeat(600_000) }));
    expectStatus(await deliver(acme.app.id, null, { raw }), 413, 'payload_too_large');
  });
});
