import { describe, expect, it } from 'vitest';
import { nextPayout, type PayoutProgram, scheduledPayoutAt } from './next-payout';
import { nextProposalAt } from './proposal-time';
import type { PayoutSchedule } from './payout-schedule';

const now = new Date('2025-03-10T12:00:00Z');
const base = {
  inPayoutMinor: 0,
  availableMinor: 0,
  payoutMinimumMinor: 10_000,
  methodReady: true,
  programs: [],
  now,
};

describe('nextPayout', () => {
  it.each([
    [
      'money already in a batch is the next payout',
      { inPayoutMinor: 2_500, availableMinor: 20_000 },
      'in_payout',
      2_500,
      null,
      0,
    ],
    [
      'a currency PayPal does not pay has no minimum',
      { availableMinor: 5_000, payoutMinimumMinor: null },
      'not_paid_out',
      5_000,
      null,
      0,
    ],
    ['short of the minimum says by how much', { availableMinor: 7_550 }, 'below_minimum', 7_550, null, 2_450],
    [
      'a carry-over (nothing available) is the whole minimum away',
      { availableMinor: 0 },
      'below_minimum',
      0,
      null,
      10_000,
    ],
    [
      'exactly the minimum is proposed at the next run',
      { availableMinor: 10_000 },
      'scheduled',
      10_000,
      '2025-03-11T04:30:00.000Z',
      0,
    ],
    [
      'enough but no verified PayPal email waits for one',
      { availableMinor: 12_000, methodReady: false },
      'needs_payout_method',
      12_000,
      null,
      0,
    ],
    ['a zero minimum with nothing owed is nothing', { payoutMinimumMinor: 0 }, 'nothing', 0, null, 0],
  ])('%s', (_, over, state, amountMinor, expectedAt, shortfallMinor) => {
    const result = nextPayout({ ...base, ...over });
    expect(result).toEqual({
      state,
      amountMinor,
      expectedAt: expectedAt === null ? null : new Date(expectedAt),
      shortfallMinor,
    });
  });
});

const program = (schedule: PayoutSchedule, over: Partial<PayoutProgram> = {}): PayoutProgram => ({
  schedule,
  ranPeriods: new Set(),
  thresholdBalanceMinor: 0,
  ...over,
});
const daily = program({ kind: 'daily' });
const manual = program({ kind: 'manual' });
const since = new Date('2025-01-01T00:00:00Z');
const monthly15 = program({ kind: 'monthly', dayOfMonth: 15, since });
const monthly5 = program({ kind: 'monthly', dayOfMonth: 5, since });
const threshold = (balance: number) =>
  program({ kind: 'threshold', thresholdMinor: 50_000 }, { thresholdBalanceMinor: balance });

describe('scheduledPayoutAt: the earliest next run among the programs behind the balance', () => {
  it.each([
    ['no program known: the daily run', [], '2025-03-11T04:30:00.000Z'],
    ['daily: the next 04:30 run', [daily], '2025-03-11T04:30:00.000Z'],
    ['manual: no date, finance proposes by hand', [manual], null],
    ['monthly: its next run day', [monthly15], '2025-03-15T04:30:00.000Z'],
    [
      'monthly whose day passed and ran this month: next month',
      [program(monthly5.schedule, { ranPeriods: new Set(['2025-03']) })],
      '2025-04-05T04:30:00.000Z',
    ],
    ['threshold reached: the next run', [threshold(50_000)], '2025-03-11T04:30:00.000Z'],
    ['threshold not reached: no date', [threshold(49_999)], null],
    ['manual and monthly: the monthly run', [manual, monthly15], '2025-03-15T04:30:00.000Z'],
    ['monthly and daily: the daily run, the earlier', [monthly15, daily], '2025-03-11T04:30:00.000Z'],
    ['manual and a threshold not reached: no date', [manual, threshold(100)], null],
  ] as [string, PayoutProgram[], string | null][])('%s', (_, programs, expected) => {
    expect(scheduledPayoutAt(programs, now)?.toISOString() ?? null).toBe(expected);
  });

  it('dates a payable balance by its programs, and no other state', () => {
    expect(nextPayout({ ...base, availableMinor: 20_000, programs: [manual] })).toMatchObject({
      state: 'scheduled',
      expectedAt: null,
    });
    expect(nextPayout({ ...base, availableMinor: 20_000, programs: [monthly15] }).expectedAt).toEqual(
      new Date('2025-03-15T04:30:00Z'),
    );
    expect(nextPayout({ ...base, availableMinor: 5_000, programs: [daily] }).expectedAt).toBeNull();
  });
});

describe('nextProposalAt', () => {
  it.each([
    ['before 04:30 UTC: today', '2025-03-10T04:29:59Z', '2025-03-10T04:30:00.000Z'],
    ['at 04:30 UTC: tomorrow (this run has started)', '2025-03-10T04:30:00Z', '2025-03-11T04:30:00.000Z'],
    ['after: tomorrow, across a month end', '2025-03-31T20:00:00Z', '2025-04-01T04:30:00.000Z'],
  ])('%s', (_, at, expected) => {
    expect(nextProposalAt(new Date(at)).toISOString()).toBe(expected);
  });
});
