import { describe, expect, test } from 'vitest';
import { type CommissionTerms, effectiveTerms, type TermsProgram } from './commission-terms';
import { estimateEarnings } from './earnings-estimate';

const program: TermsProgram = {
  id: '00000000-0000-7000-8000-000000000001',
  version: 1,
  payoutModel: 'cps',
  commissionType: 'percent',
  commissionRateBps: 3000,
  commissionFixedMinor: null,
  currency: 'USD',
  recurringMode: 'lifetime',
  recurringMonths: null,
  recurringRateBps: null,
  multiLevelRatesBps: [],
  holdDays: 30,
};
const none = { rateOverrideBps: null, fixedOverrideMinor: null, holdDaysOverride: null };
const terms = (p: Partial<TermsProgram>): CommissionTerms => effectiveTerms({ ...program, ...p }, none);

describe('estimateEarnings', () => {
  test.each([
    [
      '20 × $49 at 30 % lifetime → $294 a month',
      {},
      20,
      4900,
      { firstMonthMinor: 29_400, monthlyMinor: 29_400, rebillMonths: null },
    ],
    [
      'no rebills: the sale only',
      { recurringMode: 'none' as const },
      20,
      4900,
      { firstMonthMinor: 29_400, monthlyMinor: 0, rebillMonths: 0 },
    ],
    [
      '12 months at a 20 % recurring rate',
      { recurringMode: 'months' as const, recurringMonths: 12, recurringRateBps: 2000 },
      10,
      4900,
      { firstMonthMinor: 14_700, monthlyMinor: 9_800, rebillMonths: 12 },
    ],
    [
      'fixed $25 per sale: nothing on rebills without a recurring rate',
      { commissionType: 'fixed' as const, commissionRateBps: null, commissionFixedMinor: 2500 },
      4,
      9900,
      { firstMonthMinor: 10_000, monthlyMinor: 0, rebillMonths: 0 },
    ],
    [
      'hybrid 10 % + $2',
      {
        commissionType: 'hybrid' as const,
        commissionRateBps: 1000,
        commissionFixedMinor: 200,
        recurringMode: 'none' as const,
      },
      3,
      4900,
      { firstMonthMinor: 2_070, monthlyMinor: 0, rebillMonths: 0 },
    ],
    [
      'rounds each customer’s line half up: 33.33 % of $0.50',
      { commissionRateBps: 3333 },
      3,
      50,
      { firstMonthMinor: 51, monthlyMinor: 51, rebillMonths: null },
    ],
    [
      'JPY has no minor unit',
      { currency: 'JPY' },
      20,
      4900,
      { firstMonthMinor: 29_400, monthlyMinor: 29_400, rebillMonths: null },
    ],
    ['no customers, nothing', {}, 0, 4900, { firstMonthMinor: 0, monthlyMinor: 0, rebillMonths: null }],
  ])('%s', (_label, p, customers, priceMinor, expected) => {
    expect(estimateEarnings(terms(p), { customers, priceMinor })).toMatchObject(expected);
  });

  test('a group’s rate wins over the program’s, as in commissions', () => {
    const group = {
      id: 'g',
      name: 'Gold',
      version: 1,
      commissionType: null,
      commissionRateBps: 4000,
      commissionFixedMinor: null,
      recurringMode: null,
      recurringMonths: null,
      recurringRateBps: null,
      multiLevelRatesBps: null,
      holdDays: null,
    };
    const estimate = estimateEarnings(effectiveTerms(program, none, group), { customers: 20, priceMinor: 4900 });
    expect(estimate?.monthlyMinor).toBe(39_200);
  });

  test('pay per click has no estimate', () => {
    expect(estimateEarnings(terms({ payoutModel: 'cpc' }), { customers: 20, priceMinor: 4900 })).toBeNull();
  });

  test.each([
    [-1, 4900],
    [1.5, 4900],
    [100_001, 4900],
    [1, -1],
    [1, 100_000_001],
  ])('refuses customers %d at %d', (customers, priceMinor) => {
    expect(() => estimateEarnings(terms({}), { customers, priceMinor })).toThrow(RangeError);
  });
});
