import { describe, expect, test } from 'vitest';
import { STRIPE_CROSS_BORDER_COUNTRIES, stripeAccountAgreement } from './stripe-cross-border';

describe('Stripe cross-border accounts', () => {
  test('the self-serve list is the US, the UK, the EEA, Canada and Switzerland', () => {
    expect(STRIPE_CROSS_BORDER_COUNTRIES.size).toBe(34);
    for (const c of ['US', 'GB', 'CA', 'CH', 'DE', 'FR', 'IE', 'IS', 'LI', 'NO'])
      expect(STRIPE_CROSS_BORDER_COUNTRIES).toContain(c);
    for (const c of ['JP', 'BR', 'IN', 'MX', 'AU', 'SG', 'GI', 'AE'])
      expect(STRIPE_CROSS_BORDER_COUNTRIES).not.toContain(c);
  });

  test.each([
    { platform: 'US', country: 'US', agreement: 'full' },
    { platform: 'US', country: 'DE', agreement: 'recipient' },
    { platform: 'GB', country: 'CA', agreement: 'recipient' },
    { platform: 'DE', country: 'CH', agreement: 'recipient' },
    { platform: 'US', country: 'JP', agreement: null },
    { platform: 'US', country: 'BR', agreement: null },
    { platform: 'US', country: 'IN', agreement: null },
    { platform: 'JP', country: 'JP', agreement: 'full' },
    { platform: 'JP', country: 'US', agreement: null },
  ] as const)('a $platform platform opens a $country account under $agreement', ({ platform, country, agreement }) =>
    expect(stripeAccountAgreement(platform, country)).toBe(agreement),
  );
});
