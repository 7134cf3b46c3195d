import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { affiliateReviewStatus } from '../../domain/affiliate-review';
import { readPlatformSettings } from '../platform-settings';
import { affiliateAccountSql } from '../access';
import { decideAffiliateReview } from './decide-affiliate-review';

/**
 * On an install that approves affiliates automatically, approves a freshly verified affiliate
 * account that is still waiting (and notifies it like a manual approval). A rejected account is
 * left to staff; staff and advertiser accounts are not affiliates.
 */
export async function autoApproveAffiliate({ ctx, input }: ServiceCall<{ userId: string }>): Promise<boolean> {
  const { userId } = input;
  const settings = await readPlatformSettings({ ctx, input: undefined });
  if (!settings.affiliateAutoApproval) return false;
  const [user] = await ctx.db
    .select({
      approvedAffiliate: users.approvedAffiliate,
      affiliateReviewedAt: users.affiliateReviewedAt,
      isAffiliate: affiliateAccountSql(),
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user?.isAffiliate || affiliateReviewStatus(user) !== 'pending') return false;
  const result = await decideAffiliateReview({ ctx, input: { userId, to: 'approved', automatic: true } });
  return result.changed;
}
