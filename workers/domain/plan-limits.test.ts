import { describe, expect, test } from 'vitest';
import {
  crossedWarnings,
  lastClickInGrace,
  limitAllows,
  suggestedYearlyPrice,
  usageMonth,
  usagePercent,
  warningClick,
} from './plan-limits';

describe('suggestedYearlyPrice', () => {
  test.each([
    { label: 'seeded starter: 49.00 a month', monthly: 4900, yearly: 47_040 },
    { label: 'seeded enterprise', monthly: 99_900, yearly: 959_040 },
    { label: 'free', monthly: 0, yearly: 0 },
    { label: '0.01 a month rounds down to nothing', monthly: 1, yearly: 9 },
    { label: '12 × 333 × 0.8 = 3196.8 rounds down', monthly: 333, yearly: 3196 },
  ])('$label', ({ monthly, yearly }) => expect(suggestedYearlyPrice(monthly)).toBe(yearly));
});

describe('limitAllows', () => {
  test.each([
    { label: 'unlimited', allowed: null, used: 10_000, adding: 1, ok: true },
    { label: 'the N-th when the limit is N', allowed: 3, used: 2, adding: 1, ok: true },
    { label: 'the N+1-th is refused', allowed: 3, used: 3, adding: 1, ok: false },
    { label: 'two at once past the limit', allowed: 3, used: 2, adding: 2, ok: false },
    { label: 'a zero limit refuses the first', allowed: 0, used: 0, adding: 1, ok: false },
    { label: 'over after a downgrade: nothing new', allowed: 1, used: 5, adding: 1, ok: false },
    { label: 'over after a downgrade: keeping is fine', allowed: 1, used: 5, adding: 0, ok: true },
  ])('$label', ({ allowed, used, adding, ok }) => expect(limitAllows(allowed, used, adding)).toBe(ok));
});

describe('usagePercent', () => {
  test.each([
    { label: 'unlimited', used: 5, allowed: null, pct: null },
    { label: 'half', used: 50, allowed: 100, pct: 50 },
    { label: 'rounds down', used: 2, allowed: 3, pct: 66 },
    { label: 'over the limit', used: 150, allowed: 100, pct: 150 },
    { label: 'zero limit, none used', used: 0, allowed: 0, pct: 0 },
    { label: 'zero limit, some used', used: 2, allowed: 0, pct: 100 },
  ])('$label', ({ used, allowed, pct }) => expect(usagePercent(used, allowed)).toBe(pct));
});

describe('lastClickInGrace', () => {
  test.each([
    { label: '10 % of 100', allowed: 100, grace: 10, last: 110 },
    { label: 'no grace', allowed: 100, grace: 0, last: 100 },
    { label: 'grace rounds down', allowed: 15, grace: 10, last: 16 },
    { label: 'zero limit', allowed: 0, grace: 10, last: 0 },
  ])('$label', ({ allowed, grace, last }) => expect(lastClickInGrace(allowed, grace)).toBe(last));
});

describe('crossedWarnings', () => {
  test.each([
    { label: 'unlimited never warns', before: 0, after: 1e9, allowed: null, crossed: [] },
    { label: 'below 80 %', before: 0, after: 79, allowed: 100, crossed: [] },
    { label: 'reaching exactly 80 %', before: 79, after: 80, allowed: 100, crossed: [80] },
    { label: 'already past 80 %', before: 80, after: 99, allowed: 100, crossed: [] },
    { label: 'reaching 100 %', before: 99, after: 100, allowed: 100, crossed: [100] },
    { label: 'one batch past both', before: 10, after: 120, allowed: 100, crossed: [80, 100] },
    { label: '80 % of 7 is the 6th click', before: 5, after: 6, allowed: 7, crossed: [80] },
  ])('$label', ({ before, after, allowed, crossed }) =>
    expect(crossedWarnings(before, after, allowed)).toEqual(crossed),
  );
  test('a zero limit warns at the first click', () => expect(warningClick(0, 80)).toBe(1));
});

describe('usageMonth', () => {
  test.each([
    { label: 'mid-month', at: '2026-11-23T23:00:00Z', month: '2026-11-01' },
    { label: 'last instant of a month (UTC)', at: '2026-11-30T23:59:59.999Z', month: '2026-11-01' },
    { label: 'first instant of a month', at: '2026-12-01T00:00:00Z', month: '2026-12-01' },
    { label: 'an offset that is still the month before in UTC', at: '2026-12-01T01:00:00+02:00', month: '2026-11-01' },
    { label: 'a Date', at: new Date('2026-12-31T23:59:59.999Z'), month: '2026-12-01' },
    { label: 'epoch milliseconds', at: Date.UTC(2027, 0, 1), month: '2027-01-01' },
  ])('$label', ({ at, month }) => expect(usageMonth(at)).toBe(month));
});
