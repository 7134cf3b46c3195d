import { describe, expect, test } from 'vitest';
import { applyBasisPoints } from './money';

describe('applyBasisPoints', () => {
  test.each([
    { label: '10% of $100.00', amount: 10_000, bps: 1000, expected: 1000 },
    { label: '30% of $49.99 = 1499.7¢ rounds up', amount: 4_999, bps: 3000, expected: 1500 },
    { label: '1% of 50¢ = 0.5¢ rounds half up', amount: 50, bps: 100, expected: 1 },
    { label: '1% of 49¢ = 0.49¢ rounds down', amount: 49, bps: 100, expected: 0 },
    { label: '3% of 1¢ rounds to nothing', amount: 1, bps: 300, expected: 0 },
    { label: 'refund: -0.5¢ rounds away from zero', amount: -50, bps: 100, expected: -1 },
    { label: '0 bps is nothing', amount: 123_456, bps: 0, expected: 0 },
    { label: '100% is the whole amount', amount: 123_456, bps: 10_000, expected: 123_456 },
    { label: 'large amounts stay exact', amount: 9_007_199_254_740_991, bps: 10_000, expected: 9_007_199_254_740_991 },
  ])('$label', ({ amount, bps, expected }) => {
    expect(applyBasisPoints(amount, bps)).toBe(expected);
  });

  test.each([
    { amount: 1.5, bps: 100 },
    { amount: 100, bps: 10_001 },
    { amount: 100, bps: -1 },
    { amount: 100, bps: 12.5 },
  ])('refuses amount $amount with $bps bps', ({ amount, bps }) => {
    expect(() => applyBasisPoints(amount, bps)).toThrow(RangeError);
  });
});
