import { describe, expect, test } from 'vitest';
import { reversalAmount } from './reversal-amount';

/** Each refund's reversal, in order, with the refunds before it summed as the caller does. */
function reversals(commissionMinor: number, saleMinor: number, refunds: Array<number | null>): number[] {
  let refundedBeforeMinor = 0;
  return refunds.map((refundMinor) => {
    const part = reversalAmount({ commissionMinor, saleMinor, refundedBeforeMinor, refundMinor });
    refundedBeforeMinor += refundMinor ?? saleMinor - refundedBeforeMinor;
    return part;
  });
}

describe('reversalAmount: partial refunds add up to the commission exactly', () => {
  test.each([
    {
      label: 'thirds of 1000 (333.33, 666.67, 1000)',
      c: 1000,
      sale: 3000,
      refunds: [1000, 1000, 1000],
      expected: [333, 334, 333],
    },
    {
      label: '1500 on 4999 in four refunds',
      c: 1500,
      sale: 4999,
      refunds: [1000, 1000, 1000, 1999],
      expected: [300, 300, 300, 600],
    },
    {
      label: 'quarters of 5 (1.25, 2.5 → 3, 3.75 → 4, 5)',
      c: 5,
      sale: 4,
      refunds: [1, 1, 1, 1],
      expected: [1, 2, 1, 1],
    },
    { label: 'halves of 1 (0.5 → 1, then 0)', c: 1, sale: 2, refunds: [1, 1], expected: [1, 0] },
    {
      label: 'sevenths of 100',
      c: 100,
      sale: 7,
      refunds: [1, 1, 1, 1, 1, 1, 1],
      expected: [14, 15, 14, 14, 14, 15, 14],
    },
    {
      label: 'one cent at a time of 3 on 10 (0.3, 0.6 → 1, … 2.7 → 3)',
      c: 3,
      sale: 10,
      refunds: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      expected: [0, 1, 0, 0, 1, 0, 0, 0, 1, 0],
    },
    { label: 'a partial refund then the remainder', c: 1500, sale: 4999, refunds: [1000, null], expected: [300, 1200] },
    { label: 'a zero refund reverses nothing', c: 1500, sale: 4999, refunds: [0, 4999], expected: [0, 1500] },
    { label: 'a full refund at once', c: 1500, sale: 4999, refunds: [4999], expected: [1500] },
    { label: 'no amount = the whole commission', c: 1500, sale: 4999, refunds: [null], expected: [1500] },
  ])('$label', ({ c, sale, refunds, expected }) => {
    const parts = reversals(c, sale, refunds);
    expect(parts).toEqual(expected);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(c);
  });
});

describe('reversalAmount: single refunds', () => {
  test.each([
    { label: 'half a sale', c: 1500, sale: 4999, before: 0, refund: 2500, expected: 750 },
    { label: 'an over-refund is capped at the sale', c: 1500, sale: 4999, before: 4000, refund: 2000, expected: 300 },
    { label: 'a refund larger than the sale at once', c: 1500, sale: 4999, before: 0, refund: 10_000, expected: 1500 },
    { label: 'after the sale is fully refunded', c: 1500, sale: 4999, before: 4999, refund: 100, expected: 0 },
    { label: 'after an over-refund', c: 1500, sale: 4999, before: 6000, refund: 10, expected: 0 },
    { label: 'the remainder after a refund', c: 1500, sale: 4999, before: 1000, refund: null, expected: 1200 },
    { label: 'the remainder after everything', c: 1500, sale: 4999, before: 4999, refund: null, expected: 0 },
    { label: 'a 0 commission', c: 0, sale: 4999, before: 0, refund: 4999, expected: 0 },
    { label: 'a zero sale: the whole commission', c: 500, sale: 0, before: 0, refund: null, expected: 500 },
    {
      label: 'a zero sale with a 0 refund: still the whole commission',
      c: 500,
      sale: 0,
      before: 0,
      refund: 0,
      expected: 500,
    },
    {
      label: 'amounts near 2^53 stay exact',
      c: 9_007_199_254_740_991,
      sale: 9_007_199_254_740_991,
      before: 9_007_199_254_740_990,
      refund: 9_007_199_254_740_991,
      expected: 1,
    },
  ])('$label → $expected', ({ c, sale, before, refund, expected }) => {
    expect(
      reversalAmount({ commissionMinor: c, saleMinor: sale, refundedBeforeMinor: before, refundMinor: refund }),
    ).toBe(expected);
  });
});

describe('reversalAmount: never more than what is left', () => {
  test.each([
    {
      label: 'earlier reversals took more than their share',
      c: 1000,
      sale: 3000,
      before: 1000,
      refund: 1000,
      reversedBefore: 900,
      expected: 100,
    },
    {
      label: 'earlier reversals took it all',
      c: 1000,
      sale: 3000,
      before: 1000,
      refund: null,
      reversedBefore: 1000,
      expected: 0,
    },
    {
      label: 'earlier reversals took less: still only the proportional share',
      c: 1000,
      sale: 3000,
      before: 1000,
      refund: 1000,
      reversedBefore: 0,
      expected: 334,
    },
    {
      label: 'the remainder is what is left',
      c: 1000,
      sale: 3000,
      before: 1000,
      refund: null,
      reversedBefore: 300,
      expected: 700,
    },
    {
      label: 'a zero sale: what is left',
      c: 500,
      sale: 0,
      before: 0,
      refund: null,
      reversedBefore: 200,
      expected: 300,
    },
    { label: 'a zero sale already reversed', c: 500, sale: 0, before: 0, refund: 0, reversedBefore: 500, expected: 0 },
  ])('$label → $expected', ({ c, sale, before, refund, reversedBefore, expected }) => {
    expect(
      reversalAmount({
        commissionMinor: c,
        saleMinor: sale,
        refundedBeforeMinor: before,
        refundMinor: refund,
        reversedBeforeMinor: reversedBefore,
      }),
    ).toBe(expected);
  });
});

describe('reversalAmount: refuses malformed amounts', () => {
  test.each([
    { commissionMinor: -1, saleMinor: 100, refundedBeforeMinor: 0, refundMinor: 10 },
    { commissionMinor: 100, saleMinor: -1, refundedBeforeMinor: 0, refundMinor: 10 },
    { commissionMinor: 100, saleMinor: 100, refundedBeforeMinor: -1, refundMinor: 10 },
    { commissionMinor: 100, saleMinor: 100, refundedBeforeMinor: 0, refundMinor: -10 },
    { commissionMinor: 100, saleMinor: 100, refundedBeforeMinor: 0, refundMinor: 1.5 },
    { commissionMinor: 100, saleMinor: 100, refundedBeforeMinor: 0, refundMinor: 10, reversedBeforeMinor: -1 },
  ])('%o', (input) => {
    expect(() => reversalAmount(input)).toThrow(RangeError);
  });
});
