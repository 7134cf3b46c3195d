import { describe, expect, test } from 'vitest';
import type { CommissionTerms } from './commission-terms';
import { computeCommissions, type CommissionDecision, type CommissionEvent } from './compute-commissions';

const terms = (change: Partial<CommissionTerms> = {}): CommissionTerms => ({
  programId: 'program-1',
  programVersion: 3,
  payoutModel: 'cps',
  commissionType: 'percent',
  rateBps: 3000,
  fixedMinor: 500,
  currency: 'USD',
  recurringMode: 'lifetime',
  recurringMonths: null,
  recurringRateBps: null,
  multiLevelRatesBps: [1000, 300, 100],
  holdDays: 30,
  overridden: { rate: false, fixed: false, hold: false },
  group: null,
  fromGroup: { type: false, rate: false, fixed: false, recurring: false, upline: false, hold: false },
  ...change,
});

const sale = (change: Partial<CommissionEvent> = {}): CommissionEvent => ({
  type: 'sale',
  amountMinor: 4999,
  currency: 'USD',
  declaredPayoutMinor: null,
  occurredAt: new Date('2026-03-01T12:00:00.000Z'),
  customerFirstSaleAt: null,
  ...change,
});
const lead = (change: Partial<CommissionEvent> = {}) =>
  sale({ type: 'lead', amountMinor: 0, currency: null, ...change });
const rebill = (change: Partial<CommissionEvent> = {}) =>
  sale({ type: 'rebill', amountMinor: 1999, customerFirstSaleAt: new Date('2026-01-15T10:00:00.000Z'), ...change });

/** The decision as `[level, amount, currency]` lines, or the refusal's reason. */
function summary(decision: CommissionDecision): Array<[number, number, string]> | string {
  return decision.ok ? decision.lines.map((l) => [l.level, l.amountMinor, l.currency]) : decision.reason;
}

/** The direct amount only, or the refusal's reason. */
function direct(decision: CommissionDecision): number | string {
  return decision.ok ? decision.lines[0]!.amountMinor : decision.reason;
}

