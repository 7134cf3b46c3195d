import { countDistinct, eq } from 'drizzle-orm';
import { enrollments, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { audienceConditions } from './audience-conditions';
import { loadCampaign } from './load-campaign';

/**
 * How many affiliates a send of the campaign would reach now: its targeting without a trigger, less those
 * already reached. The dashboard names this number before "Send now" mails them.
 */
export async function countCampaignAudience({ ctx, input }: ServiceCall<{ campaignId: string }>): Promise<number> {
  const { organizationId } = actingAdvertiser(ctx);
  const campaign = await loadCampaign({ ctx, input: { organizationId, campaignId: input.campaignId } });
  const [row] = await ctx.db
    .select({ count: countDistinct(enrollments.affiliateId) })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.affiliateId))
    .where(audienceConditions({ ...campaign, trigger: null }, ctx.now));
  return row?.count ?? 0;
}
