import { describe, expect, test } from 'vitest';
import { clickCredit, clickCreditWindow } from './click-credit';
import type { CommissionTerms } from './commission-terms';

const terms = (change: Partial<CommissionTerms> = {}): CommissionTerms => ({
  programId: 'program-1',
  programVersion: 2,
  payoutModel: 'cpc',
  commissionType: 'fixed',
  rateBps: null,
  fixedMinor: 7,
  currency: 'EUR',
  recurringMode: 'none',
  recurringMonths: null,
  recurringRateBps: null,
  multiLevelRatesBps: [1000, 300, 100],
  holdDays: 30,
  overridden: { rate: false, fixed: false, hold: false },
  group: null,
  fromGroup: { type: false, rate: false, fixed: false, recurring: false, upline: false, hold: false },
  ...change,
});

describe('clickCredit', () => {
  test.each([
    { label: 'a fresh day', unique: 12, credited: 0, expected: [12, 84] },
    { label: 'late clicks of a credited day', unique: 15, credited: 12, expected: [3, 21] },
    { label: 'nothing new', unique: 12, credited: 12, expected: null },
    { label: 'a rollup that now counts fewer', unique: 10, credited: 12, expected: null },
    { label: 'no clicks', unique: 0, credited: 0, expected: null },
  ])('$label', ({ unique, credited, expected }) => {
    const credit = clickCredit(terms(), { day: '2026-11-20', uniqueClicks: unique, creditedClicks: credited });
    expect(credit ? [credit.clicks, credit.amountMinor] : null).toEqual(expected);
  });

  test('records how the amount came about, in the program currency, level 0', () => {
    const credit = clickCredit(terms({ fixedMinor: 25, overridden: { rate: false, fixed: true, hold: false } }), {
      day: '2026-11-20',
      uniqueClicks: 9,
      creditedClicks: 4,
    });
    expect(credit).toMatchObject({ clicks: 5, amountMinor: 125, currency: 'EUR' });
    expect(credit?.calculation).toMatchObject({
      model: 'cpc',
      level: 0,
      fixedMinor: 25,
      clickDay: '2026-11-20',
      clicks: 5,
      clicksCreditedBefore: 4,
      overridden: { fixed: true },
      formula: '5 unique clicks × 25 EUR = 125',
    });
  });

  test.each([
    { label: 'another model', change: { payoutModel: 'cpa' as const } },
    { label: 'a zero rate', change: { fixedMinor: 0 } },
  ])('pays nothing for $label', ({ change }) => {
    expect(clickCredit(terms(change), { day: '2026-11-20', uniqueClicks: 5, creditedClicks: 0 })).toBeNull();
  });

  test.each([
    { label: 'a negative count', facts: { uniqueClicks: -1, creditedClicks: 0 } },
    { label: 'a fraction', facts: { uniqueClicks: 1.5, creditedClicks: 0 } },
  ])('throws on $label', ({ facts }) => {
    expect(() => clickCredit(terms(), { day: '2026-11-20', ...facts })).toThrow(RangeError);
  });

  test('throws on CPC terms without a rate', () => {
    expect(() =>
      clickCredit(terms({ fixedMinor: null }), { day: '2026-11-20', uniqueClicks: 1, creditedClicks: 0 }),
    ).toThrow(RangeError);
  });
});

describe('clickCreditWindow', () => {
  test.each([
    { now: '2026-11-23T17:05:00.000Z', days: 7, from: '2026-11-15T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' },
    { now: '2026-11-23T00:00:00.000Z', days: 0, from: '2026-11-22T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' },
    { now: '2026-03-01T00:05:00.000Z', days: 1, from: '2026-02-27T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' },
  ])('$now, $days days back: [$from, $to)', ({ now, days, from, to }) => {
    const window = clickCreditWindow(new Date(now), days);
    expect([window.from.toISOString(), window.to.toISOString()]).toEqual([from, to]);
  });
});