describe('computeCommissions: every model × type × event type (rate 30%, fixed 500, recurring lifetime)', () => {
  // lead: no amount; sale: 4999 USD; rebill: 1999 USD. 30% of 4999 = 1499.7 → 1500; of 1999 = 599.7 → 600.
  test.each([
    { model: 'cpl', type: 'percent', event: 'lead', expected: 'no_amount' },
    { model: 'cpl', type: 'fixed', event: 'lead', expected: 500 },
    { model: 'cpl', type: 'hybrid', event: 'lead', expected: 500 },
    { model: 'cpl', type: 'percent', event: 'sale', expected: 'event_not_paid_by_model' },
    { model: 'cpl', type: 'fixed', event: 'sale', expected: 'event_not_paid_by_model' },
    { model: 'cpl', type: 'hybrid', event: 'sale', expected: 'event_not_paid_by_model' },
    { model: 'cpl', type: 'percent', event: 'rebill', expected: 'event_not_paid_by_model' },
    { model: 'cpl', type: 'fixed', event: 'rebill', expected: 'event_not_paid_by_model' },
    { model: 'cpl', type: 'hybrid', event: 'rebill', expected: 'event_not_paid_by_model' },
    { model: 'cpa', type: 'percent', event: 'lead', expected: 'event_not_paid_by_model' },
    { model: 'cpa', type: 'fixed', event: 'lead', expected: 'event_not_paid_by_model' },
    { model: 'cpa', type: 'hybrid', event: 'lead', expected: 'event_not_paid_by_model' },
    { model: 'cpa', type: 'percent', event: 'sale', expected: 1500 },
    { model: 'cpa', type: 'fixed', event: 'sale', expected: 500 },
    { model: 'cpa', type: 'hybrid', event: 'sale', expected: 2000 },
    { model: 'cpa', type: 'percent', event: 'rebill', expected: 'event_not_paid_by_model' },
    { model: 'cpa', type: 'fixed', event: 'rebill', expected: 'event_not_paid_by_model' },
    { model: 'cpa', type: 'hybrid', event: 'rebill', expected: 'event_not_paid_by_model' },
    { model: 'cps', type: 'percent', event: 'lead', expected: 'event_not_paid_by_model' },
    { model: 'cps', type: 'fixed', event: 'lead', expected: 'event_not_paid_by_model' },
    { model: 'cps', type: 'hybrid', event: 'lead', expected: 'event_not_paid_by_model' },
    { model: 'cps', type: 'percent', event: 'sale', expected: 1500 },
    { model: 'cps', type: 'fixed', event: 'sale', expected: 500 },
    { model: 'cps', type: 'hybrid', event: 'sale', expected: 2000 },
    { model: 'cps', type: 'percent', event: 'rebill', expected: 600 },
    { model: 'cps', type: 'fixed', event: 'rebill', expected: 500 },
    { model: 'cps', type: 'hybrid', event: 'rebill', expected: 1100 },
    { model: 'revshare', type: 'percent', event: 'lead', expected: 'event_not_paid_by_model' },
    { model: 'revshare', type: 'fixed', event: 'lead', expected: 'event_not_paid_by_model' },
    { model: 'revshare', type: 'hybrid', event: 'lead', expected: 'event_not_paid_by_model' },
    { model: 'cpc', type: 'fixed', event: 'lead', expected: 'event_not_paid_by_model' },
    { model: 'cpc', type: 'fixed', event: 'sale', expected: 'event_not_paid_by_model' },
    { model: 'cpc', type: 'fixed', event: 'rebill', expected: 'event_not_paid_by_model' },
    { model: 'revshare', type: 'percent', event: 'sale', expected: 1500 },
    { model: 'revshare', type: 'fixed', event: 'sale', expected: 500 },
    { model: 'revshare', type: 'hybrid', event: 'sale', expected: 2000 },
    { model: 'revshare', type: 'percent', event: 'rebill', expected: 600 },
    { model: 'revshare', type: 'fixed', event: 'rebill', expected: 500 },
    { model: 'revshare', type: 'hybrid', event: 'rebill', expected: 1100 },
  ] as const)('$model $type $event → $expected', ({ model, type, event, expected }) => {
    const e = { lead: lead(), sale: sale(), rebill: rebill() }[event];
    expect(direct(computeCommissions(terms({ payoutModel: model, commissionType: type }), e, 0))).toBe(expected);
  });

  test('a CPL lead that carries an amount is paid a percent of it', () => {
    const decision = computeCommissions(terms({ payoutModel: 'cpl' }), lead({ amountMinor: 1000, currency: 'USD' }), 0);
    expect(summary(decision)).toEqual([[0, 300, 'USD']]);
  });

  test('the refusal says why', () => {
    expect(computeCommissions(terms({ payoutModel: 'cpa' }), rebill(), 0)).toEqual({
      ok: false,
      reason: 'event_not_paid_by_model',
      detail: 'a CPA program does not pay for a rebill',
    });
  });
});

describe('computeCommissions: currencies', () => {
  test.each([
    {
      label: 'percent pays in the event currency',
      change: {},
      event: sale({ currency: 'EUR' }),
      expected: [[0, 1500, 'EUR']],
    },
    {
      label: 'fixed pays in the program currency',
      change: { commissionType: 'fixed' as const },
      event: sale({ currency: 'EUR' }),
      expected: [[0, 500, 'USD']],
    },
    {
      label: 'hybrid in the same currency',
      change: { commissionType: 'hybrid' as const },
      event: sale(),
      expected: [[0, 2000, 'USD']],
    },
    {
      label: 'hybrid in another currency',
      change: { commissionType: 'hybrid' as const },
      event: sale({ currency: 'EUR' }),
      expected: 'currency_mismatch',
    },
    {
      label: 'hybrid with a 0 amount in another currency',
      change: { commissionType: 'hybrid' as const },
      event: sale({ amountMinor: 0, currency: 'EUR' }),
      expected: 'currency_mismatch',
    },
    {
      label: 'hybrid rebill in another currency',
      change: { commissionType: 'hybrid' as const },
      event: rebill({ currency: 'GBP' }),
      expected: 'currency_mismatch',
    },
  ])('$label', ({ change, event, expected }) => {
    expect(summary(computeCommissions(terms(change), event, 0))).toEqual(expected);
  });

  test('a mismatch names both currencies', () => {
    const decision = computeCommissions(terms({ commissionType: 'hybrid' }), sale({ currency: 'EUR' }), 3);
    expect(decision).toEqual({
      ok: false,
      reason: 'currency_mismatch',
      detail: 'a hybrid commission adds a fixed USD part to a share of the amount, but the sale is in EUR',
    });
  });
});

