import { describe, expect, test } from 'vitest';
import {
  railFeeMinor,
  railPartPlan,
  BUILT_IN_RAIL_FEES,
  effectiveRailFees,
  railPaysCurrency,
  railRefusal,
  railsForCountry,
  stripeOnboarding,
  transferIdempotencyKey,
} from './payout-rails';

describe('payout rails', () => {
  // External payouts (the advertiser pays in its own system) serve every country; gift cards any well-formed
  // country here (Tremendous's catalog decides when the affiliate chooses).
  test.each([
    { country: 'US', rails: ['paypal', 'stripe', 'external', 'tremendous', 'wise'] },
    { country: 'DE', rails: ['paypal', 'stripe', 'external', 'tremendous', 'wise'] },
    { country: 'PK', rails: ['external', 'tremendous', 'wise'] },
    { country: 'BD', rails: ['external', 'tremendous', 'wise'] },
    { country: 'KE', rails: ['paypal', 'external', 'tremendous', 'wise'] },
    { country: 'AR', rails: ['paypal', 'external', 'tremendous', 'wise'] },
    // Outside Stripe's self-serve cross-border list (stripe-cross-border.ts): PayPal only.
    { country: 'JP', rails: ['paypal', 'external', 'tremendous', 'wise'] },
    { country: 'BR', rails: ['paypal', 'external', 'tremendous', 'wise'] },
    { country: 'IN', rails: ['paypal', 'external', 'tremendous', 'wise'] },
    { country: 'MX', rails: ['paypal', 'external', 'tremendous', 'wise'] },
    { country: 'GB', rails: ['paypal', 'stripe', 'external', 'tremendous', 'wise'] },
    { country: 'NO', rails: ['paypal', 'stripe', 'external', 'tremendous', 'wise'] },
    { country: 'CH', rails: ['paypal', 'stripe', 'external', 'tremendous', 'wise'] },
    { country: 'CA', rails: ['paypal', 'stripe', 'external', 'tremendous', 'wise'] },
    { country: 'us', rails: [] },
    { country: 'USA', rails: [] },
  ])('$country is served by $rails', ({ country, rails }) => expect(railsForCountry(country)).toEqual(rails));

  test.each([
    { rail: 'paypal', currency: 'USD', ok: true },
    { rail: 'paypal', currency: 'BRL', ok: true },
    { rail: 'stripe', currency: 'BRL', ok: false },
    { rail: 'stripe', currency: 'EUR', ok: true },
    { rail: 'paypal', currency: 'RUB', ok: false },
  ] as const)('$rail pays $currency: $ok', ({ rail, currency, ok }) => {
    expect(railPaysCurrency(rail, currency)).toBe(ok);
    expect(railRefusal(rail, currency)).toBe(ok ? null : 'rail_currency_unsupported');
  });

  test.each([
    { rail: 'paypal', amount: 10_000, currency: 'USD', fee: 200 },
    { rail: 'paypal', amount: 500_000, currency: 'USD', fee: 2000 },
    { rail: 'paypal', amount: 500_000, currency: 'EUR', fee: 10_000 },
    { rail: 'paypal', amount: 1, currency: 'USD', fee: 1 },
    { rail: 'stripe', amount: 10_000, currency: 'USD', fee: 50 },
    { rail: 'stripe', amount: 101, currency: 'EUR', fee: 26 },
  ] as const)('$rail fee of $amount $currency is $fee', ({ rail, amount, currency, fee }) =>
    expect(railFeeMinor(BUILT_IN_RAIL_FEES[rail], amount, currency)).toBe(fee),
  );

  test.each([
    { fee: { bps: 150, fixedMinor: 30, capMinor: 500, capCurrency: 'EUR' }, amount: 10_000, currency: 'EUR', out: 180 },
    {
      fee: { bps: 150, fixedMinor: 30, capMinor: 500, capCurrency: 'EUR' },
      amount: 100_000,
      currency: 'EUR',
      out: 500,
    },
    {
      fee: { bps: 150, fixedMinor: 30, capMinor: 500, capCurrency: 'EUR' },
      amount: 100_000,
      currency: 'USD',
      out: 1530,
    },
    { fee: { bps: 0, fixedMinor: 0, capMinor: null, capCurrency: null }, amount: 1, currency: 'USD', out: 0 },
    {
      fee: { bps: 10_000, fixedMinor: 0, capMinor: null, capCurrency: null },
      amount: 9_007_199_254_740,
      currency: 'USD',
      out: 9_007_199_254_740,
    },
    { fee: { bps: 1, fixedMinor: 0, capMinor: null, capCurrency: null }, amount: 10_001, currency: 'USD', out: 2 },
  ])('a configured fee $fee.bps bps + $fee.fixedMinor of $amount $currency is $out', ({ fee, amount, currency, out }) =>
    expect(railFeeMinor(fee, amount, currency)).toBe(out),
  );

  test('an organization’s fee beats the platform’s, which beats the built-in one, rail by rail', () => {
    const own = { bps: 100, fixedMinor: 0, capMinor: null, capCurrency: null };
    const platform = { bps: 300, fixedMinor: 10, capMinor: null, capCurrency: null };
    expect(effectiveRailFees({ stripe: own }, { paypal: platform, stripe: platform })).toEqual({
      fees: {
        paypal: platform,
        stripe: own,
        external: BUILT_IN_RAIL_FEES.external,
        tremendous: BUILT_IN_RAIL_FEES.tremendous,
        wise: BUILT_IN_RAIL_FEES.wise,
      },
      source: {
        paypal: 'platform',
        stripe: 'organization',
        external: 'built_in',
        tremendous: 'built_in',
        wise: 'built_in',
      },
    });
    expect(effectiveRailFees({}, null)).toEqual({
      fees: BUILT_IN_RAIL_FEES,
      source: {
        paypal: 'built_in',
        stripe: 'built_in',
        external: 'built_in',
        tremendous: 'built_in',
        wise: 'built_in',
      },
    });
  });

  test('fees refuse amounts that are not positive integers', () => {
    expect(() => railFeeMinor(BUILT_IN_RAIL_FEES.stripe, 0, 'USD')).toThrow(RangeError);
    expect(() => railFeeMinor(BUILT_IN_RAIL_FEES.stripe, 1.5, 'USD')).toThrow(RangeError);
  });

  test.each([
    { stripeAccountId: null, stripeDetailsSubmitted: false, stripePayoutsEnabled: false, state: 'not_started' },
    { stripeAccountId: 'acct_1', stripeDetailsSubmitted: false, stripePayoutsEnabled: false, state: 'incomplete' },
    {
      stripeAccountId: 'acct_1',
      stripeDetailsSubmitted: true,
      stripePayoutsEnabled: false,
      state: 'pending_verification',
    },
    { stripeAccountId: 'acct_1', stripeDetailsSubmitted: true, stripePayoutsEnabled: true, state: 'ready' },
  ])('onboarding $state', ({ state, ...account }) => expect(stripeOnboarding(account)).toBe(state));

  test('the idempotency key is fixed by the item', () => {
    expect(transferIdempotencyKey('0190-a')).toBe(transferIdempotencyKey('0190-a'));
    expect(transferIdempotencyKey('0190-a')).not.toBe(transferIdempotencyKey('0190-b'));
  });
});

describe('railPartPlan', () => {
  test('PayPal parts first, then Stripe numbered on, each rail in parts of its own size', () => {
    expect(railPartPlan({ paypal: 15_001, stripe: 51 })).toEqual([
      { rail: 'paypal', firstPart: 0, perPart: 15_000 },
      { rail: 'stripe', firstPart: 2, perPart: 50 },
    ]);
  });

  test('a rail without items takes no part number', () => {
    expect(railPartPlan({ stripe: 3 })).toEqual([{ rail: 'stripe', firstPart: 0, perPart: 50 }]);
    expect(railPartPlan({ paypal: 0, stripe: 1 })).toEqual([{ rail: 'stripe', firstPart: 0, perPart: 50 }]);
    expect(railPartPlan({})).toEqual([]);
  });
});
