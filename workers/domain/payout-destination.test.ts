import { describe, expect, test } from 'vitest';
import { payoutDestination } from './payout-destination';

const stripeReady = { rail: 'stripe' as const, stripeAccountId: 'acct_1', stripePayoutsEnabled: true };

describe('payout destination', () => {
  test.each([
    {
      name: 'no method: PayPal with the verified email',
      facts: { currency: 'USD', method: null, paypalEmail: 'a@example.com', stripeConfigured: false },
      out: { ok: true, destination: { rail: 'paypal', receiverEmail: 'a@example.com', stripeAccountId: null } },
    },
    {
      name: 'no verified email: held',
      facts: { currency: 'USD', method: null, paypalEmail: null, stripeConfigured: true },
      out: { ok: false, hold: 'paypal_email_unverified' },
    },
    {
      name: 'Stripe ready',
      facts: { currency: 'EUR', method: stripeReady, paypalEmail: null, stripeConfigured: true },
      out: { ok: true, destination: { rail: 'stripe', receiverEmail: null, stripeAccountId: 'acct_1' } },
    },
    {
      name: 'Stripe not onboarded',
      facts: {
        currency: 'EUR',
        method: { ...stripeReady, stripePayoutsEnabled: false },
        paypalEmail: 'a@example.com',
        stripeConfigured: true,
      },
      out: { ok: false, hold: 'stripe_onboarding_incomplete' },
    },
    {
      name: 'Stripe without an advertiser account',
      facts: { currency: 'EUR', method: stripeReady, paypalEmail: null, stripeConfigured: false },
      out: { ok: false, hold: 'stripe_not_configured' },
    },
    {
      name: 'a currency Stripe cannot pay',
      facts: { currency: 'BRL', method: stripeReady, paypalEmail: null, stripeConfigured: true },
      out: { ok: false, hold: 'rail_currency_unsupported' },
    },
  ] as const)('$name', ({ facts, out }) => expect(payoutDestination(facts)).toEqual(out));
});