describe('computeCommissions: enrollment overrides (already applied by effectiveTerms)', () => {
  test.each([
    {
      label: 'rate override 20%',
      change: { rateBps: 2000, overridden: { rate: true, fixed: false, hold: false } },
      expected: 1000,
    },
    {
      label: 'fixed override 750 on hybrid',
      change: {
        commissionType: 'hybrid' as const,
        fixedMinor: 750,
        overridden: { rate: false, fixed: true, hold: false },
      },
      expected: 2250,
    },
    {
      label: 'rate override 0 pays nothing',
      change: { rateBps: 0, overridden: { rate: true, fixed: false, hold: false } },
      expected: 'zero_amount',
    },
  ])('$label', ({ change, expected }) => {
    const decision = computeCommissions(terms(change), sale(), 0);
    expect(direct(decision)).toBe(expected);
    if (decision.ok) expect(decision.lines[0]!.calculation.overridden).toEqual(change.overridden);
  });
});

describe('computeCommissions: recurring', () => {
  const months = (n: number, change: Partial<CommissionTerms> = {}) =>
    terms({ recurringMode: 'months', recurringMonths: n, ...change });

  test.each([
    { label: 'cps with recurring off', t: terms({ recurringMode: 'none' }), e: rebill(), expected: 'recurring_off' },
    {
      label: 'revshare with recurring off',
      t: terms({ payoutModel: 'revshare', recurringMode: 'none' }),
      e: rebill(),
      expected: 'recurring_off',
    },
    {
      label: 'cpa with recurring on still pays no rebill',
      t: terms({ payoutModel: 'cpa' }),
      e: rebill(),
      expected: 'event_not_paid_by_model',
    },
    { label: 'recurring off still pays the sale', t: terms({ recurringMode: 'none' }), e: sale(), expected: 1500 },
    {
      label: '3 months: the last second inside',
      t: months(3),
      e: rebill({ occurredAt: new Date('2026-04-15T09:59:59.000Z') }),
      expected: 600,
    },
    {
      label: '3 months: the exact end is outside',
      t: months(3),
      e: rebill({ occurredAt: new Date('2026-04-15T10:00:00.000Z') }),
      expected: 'recurring_expired',
    },
    {
      label: '3 months: a month later',
      t: months(3),
      e: rebill({ occurredAt: new Date('2026-05-15T10:00:00.000Z') }),
      expected: 'recurring_expired',
    },
    {
      label: 'Jan 31 + 1 month ends Feb 28 (inside)',
      t: months(1),
      e: rebill({
        customerFirstSaleAt: new Date('2026-01-31T12:00:00.000Z'),
        occurredAt: new Date('2026-02-28T11:59:59.000Z'),
      }),
      expected: 600,
    },
    {
      label: 'Jan 31 + 1 month ends Feb 28 (outside)',
      t: months(1),
      e: rebill({
        customerFirstSaleAt: new Date('2026-01-31T12:00:00.000Z'),
        occurredAt: new Date('2026-02-28T12:00:00.000Z'),
      }),
      expected: 'recurring_expired',
    },
    {
      label: 'Jan 31 + 1 month ends Feb 29 in a leap year',
      t: months(1),
      e: rebill({
        customerFirstSaleAt: new Date('2028-01-31T12:00:00.000Z'),
        occurredAt: new Date('2028-02-29T11:59:59.000Z'),
      }),
      expected: 600,
    },
    {
      label: 'months with no first sale on record',
      t: months(12),
      e: rebill({ customerFirstSaleAt: null }),
      expected: 'recurring_expired',
    },
    {
      label: 'lifetime with no first sale on record',
      t: terms(),
      e: rebill({ customerFirstSaleAt: null }),
      expected: 600,
    },
    {
      label: 'lifetime years later',
      t: terms(),
      e: rebill({ occurredAt: new Date('2036-01-15T10:00:00.000Z') }),
      expected: 600,
    },
    {
      label: 'recurring rate 20% replaces 30% (399.8 → 400)',
      t: terms({ recurringRateBps: 2000 }),
      e: rebill(),
      expected: 400,
    },
    {
      label: 'recurring rate does not touch the sale',
      t: terms({ recurringRateBps: 2000 }),
      e: sale(),
      expected: 1500,
    },
    {
      label: 'hybrid rebill: recurring 10% + fixed',
      t: terms({ commissionType: 'hybrid', recurringRateBps: 1000 }),
      e: rebill(),
      expected: 700,
    },
    {
      label: 'lifetime: a rebill after the customer cancelled',
      t: terms(),
      e: rebill({ customerCancelledAt: new Date('2026-02-20T00:00:00.000Z') }),
      expected: 'subscription_cancelled',
    },
    {
      label: 'lifetime: a rebill at the very second of the cancellation',
      t: terms(),
      e: rebill({ customerCancelledAt: new Date('2026-03-01T12:00:00.000Z') }),
      expected: 'subscription_cancelled',
    },
    {
      label: 'lifetime: a rebill from before the cancellation (reported late) still earns',
      t: terms(),
      e: rebill({ customerCancelledAt: new Date('2026-03-01T12:00:01.000Z') }),
      expected: 600,
    },
    {
      label: 'a cancellation does not touch the sale itself',
      t: terms(),
      e: sale({ customerCancelledAt: new Date('2026-02-20T00:00:00.000Z') }),
      expected: 1500,
    },
    {
      label: 'fixed rebill ignores the recurring rate',
      t: terms({ commissionType: 'fixed', recurringRateBps: 1000 }),
      e: rebill(),
      expected: 500,
    },
  ])('$label → $expected', ({ t, e, expected }) => {
    expect(direct(computeCommissions(t, e, 0))).toBe(expected);
  });

  test('no first sale on record says so', () => {
    expect(computeCommissions(months(12), rebill({ customerFirstSaleAt: null }), 0)).toEqual({
      ok: false,
      reason: 'recurring_expired',
      detail: 'no first sale on record',
    });
  });

  test('a paid rebill records its window and rate', () => {
    const decision = computeCommissions(months(3, { recurringRateBps: 2000 }), rebill(), 0);
    expect(decision.ok && decision.lines[0]!.calculation).toMatchObject({
      rule: 'percent',
      rateBps: 2000,
      recurring: {
        mode: 'months',
        months: 3,
        recurringRateBps: 2000,
        firstSaleAt: '2026-01-15T10:00:00.000Z',
        windowEndsAt: '2026-04-15T10:00:00.000Z',
      },
      formula: '20.00% of 1999 USD = 400',
    });
  });
});

