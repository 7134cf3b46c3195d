import type { ServiceCall } from '../../context';
import { type AffiliateReviewResult, decideAffiliateReview } from './decide-affiliate-review';

/** Platform approval of an affiliate account (may then apply in the marketplace); repeating it changes nothing. */
export async function approveAffiliate({
  ctx,
  input,
}: ServiceCall<{ userId: string }>): Promise<AffiliateReviewResult> {
  return decideAffiliateReview(ctx, { userId: input.userId, to: 'approved' });
}
