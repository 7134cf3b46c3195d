import { describe, expect, test } from 'vitest';
import { applyBasisPoints, mulDivRound } from './money';

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

  test('the double path rounds exactly as BigInt does, up to and across the largest safe product', () => {
    const byBigInt = (amount: number, bps: number) => {
      const product = BigInt(amount) * BigInt(bps);
      const rounded = ((product < 0n ? -product : product) + 5_000n) / 10_000n;
      return Number(product < 0n ? -rounded : rounded);
    };
    const edge = Math.floor(Number.MAX_SAFE_INTEGER / 10_000);
    const amounts = [
      0,
      1,
      49,
      50,
      4_999,
      5_000,
      15_000,
      edge - 1,
      edge,
      edge + 1,
      2 ** 40 + 5,
      Number.MAX_SAFE_INTEGER,
    ];
    let seed = 20261128;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      amounts.push(seed % 3 === 0 ? seed * 4_096 + (seed % 977) : seed % 1_000_000);
    }
    // Mismatches collected and judged once: an expect per case would be most of this file's time.
    const wrong: string[] = [];
    for (const amount of amounts)
      for (const bps of [0, 1, 3, 99, 100, 2_500, 3_333, 5_000, 9_999, 10_000])
        for (const signed of [amount, -amount])
          if (!Object.is(applyBasisPoints(signed, bps), byBigInt(signed, bps))) wrong.push(`${signed} × ${bps}`);
    expect(wrong).toEqual([]);
  });
});

describe('mulDivRound', () => {
  test.each([
    { label: 'exact', a: 1500, b: 2000, c: 4000, expected: 750 },
    { label: '1000 × 1/3 = 333.33 rounds down', a: 1000, b: 1000, c: 3000, expected: 333 },
    { label: '1000 × 2/3 = 666.67 rounds up', a: 1000, b: 2000, c: 3000, expected: 667 },
    { label: 'a half rounds up', a: 1, b: 1, c: 2, expected: 1 },
    { label: '2.5 rounds to 3', a: 5, b: 2, c: 4, expected: 3 },
    { label: 'just under a half rounds down', a: 4999, b: 1, c: 10_000, expected: 0 },
    { label: 'a negative half rounds away from zero', a: -1, b: 1, c: 2, expected: -1 },
    { label: 'a negative divisor', a: 5, b: 1, c: -2, expected: -3 },
    { label: 'two negatives', a: -5, b: 1, c: -2, expected: 3 },
    { label: 'zero', a: 0, b: 123, c: 7, expected: 0 },
    {
      label: 'products beyond 2^53 stay exact',
      a: 9_007_199_254_740_991,
      b: 9_007_199_254_740_991,
      c: 9_007_199_254_740_991,
      expected: 9_007_199_254_740_991,
    },
    { label: 'same as applyBasisPoints', a: 4999, b: 3000, c: 10_000, expected: applyBasisPoints(4999, 3000) },
  ])('$label', ({ a, b, c, expected }) => {
    expect(mulDivRound(a, b, c)).toBe(expected);
  });

  test.each([
    { a: 1, b: 1, c: 0 },
    { a: 1.5, b: 1, c: 1 },
    { a: 1, b: Number.NaN, c: 1 },
    { a: 9_007_199_254_740_991, b: 2, c: 1 },
  ])('refuses $a × $b / $c', ({ a, b, c }) => {
    expect(() => mulDivRound(a, b, c)).toThrow(RangeError);
  });
});