describe('computeCommissions: declared payout (S2S payout=)', () => {
  test.each([
    {
      label: 'replaces a percent sale',
      t: terms(),
      e: sale({ declaredPayoutMinor: 700 }),
      expected: [
        [0, 700, 'USD'],
        [1, 500, 'USD'],
        [2, 150, 'USD'],
        [3, 50, 'USD'],
      ],
    },
    {
      label: 'in the event currency',
      t: terms(),
      e: sale({ currency: 'EUR', declaredPayoutMinor: 700 }),
      expected: [
        [0, 700, 'EUR'],
        [1, 500, 'EUR'],
        [2, 150, 'EUR'],
        [3, 50, 'EUR'],
      ],
    },
    {
      label: 'skips the hybrid currency check',
      t: terms({ commissionType: 'hybrid' }),
      e: sale({ currency: 'EUR', declaredPayoutMinor: 700 }),
      expected: [[0, 700, 'EUR']],
    },
    {
      label: 'a lead with no amount pays in the program currency; uplines share it',
      t: terms({ payoutModel: 'cpl' }),
      e: lead({ declaredPayoutMinor: 1000 }),
      expected: [
        [0, 1000, 'USD'],
        [1, 100, 'USD'],
        [2, 30, 'USD'],
        [3, 10, 'USD'],
      ],
    },
    {
      label: 'still refused for an event the model does not pay',
      t: terms({ payoutModel: 'cpl' }),
      e: sale({ declaredPayoutMinor: 700 }),
      expected: 'event_not_paid_by_model',
    },
    {
      label: 'still refused after the recurring window',
      t: terms({ recurringMode: 'months', recurringMonths: 1 }),
      e: rebill({ declaredPayoutMinor: 700 }),
      expected: 'recurring_expired',
    },
    {
      label: 'still refused with recurring off',
      t: terms({ recurringMode: 'none' }),
      e: rebill({ declaredPayoutMinor: 700 }),
      expected: 'recurring_off',
    },
    { label: 'a declared 0 is zero_amount', t: terms(), e: sale({ declaredPayoutMinor: 0 }), expected: 'zero_amount' },
  ])('$label', ({ t, e, expected }) => {
    const depth = Array.isArray(expected) ? expected.length - 1 : 3;
    expect(summary(computeCommissions(t, e, depth))).toEqual(expected);
  });

  test('the calculation says the amount was declared', () => {
    const decision = computeCommissions(terms(), sale({ declaredPayoutMinor: 700 }), 0);
    expect(decision.ok && decision.lines[0]).toEqual({
      level: 0,
      amountMinor: 700,
      currency: 'USD',
      rateBps: null,
      calculation: {
        rule: 'declared',
        declaredPayoutMinor: 700,
        formula: 'declared payout 700 USD = 700',
        model: 'cps',
        type: 'percent',
        eventType: 'sale',
        baseAmountMinor: 4999,
        baseCurrency: 'USD',
        rateBps: null,
        fixedMinor: null,
        level: 0,
        programId: 'program-1',
        programVersion: 3,
        overridden: { rate: false, fixed: false, hold: false },
        recurring: null,
      },
    });
  });
});

