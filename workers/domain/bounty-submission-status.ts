import type { BountySubmissionStatus } from '../../schema/enums';

/** What an advertiser does to a submission: approve it (it wins the bounty) or reject it with a reason. */
export const BountyReview = ['approve', 'reject'] as const;
export type BountyReview = (typeof BountyReview)[number];

/**
 * Only a pending submission is decided, once: approved is final (the bounty is paid), and a rejected
 * one stays rejected; the affiliate answers a rejection with a new submission, never by reopening it.
 */
const REVIEWS: Readonly<Record<BountyReview, { from: readonly BountySubmissionStatus[]; to: BountySubmissionStatus }>> =
  {
    approve: { from: ['pending'], to: 'approved' },
    reject: { from: ['pending'], to: 'rejected' },
  };

/** The status after `review`, or null when `current` cannot take it. */
export function nextSubmissionStatus(
  current: BountySubmissionStatus,
  review: BountyReview,
): BountySubmissionStatus | null {
  const rule = REVIEWS[review];
  return rule.from.includes(current) ? rule.to : null;
}

/**
 * Whether an affiliate may submit again, given its earlier submissions' statuses: not while one waits
 * for review, nor once one was approved (the bounty is won); after rejections only, yes.
 */
export const maySubmitAgain = (earlier: readonly BountySubmissionStatus[]): boolean =>
  earlier.every((s) => s === 'rejected');
