import { useMe } from '@/features/accounts';

/**
 * Why this account may not apply in the marketplace yet, or null when it may: the platform has not
 * approved it (pending) or turned it down (rejected). Said before the click, not after a refusal.
 */
export function useApplyBlock(): { status: 'pending' | 'rejected'; expectedReviewDays: number } | null {
  const review = useMe().affiliateReview;
  if (!review || review.status === 'approved') return null;
  return { status: review.status, expectedReviewDays: review.expectedReviewDays };
}