describe('computeCommissions: multi-level', () => {
  test('30% direct and 10/3/1 % on a 4999 USD sale', () => {
    const decision = computeCommissions(terms(), sale(), 3);
    // 1499.7 → 1500; 499.9 → 500; 149.97 → 150; 49.99 → 50.
    expect(
      decision.ok && decision.lines.map((l) => [l.level, l.amountMinor, l.currency, l.rateBps, l.calculation.formula]),
    ).toEqual([
      [0, 1500, 'USD', 3000, '30.00% of 4999 USD = 1500'],
      [1, 500, 'USD', 1000, 'level 1: 10.00% of 4999 USD sale amount = 500'],
      [2, 150, 'USD', 300, 'level 2: 3.00% of 4999 USD sale amount = 150'],
      [3, 50, 'USD', 100, 'level 3: 1.00% of 4999 USD sale amount = 50'],
    ]);
  });

  test('an upline line records its inputs', () => {
    const decision = computeCommissions(terms({ overridden: { rate: true, fixed: false, hold: false } }), sale(), 2);
    expect(decision.ok && decision.lines[2]!.calculation).toEqual({
      rule: 'upline',
      level: 2,
      baseAmountMinor: 4999,
      baseCurrency: 'USD',
      baseSource: 'event',
      rateBps: 300,
      fixedMinor: null,
      formula: 'level 2: 3.00% of 4999 USD sale amount = 150',
      model: 'cps',
      type: 'percent',
      eventType: 'sale',
      programId: 'program-1',
      programVersion: 3,
      overridden: { rate: true, fixed: false, hold: false },
      recurring: null,
    });
  });

  test.each([
    { label: 'no upline', depth: 0, rates: [1000, 300, 100], expected: [0] },
    { label: 'one upline', depth: 1, rates: [1000, 300, 100], expected: [0, 1] },
    { label: 'two uplines', depth: 2, rates: [1000, 300, 100], expected: [0, 1, 2] },
    { label: 'a deeper chain than the rates', depth: 5, rates: [1000, 300, 100], expected: [0, 1, 2, 3] },
    { label: 'multi-level off', depth: 3, rates: [], expected: [0] },
    { label: 'a 0% level is skipped, deeper ones kept', depth: 3, rates: [1000, 0, 100], expected: [0, 1, 3] },
  ])('$label', ({ depth, rates, expected }) => {
    const decision = computeCommissions(terms({ multiLevelRatesBps: rates }), sale(), depth);
    expect(decision.ok && decision.lines.map((l) => l.level)).toEqual(expected);
  });

  test.each([
    // 30% of 40 = 12; 10% = 4; 3% = 1.2 → 1; 1% = 0.4 → 0, skipped.
    {
      label: 'a level rounding to 0 is skipped',
      rates: [1000, 300, 100],
      expected: [
        [0, 12, 'USD'],
        [1, 4, 'USD'],
        [2, 1, 'USD'],
      ],
    },
    {
      label: 'a deeper level is kept after one rounding to 0',
      rates: [100, 1000],
      expected: [
        [0, 12, 'USD'],
        [2, 4, 'USD'],
      ],
    },
  ])('$label', ({ rates, expected }) => {
    expect(summary(computeCommissions(terms({ multiLevelRatesBps: rates }), sale({ amountMinor: 40 }), 3))).toEqual(
      expected,
    );
  });

  test.each([
    {
      label: 'a fixed CPL lead: uplines share the direct commission',
      t: terms({ payoutModel: 'cpl', commissionType: 'fixed', fixedMinor: 2000 }),
      e: lead(),
      expected: [
        [0, 2000, 'USD'],
        [1, 200, 'USD'],
        [2, 60, 'USD'],
        [3, 20, 'USD'],
      ],
    },
    {
      label: 'a lead with a 0 amount counts as none for the uplines',
      t: terms({ payoutModel: 'cpl', commissionType: 'fixed', fixedMinor: 2000 }),
      e: lead({ currency: 'USD' }),
      expected: [
        [0, 2000, 'USD'],
        [1, 200, 'USD'],
        [2, 60, 'USD'],
        [3, 20, 'USD'],
      ],
    },
    {
      label: 'a fixed sale: uplines share the order, in its currency',
      t: terms({ commissionType: 'fixed' }),
      e: sale({ currency: 'EUR' }),
      expected: [
        [0, 500, 'USD'],
        [1, 500, 'EUR'],
        [2, 150, 'EUR'],
        [3, 50, 'EUR'],
      ],
    },
    {
      label: 'a hybrid sale: uplines share the order',
      t: terms({ commissionType: 'hybrid' }),
      e: sale(),
      expected: [
        [0, 2000, 'USD'],
        [1, 500, 'USD'],
        [2, 150, 'USD'],
        [3, 50, 'USD'],
      ],
    },
    {
      label: 'a rebill: uplines share the rebill',
      t: terms(),
      e: rebill(),
      expected: [
        [0, 600, 'USD'],
        [1, 200, 'USD'],
        [2, 60, 'USD'],
        [3, 20, 'USD'],
      ],
    },
  ])('$label', ({ t, e, expected }) => {
    expect(summary(computeCommissions(t, e, 3))).toEqual(expected);
  });

  test('an upline of a lead names the direct commission as its base', () => {
    const decision = computeCommissions(
      terms({ payoutModel: 'cpl', commissionType: 'fixed', fixedMinor: 2000 }),
      lead(),
      1,
    );
    expect(decision.ok && decision.lines[1]!.calculation).toMatchObject({
      baseAmountMinor: 2000,
      baseCurrency: 'USD',
      baseSource: 'direct',
      formula: 'level 1: 10.00% of 2000 USD direct commission = 200',
    });
  });

  test('a refused direct line pays no upline', () => {
    expect(summary(computeCommissions(terms({ rateBps: 1 }), sale({ amountMinor: 49 }), 3))).toBe('zero_amount');
  });
});

