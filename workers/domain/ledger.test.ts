import { describe, expect, it } from 'vitest';
import { compareBalanceTotals } from './ledger';

const key = { organizationId: 'org', affiliateId: 'aff', currency: 'USD' };

describe('compareBalanceTotals', () => {
  it.each([
    [
      'every bucket accounted for',
      1000,
      { disputedMinor: 0, holdMinor: 300, approvedMinor: 400, inPayoutMinor: 200, paidMinor: 100 },
      0,
    ],
    [
      'a negative carry-over nets out',
      -50,
      { disputedMinor: 0, holdMinor: 0, approvedMinor: -150, inPayoutMinor: 0, paidMinor: 100 },
      0,
    ],
    [
      'a line counted in no bucket',
      1000,
      { disputedMinor: 0, holdMinor: 300, approvedMinor: 0, inPayoutMinor: 200, paidMinor: 100 },
      1,
    ],
    [
      'a disputed line counts in its own bucket',
      1000,
      { disputedMinor: 700, holdMinor: 300, approvedMinor: 0, inPayoutMinor: 0, paidMinor: 0 },
      0,
    ],
    [
      'buckets with more than the lines',
      0,
      { disputedMinor: 0, holdMinor: 1, approvedMinor: 0, inPayoutMinor: 0, paidMinor: 0 },
      1,
    ],
  ] as const)('%s', (_label, liveMinor, buckets, expected) => {
    expect(compareBalanceTotals([{ ...key, liveMinor }], [{ ...key, ...buckets }])).toHaveLength(expected);
  });

  it('names the advertiser and affiliate of a group missing from the buckets', () => {
    expect(compareBalanceTotals([{ ...key, liveMinor: 5 }], [])).toEqual([
      {
        kind: 'balance_mismatch',
        detail: 'USD: live lines sum to 5 but hold + disputed + approved + in payout + paid is 0',
        ids: ['org', 'aff'],
      },
    ]);
  });
});
