import type { ServiceCall } from '../../context';
import { requirePlatformAdmin } from '../access';
import { decideAffiliateReview } from './decide-affiliate-review';

/**
 * The platform turns an affiliate account down, with a reason the affiliate reads. The account
 * keeps signing in and working in programs an advertiser invited it to; it cannot apply in the
 * marketplace. Staff may still approve it later. Repeating it changes nothing.
 */
export async function rejectAffiliate({
  ctx,
  input,
}: ServiceCall<{ userId: string; reason?: string | undefined }>): Promise<{
  userId: string;
  approvedAffiliate: false;
  affiliateStatus: 'rejected';
}> {
  requirePlatformAdmin(ctx);
  await decideAffiliateReview({ ctx, input: { userId: input.userId, to: 'rejected', reason: input.reason ?? null } });
  return { userId: input.userId, approvedAffiliate: false, affiliateStatus: 'rejected' };
}
