import type { AffiliateReviewStatus } from '../../schema/enums';

/**
 * The platform's review of an affiliate account. A waiting account is approved or rejected; a
 * rejected one may be reconsidered and approved. An approved account is never rejected: staff ban
 * it instead, which also ends its sessions and commissions.
 */
export const AFFILIATE_REVIEW_TRANSITIONS: Readonly<Record<AffiliateReviewStatus, readonly AffiliateReviewStatus[]>> = {
  pending: ['approved', 'rejected'],
  rejected: ['approved'],
  approved: [],
};

export function canChangeAffiliateReview(from: AffiliateReviewStatus, to: AffiliateReviewStatus): boolean {
  return AFFILIATE_REVIEW_TRANSITIONS[from].includes(to);
}

/** The stored facts a status is read from. */
export interface AffiliateReviewFacts {
  approvedAffiliate: boolean;
  affiliateReviewedAt: Date | null;
}

/** Approved is the flag; otherwise a decision on record is a rejection, and no decision is waiting. */
export function affiliateReviewStatus(facts: AffiliateReviewFacts): AffiliateReviewStatus {
  if (facts.approvedAffiliate) return 'approved';
  return facts.affiliateReviewedAt ? 'rejected' : 'pending';
}

/** The columns a move writes: the flag, when it was decided, and the reason of a rejection only. */
export function affiliateReviewColumns(
  to: Exclude<AffiliateReviewStatus, 'pending'>,
  at: Date,
  reason: string | null,
): { approvedAffiliate: boolean; affiliateReviewedAt: Date; affiliateRejectionReason: string | null } {
  return {
    approvedAffiliate: to === 'approved',
    affiliateReviewedAt: at,
    affiliateRejectionReason: to === 'rejected' ? reason : null,
  };
}