describe('computeCommissions: rounding half away from zero', () => {
  test.each([
    { label: '1% of 50 = 0.5 → 1', rate: 100, amount: 50, expected: 1 },
    { label: '1% of 49 = 0.49 → nothing', rate: 100, amount: 49, expected: 'zero_amount' },
    { label: '2.5% of 100 = 2.5 → 3', rate: 250, amount: 100, expected: 3 },
    { label: '30% of 5 = 1.5 → 2', rate: 3000, amount: 5, expected: 2 },
    { label: '12.34% of 10000 = 1234 exactly', rate: 1234, amount: 10_000, expected: 1234 },
    { label: '0.05% of 1000 = 0.5 → 1', rate: 5, amount: 1000, expected: 1 },
  ])('$label', ({ rate, amount, expected }) => {
    expect(direct(computeCommissions(terms({ rateBps: rate }), sale({ amountMinor: amount }), 0))).toBe(expected);
  });

  test('upline halves round up: 4995 → 499.5 → 500, 149.85 → 150, 49.95 → 50', () => {
    expect(summary(computeCommissions(terms(), sale({ amountMinor: 4995 }), 3))).toEqual([
      [0, 1499, 'USD'],
      [1, 500, 'USD'],
      [2, 150, 'USD'],
      [3, 50, 'USD'],
    ]);
  });

  test.each([
    { label: '0.05% formula', rate: 5, formula: '0.05% of 1000 USD = 1' },
    { label: '100% formula', rate: 10_000, formula: '100.00% of 1000 USD = 1000' },
  ])('$label', ({ rate, formula }) => {
    const decision = computeCommissions(terms({ rateBps: rate }), sale({ amountMinor: 1000 }), 0);
    expect(decision.ok && decision.lines[0]!.calculation.formula).toBe(formula);
  });
});

