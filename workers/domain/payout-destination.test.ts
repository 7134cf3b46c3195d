import { describe, expect, test } from 'vitest';
import { paypalDestination, stripeDestination } from './payout-destination';

const stripeReady = { stripeConfigured: true, stripeAccountId: 'acct_1', stripePayoutsEnabled: true };
const none = { receiverEmail: null, stripeAccountId: null, destinationRef: null };

describe('payout destination', () => {
  test('PayPal: the verified email', () =>
    expect(paypalDestination('a@example.com')).toEqual({
      ok: true,
      destination: { ...none, receiverEmail: 'a@example.com' },
    }));
  test('PayPal without a verified email: held', () =>
    expect(paypalDestination(null)).toEqual({ ok: false, hold: 'paypal_email_unverified' }));
  test.each([
    {
      name: 'Stripe ready',
      facts: stripeReady,
      out: { ok: true, destination: { ...none, stripeAccountId: 'acct_1' } },
    },
    {
      name: 'Stripe not onboarded',
      facts: { ...stripeReady, stripePayoutsEnabled: false },
      out: { ok: false, hold: 'stripe_onboarding_incomplete' },
    },
    {
      name: 'Stripe without an account',
      facts: { ...stripeReady, stripeAccountId: null },
      out: { ok: false, hold: 'stripe_onboarding_incomplete' },
    },
    {
      name: 'Stripe without an advertiser account',
      facts: { ...stripeReady, stripeConfigured: false },
      out: { ok: false, hold: 'stripe_not_configured' },
    },
  ])('$name', ({ facts, out }) => expect(stripeDestination(facts)).toEqual(out));
});
