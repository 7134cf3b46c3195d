import { describe, expect, it } from 'vitest';
import { nextPayout, nextProposalAt } from './next-payout';

const now = new Date('2025-03-10T12:00:00Z');
const base = { inPayoutMinor: 0, availableMinor: 0, payoutMinimumMinor: 10_000, paypalVerified: true, now };

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
      { availableMinor: 12_000, paypalVerified: false },
      'needs_paypal',
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

describe('nextProposalAt', () => {
  it.each([
    ['before 04:30 UTC: today', '2025-03-10T04:29:59Z', '2025-03-10T04:30:00.000Z'],
    ['at 04:30 UTC: tomorrow (this run has started)', '2025-03-10T04:30:00Z', '2025-03-11T04:30:00.000Z'],
    ['after: tomorrow, across a month end', '2025-03-31T20:00:00Z', '2025-04-01T04:30:00.000Z'],
  ])('%s', (_, at, expected) => {
    expect(nextProposalAt(new Date(at)).toISOString()).toBe(expected);
  });
});
