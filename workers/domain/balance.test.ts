import { describe, expect, it } from 'vitest';
import { splitApproved, sumToMinor } from './balance';

describe('sumToMinor', () => {
  it.each([
    ['a bigint sum as text', '12345', 12345],
    ['a negative sum', '-250', -250],
    ['no rows (NULL)', null, 0],
    ['the largest safe integer', String(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
  ] as const)('%s', (_label, value, expected) => {
    expect(sumToMinor(value)).toBe(expected);
  });

  it.each([String(Number.MAX_SAFE_INTEGER + 1), String(Number.MIN_SAFE_INTEGER - 1)])(
    'refuses %s instead of rounding it',
    (value) => {
      expect(() => sumToMinor(value)).toThrow(RangeError);
    },
  );
});

describe('splitApproved', () => {
  it.each([
    ['positive: all available, no carry-over', 1500, 1500, 0],
    ['zero', 0, 0, 0],
    ['negative: nothing available, all carried over', -400, 0, -400],
  ] as const)('%s', (_label, approved, availableMinor, carryOverMinor) => {
    expect(splitApproved(approved)).toEqual({ availableMinor, carryOverMinor });
  });
});