describe('computeCommissions: zero and formulas', () => {
  test.each([
    { label: 'percent of a 0 sale', t: terms(), e: sale({ amountMinor: 0 }) },
    { label: 'fixed 0', t: terms({ commissionType: 'fixed', fixedMinor: 0 }), e: sale() },
    { label: 'hybrid 0% + 0 fixed', t: terms({ commissionType: 'hybrid', rateBps: 0, fixedMinor: 0 }), e: sale() },
  ])('$label → zero_amount', ({ t, e }) => {
    expect(summary(computeCommissions(t, e, 3))).toBe('zero_amount');
  });

  test.each([
    { label: 'fixed', t: terms({ commissionType: 'fixed' }), e: sale(), formula: 'fixed 500 USD per sale = 500' },
    {
      label: 'hybrid',
      t: terms({ commissionType: 'hybrid' }),
      e: sale(),
      formula: '30.00% of 4999 USD + fixed 500 USD = 1500 + 500 = 2000',
    },
    {
      label: 'hybrid with no amount',
      t: terms({ payoutModel: 'cpl', commissionType: 'hybrid' }),
      e: lead(),
      formula: 'no amount, so only the fixed part: 500 USD = 500',
    },
  ])('$label formula', ({ t, e, formula }) => {
    const decision = computeCommissions(t, e, 0);
    expect(decision.ok && decision.lines[0]!.calculation.formula).toBe(formula);
  });

  test('a hybrid line records both parts', () => {
    const decision = computeCommissions(terms({ commissionType: 'hybrid' }), sale(), 0);
    expect(decision.ok && decision.lines[0]!.calculation).toMatchObject({
      rule: 'hybrid',
      rateBps: 3000,
      fixedMinor: 500,
      percentPartMinor: 1500,
      fixedPartMinor: 500,
      baseAmountMinor: 4999,
      baseCurrency: 'USD',
    });
  });
});

