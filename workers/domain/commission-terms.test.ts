import { describe, expect, test } from 'vitest';
import { effectiveTerms, type TermsEnrollment, type TermsGroup, type TermsProgram } from './commission-terms';
import { TERMLESS_GROUP } from './fixtures/terms-group';

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
      group: null,
      fromGroup: { type: false, rate: false, fixed: false, recurring: false, upline: false, hold: false },
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

const emptyGroup: TermsGroup = { ...TERMLESS_GROUP, name: 'Gold', version: 3 };

describe('effectiveTerms with a partner group', () => {
  test("a group that sets nothing gives exactly the program's terms, and names itself", () => {
    const withGroup = effectiveTerms(program, noOverrides, emptyGroup);
    const { group, ...rest } = withGroup;
    const { group: _, ...plain } = effectiveTerms(program, noOverrides);
    expect(rest).toEqual(plain);
    expect(group).toEqual({ id: 'group-1', name: 'Gold', version: 3 });
  });

  test.each([
    {
      label: "the group's rate beats the program's",
      group: { commissionRateBps: 3500 },
      enrollment: {},
      expected: { rateBps: 3500, fromGroup: { rate: true, fixed: false, hold: false } },
    },
    {
      label: "the enrollment's own rate beats the group's",
      group: { commissionRateBps: 3500 },
      enrollment: { rateOverrideBps: 4000 },
      expected: { rateBps: 4000, overridden: { rate: true }, fromGroup: { rate: false } },
    },
    {
      label: "the group's fixed amount and hold days, the enrollment's hold beats the group's",
      group: { commissionFixedMinor: 900, holdDays: 14 },
      enrollment: { holdDaysOverride: 3 },
      expected: { fixedMinor: 900, holdDays: 3, fromGroup: { fixed: true, hold: false } },
    },
    {
      label: "a group's hold of 0 days is a term, not a missing one",
      group: { holdDays: 0, commissionRateBps: 0 },
      enrollment: {},
      expected: { holdDays: 0, rateBps: 0, fromGroup: { hold: true, rate: true } },
    },
    {
      label: "the group's commission type",
      group: { commissionType: 'fixed' as const },
      enrollment: {},
      expected: { commissionType: 'fixed', fromGroup: { type: true } },
    },
    {
      label: "the group's recurring mode brings its months (lifetime: none)",
      group: { recurringMode: 'lifetime' as const },
      enrollment: {},
      expected: {
        recurringMode: 'lifetime',
        recurringMonths: null,
        recurringRateBps: 2000,
        fromGroup: { recurring: true },
      },
    },
    {
      label: "the group's recurring rate alone keeps the program's mode and months",
      group: { recurringRateBps: 1500 },
      enrollment: {},
      expected: {
        recurringMode: 'months',
        recurringMonths: 12,
        recurringRateBps: 1500,
        fromGroup: { recurring: true },
      },
    },
    {
      label: "the group's upline rates, an empty list included",
      group: { multiLevelRatesBps: [] },
      enrollment: {},
      expected: { multiLevelRatesBps: [], fromGroup: { upline: true } },
    },
  ])('$label', ({ group, enrollment, expected }) => {
    expect(effectiveTerms(program, { ...noOverrides, ...enrollment }, { ...emptyGroup, ...group })).toMatchObject(
      expected,
    );
  });

  test("the terms never alias the group's upline list", () => {
    const rates = [500];
    const terms = effectiveTerms(program, noOverrides, { ...emptyGroup, multiLevelRatesBps: rates });
    terms.multiLevelRatesBps.push(1);
    expect(rates).toEqual([500]);
  });
});
