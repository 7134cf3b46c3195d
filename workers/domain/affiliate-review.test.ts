import { describe, expect, test } from 'vitest';
import { AffiliateReviewStatus } from '../../schema/enums';
import { affiliateReviewColumns, affiliateReviewStatus, canChangeAffiliateReview } from './affiliate-review';

const allowed = [
  ['pending', 'approved'],
  ['pending', 'rejected'],
  ['rejected', 'approved'],
] as const;

describe('affiliate review transitions', () => {
  test.each(allowed)('%s → %s is allowed', (from, to) => expect(canChangeAffiliateReview(from, to)).toBe(true));

  const refused = AffiliateReviewStatus.flatMap((from) =>
    AffiliateReviewStatus.map((to) => [from, to] as const),
  ).filter(([from, to]) => !allowed.some(([f, t]) => f === from && t === to));
  test.each(refused)('%s → %s is refused', (from, to) => expect(canChangeAffiliateReview(from, to)).toBe(false));
});

describe('affiliate review status', () => {
  const at = new Date('2026-11-20T10:00:00Z');
  test.each([
    [{ approvedAffiliate: false, affiliateReviewedAt: null }, 'pending'],
    [{ approvedAffiliate: false, affiliateReviewedAt: at }, 'rejected'],
    [{ approvedAffiliate: true, affiliateReviewedAt: at }, 'approved'],
    // Approved before decisions were dated: the flag alone says so.
    [{ approvedAffiliate: true, affiliateReviewedAt: null }, 'approved'],
  ] as const)('%o is %s', (facts, status) => expect(affiliateReviewStatus(facts)).toBe(status));

  test('a move writes the flag, the time, and a reason only for a rejection', () => {
    expect(affiliateReviewColumns('rejected', at, 'No website')).toEqual({
      approvedAffiliate: false,
      affiliateReviewedAt: at,
      affiliateRejectionReason: 'No website',
    });
    expect(affiliateReviewColumns('approved', at, 'ignored')).toEqual({
      approvedAffiliate: true,
      affiliateReviewedAt: at,
      affiliateRejectionReason: null,
    });
  });
});