describe('computeCommissions: refuses inconsistent input', () => {
  test.each([
    { label: 'a negative amount', t: terms(), e: sale({ amountMinor: -1 }), depth: 0 },
    { label: 'a fractional amount', t: terms(), e: sale({ amountMinor: 1.5 }), depth: 0 },
    { label: 'an amount without a currency', t: terms(), e: sale({ currency: null }), depth: 0 },
    { label: 'a negative declared payout', t: terms(), e: sale({ declaredPayoutMinor: -5 }), depth: 0 },
    { label: 'a negative upline depth', t: terms(), e: sale(), depth: -1 },
    { label: 'percent terms without a rate', t: terms({ rateBps: null }), e: sale(), depth: 0 },
    {
      label: 'fixed terms without an amount',
      t: terms({ commissionType: 'fixed', fixedMinor: null }),
      e: sale(),
      depth: 0,
    },
    {
      label: 'months without a count',
      t: terms({ recurringMode: 'months', recurringMonths: null }),
      e: rebill(),
      depth: 0,
    },
  ])('$label', ({ t, e, depth }) => {
    expect(() => computeCommissions(t, e, depth)).toThrow(RangeError);
  });
});

describe('explain false: the same lines without their calculation (the backtest)', () => {
  test('pays exactly the amounts, currencies, levels and rates of the explained computation, over seeded cases', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    for (let i = 0; i < 5_000; i++) {
      const type = pick(['percent', 'fixed', 'hybrid'] as const);
      const terms = {
        programId: 'p',
        programVersion: 1,
        payoutModel: pick(['cpl', 'cpa', 'cps', 'revshare'] as const),
        commissionType: type,
        rateBps: Math.floor(rnd() * 10_000),
        fixedMinor: Math.floor(rnd() * 5_000),
        currency: 'USD',
        recurringMode: pick(['none', 'months', 'lifetime'] as const),
        recurringMonths: 1 + Math.floor(rnd() * 12),
        recurringRateBps: rnd() < 0.5 ? null : Math.floor(rnd() * 10_000),
        multiLevelRatesBps: [1_000, 300, 100],
        holdDays: 30,
        overridden: { rate: false, fixed: false, hold: false },
        group: null,
        fromGroup: { type: false, rate: false, fixed: false, recurring: false, upline: false, hold: false },
      };
      const withAmount = rnd() < 0.8;
      const event = {
        type: pick(['lead', 'sale', 'rebill'] as const),
        amountMinor: withAmount ? Math.floor(rnd() * 100_000) : 0,
        currency: withAmount ? pick(['USD', 'EUR']) : null,
        declaredPayoutMinor: rnd() < 0.1 ? Math.floor(rnd() * 1_000) : null,
        occurredAt: new Date(Date.UTC(2026, 5, 1) + Math.floor(rnd() * 400) * 86_400_000),
        customerFirstSaleAt: rnd() < 0.8 ? new Date(Date.UTC(2026, 0, 1)) : null,
        customerCancelledAt: rnd() < 0.2 ? new Date(Date.UTC(2026, 8, 1)) : null,
      };
      const depth = Math.floor(rnd() * 4);
      const explained = computeCommissions(terms, event, depth);
      const bare = computeCommissions(terms, event, depth, false);
      const strip = (d: typeof explained) =>
        d.ok ? d.lines.map(({ calculation: _c, ...rest }) => rest) : { reason: d.reason, detail: d.detail };
      expect(strip(bare)).toEqual(strip(explained));
      if (bare.ok) for (const line of bare.lines) expect(line.calculation).toEqual({});
    }
  });
});
