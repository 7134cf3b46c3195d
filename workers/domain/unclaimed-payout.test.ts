import { expect, test } from 'vitest';
import { unclaimedClaimBy } from './unclaimed-payout';

test.each([
  { sentAt: '2026-11-24T12:00:00.000Z', claimBy: '2026-12-24T12:00:00.000Z' },
  { sentAt: '2026-02-10T00:00:00.000Z', claimBy: '2026-03-12T00:00:00.000Z' },
  { sentAt: '2026-12-31T23:59:00.000Z', claimBy: '2027-01-30T23:59:00.000Z' },
  { sentAt: null, claimBy: null },
])('sent $sentAt → claim by $claimBy', ({ sentAt, claimBy }) =>
  expect(unclaimedClaimBy(sentAt ? new Date(sentAt) : null)?.toISOString() ?? null).toBe(claimBy),
);
