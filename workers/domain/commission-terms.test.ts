import { describe, expect, test } from 'vitest';
import { effectiveTerms, type TermsEnrollment, type TermsProgram } from './commission-terms';

const program: TermsProgram = {
  id: 'program-1',
  version: 7,
  payoutModel: 'cps',
  commissionType: 'hybrid',
  commissionRateBps: 3000,
  commissionFixedMinor: 500,
  currency: 'USD',
  recurringMode: 'months',
  recurringMonths: 12,
  recurringRateBps: 2000,
  multiLevelRatesBps: [1000, 300, 100],
  holdDays: 30,
};
const noOverrides: TermsEnrollment = { rateOverrideBps: null, fixedOverrideMinor: null, holdDaysOverride: null };

describe('effectiveTerms', () => {
  test('with no overrides: the program, as it is', () => {
    expect(effectiveTerms(program, noOverrides)).toEqual({
      programId: 'program-1',
      programVersion: 7,
      payoutModel: 'cps',
      commissionType: 'hybrid',
      rateBps: 3000,
      fixedMinor: 500,
      currency: 'USD',
      recurringMode: 'months',
      recurringMonths: 12,
      recurringRateBps: 2000,
      multiLevelRatesBps: [1000, 300, 100],
      holdDays: 30,
      overridden: { rate: false, fixed: false, hold: false },
    });
  });

  test.each([
    {
      label: 'rate',
      change: { rateOverrideBps: 4000 },
      expected: { rateBps: 4000, fixedMinor: 500, holdDays: 30, overridden: { rate: true, fixed: false, hold: false } },
    },
    {
      label: 'fixed',
      change: { fixedOverrideMinor: 750 },
      expected: { rateBps: 3000, fixedMinor: 750, holdDays: 30, overridden: { rate: false, fixed: true, hold: false } },
    },
    {
      label: 'hold',
      change: { holdDaysOverride: 7 },
      expected: { rateBps: 3000, fixedMinor: 500, holdDays: 7, overridden: { rate: false, fixed: false, hold: true } },
    },
    // 0 is a real override (no commission, no hold), not "unset".
    {
      label: 'zeros',
      change: { rateOverrideBps: 0, fixedOverrideMinor: 0, holdDaysOverride: 0 },
      expected: { rateBps: 0, fixedMinor: 0, holdDays: 0, overridden: { rate: true, fixed: true, hold: true } },
    },
    {
      label: 'all three',
      change: { rateOverrideBps: 2500, fixedOverrideMinor: 100, holdDaysOverride: 14 },
      expected: { rateBps: 2500, fixedMinor: 100, holdDays: 14, overridden: { rate: true, fixed: true, hold: true } },
    },
  ])('overrides the $label', ({ change, expected }) => {
    expect(effectiveTerms(program, { ...noOverrides, ...change })).toMatchObject(expected);
  });

  test('an override exists even where the program has no value', () => {
    const percentOnly = { ...program, commissionType: 'percent' as const, commissionFixedMinor: null };
    expect(effectiveTerms(percentOnly, { ...noOverrides, fixedOverrideMinor: 300 })).toMatchObject({
      fixedMinor: 300,
      overridden: { fixed: true },
    });
    expect(effectiveTerms(percentOnly, noOverrides)).toMatchObject({ fixedMinor: null, overridden: { fixed: false } });
  });

  test('the rate override leaves the recurring rate alone', () => {
    expect(effectiveTerms(program, { ...noOverrides, rateOverrideBps: 4000 })).toMatchObject({
      rateBps: 4000,
      recurringRateBps: 2000,
    });
  });

  test('the multi-level rates are a copy', () => {
    const terms = effectiveTerms(program, noOverrides);
    terms.multiLevelRatesBps.push(50);
    expect(program.multiLevelRatesBps).toEqual([1000, 300, 100]);
  });
});
