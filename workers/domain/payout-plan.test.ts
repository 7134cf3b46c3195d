import { describe, expect, test } from 'vitest';
import { payoutThreshold, planPayoutItems, type OpenLine } from './payout-plan';

const line = (
  affiliateId: string,
  amountMinor: number,
  programMinMinor = 0,
  commissionId = `${affiliateId}-${amountMinor}-${programMinMinor}`,
): OpenLine => ({ commissionId, affiliateId, amountMinor, programMinMinor });
const all = new Set(['a', 'b', 'c']);

describe('payoutThreshold', () => {
  test.each([
    { label: 'platform minimum alone', platform: 10_000, programs: [], expected: 10_000 },
    { label: 'a lower program minimum does not lower it', platform: 10_000, programs: [5_000], expected: 10_000 },
    {
      label: 'the highest program minimum raises it',
      platform: 10_000,
      programs: [5_000, 25_000, 15_000],
      expected: 25_000,
    },
    { label: 'zero platform minimum', platform: 0, programs: [0], expected: 0 },
  ])('$label', ({ platform, programs, expected }) => expect(payoutThreshold(platform, programs)).toBe(expected));
});

describe('planPayoutItems', () => {
  const plan = (lines: OpenLine[], extra: Partial<Parameters<typeof planPayoutItems>[0]> = {}) =>
    planPayoutItems({ lines, existing: [], verifiedAffiliates: all, platformMinMinor: 10_000, ...extra });

  test.each([
    { label: 'below the threshold: nothing', lines: [line('a', 9_999)], total: null },
    { label: 'exactly at the threshold: paid', lines: [line('a', 10_000)], total: 10_000 },
    { label: 'lines add up', lines: [line('a', 6_000), line('a', 4_000, 0, 'x')], total: 10_000 },
    { label: 'a negative adjustment can sink it below', lines: [line('a', 12_000), line('a', -2_500)], total: null },
    { label: 'a negative adjustment nets, still above', lines: [line('a', 15_000), line('a', -2_500)], total: 12_500 },
    { label: 'program minimum above the platform minimum', lines: [line('a', 12_000, 20_000)], total: null },
    { label: 'program minimum reached', lines: [line('a', 20_000, 20_000)], total: 20_000 },
    {
      label: 'the highest program minimum of its lines applies',
      lines: [line('a', 15_000, 5_000), line('a', 4_000, 20_000)],
      total: null,
    },
    { label: 'a negative net stays (carried over)', lines: [line('a', -3_000)], total: null },
  ])('$label', ({ lines, total }) => {
    const planned = plan(lines);
    if (total === null) expect(planned).toEqual([]);
    else
      expect(planned).toEqual([
        {
          affiliateId: 'a',
          existingItemId: null,
          addMinor: total,
          totalMinor: total,
          commissionIds: lines.map((l) => l.commissionId),
        },
      ]);
  });

  test('a zero threshold still needs a positive net', () => {
    expect(plan([line('a', 100), line('a', -100)], { platformMinMinor: 0 })).toEqual([]);
  });

  test('an affiliate without a verified PayPal email is skipped', () => {
    expect(
      plan([line('a', 50_000), line('b', 50_000)], { verifiedAffiliates: new Set(['b']) }).map((p) => p.affiliateId),
    ).toEqual(['b']);
  });

  test('an existing item grows by the new lines, judged on the total', () => {
    const planned = plan([line('a', 2_000)], {
      existing: [{ itemId: 'i1', affiliateId: 'a', amountMinor: 10_000, programMinMinor: 0 }],
    });
    expect(planned).toEqual([
      { affiliateId: 'a', existingItemId: 'i1', addMinor: 2_000, totalMinor: 12_000, commissionIds: ['a-2000-0'] },
    ]);
  });

  test('a new negative line that would sink an existing item below the threshold waits', () => {
    expect(
      plan([line('a', -1_000)], {
        existing: [{ itemId: 'i1', affiliateId: 'a', amountMinor: 10_500, programMinMinor: 0 }],
      }),
    ).toEqual([]);
  });

  test("the existing item's program minimum still applies", () => {
    expect(
      plan([line('a', 1_000)], {
        existing: [{ itemId: 'i1', affiliateId: 'a', amountMinor: 20_000, programMinMinor: 25_000 }],
      }),
    ).toEqual([]);
  });

  test('affiliates are planned independently', () => {
    const planned = plan([line('a', 10_000), line('b', 500), line('c', 30_000)]);
    expect(planned.map((p) => [p.affiliateId, p.totalMinor])).toEqual([
      ['a', 10_000],
      ['c', 30_000],
    ]);
  });
});
