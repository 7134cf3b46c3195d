import { describe, expect, it } from 'vitest';
import { taxFormNeeded } from './tax-form-requirement';

const payout = (paidThisYearMinor: number, payoutMinor: number, currency = 'USD') => ({
  currency,
  paidThisYearMinor,
  payoutMinor,
});

describe('taxFormNeeded', () => {
  it.each([
    ['never', null, null, payout(0, 1_000_000), false],
    ['always', null, null, payout(0, 1), true],
    ['above_amount', 60_000, 'USD', payout(50_000, 10_000), false],
    ['above_amount', 60_000, 'USD', payout(50_000, 10_001), true],
    ['above_amount', 60_000, 'USD', payout(0, 60_001), true],
    ['above_amount', 60_000, 'USD', payout(0, 100, 'EUR'), true],
  ] as const)('%s %s %s', (formRequirement, thresholdMinor, thresholdCurrency, p, needed) => {
    expect(taxFormNeeded({ formRequirement, thresholdMinor, thresholdCurrency }, p)).toBe(needed);
  });
});
