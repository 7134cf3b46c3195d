import type { ServiceCall } from '../../context';
import { requirePlatformAdmin } from '../access';
import { decideAffiliateReview } from './decide-affiliate-review';

/** Platform approval of an affiliate account (may then apply in the marketplace); repeating it changes nothing. */
export async function approveAffiliate({
  ctx,
  input,
}: ServiceCall<{ userId: string }>): Promise<{ userId: string; approvedAffiliate: true }> {
  requirePlatformAdmin(ctx);
  await decideAffiliateReview({ ctx, input: { userId: input.userId, to: 'approved' } });
  return { userId: input.userId, approvedAffiliate: true };
}
