import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { STRIPE_WEBHOOK_SECRET_PATTERN, verifyStripeSignature } from './stripe-signature';

// Headers made by Stripe's own library (no network: the client is only a signing helper here).
const stripe = new Stripe('sk_test_unused');
const secret = 'whsec_test_0123456789abcdefghijklmnopqrstuv';
const payload = JSON.stringify(
  { id: 'evt_1', object: 'event', type: 'invoice.paid', data: { object: { id: 'in_1' } } },
  null,
  2,
);
const bytes = new TextEncoder().encode(payload);
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('verifyStripeSignature against headers from the official stripe library', () => {
  it('accepts what Stripe signs', async () => {
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret });
    expect(await verifyStripeSignature(header, bytes, secret, nowSeconds())).toMatchObject({ ok: true });
  });

  it('accepts what our verifier accepts, and Stripe agrees (cross-check)', async () => {
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: nowSeconds() - 299 });
    expect(await verifyStripeSignature(header, bytes, secret, nowSeconds())).toMatchObject({ ok: true });
    expect(stripe.webhooks.constructEvent(payload, header, secret).id).toBe('evt_1');
  });

  it.each([
    { label: 'another endpoint secret', opts: { secret: 'whsec_other_0123456789abcdefghij' }, reason: 'mismatch' },
    {
      label: 'a timestamp 10 minutes old (replay)',
      opts: { timestamp: Math.floor(Date.now() / 1000) - 600 },
      reason: 'expired',
    },
    {
      label: 'a timestamp 10 minutes ahead',
      opts: { timestamp: Math.floor(Date.now() / 1000) + 600 },
      reason: 'expired',
    },
  ])('refuses $label', async ({ opts, reason }) => {
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret, ...opts });
    expect(await verifyStripeSignature(header, bytes, secret, nowSeconds())).toEqual({ ok: false, reason });
  });

  it('refuses a payload changed after signing (one re-serialised with other whitespace)', async () => {
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret });
    const reserialised = new TextEncoder().encode(JSON.stringify(JSON.parse(payload)));
    expect(await verifyStripeSignature(header, reserialised, secret, nowSeconds())).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });

  it.each(['whsec_test_0123456789abcdefghijklmnopqrstuv', 'whsec_Ab3+/=_-Ab3+/=_-Ab'])(
    'takes %s as an endpoint secret',
    (value) => {
      expect(STRIPE_WEBHOOK_SECRET_PATTERN.test(value)).toBe(true);
    },
  );

  it.each(['sk_test_123', 'whsec_', 'whsec_short', 'whsec_ has spaces in it 0123', ''])(
    'refuses %j as an endpoint secret',
    (value) => {
      expect(STRIPE_WEBHOOK_SECRET_PATTERN.test(value)).toBe(false);
    },
  );
});
