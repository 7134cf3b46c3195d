import { and, desc, eq, lt } from 'drizzle-orm';
import { type Campaign, campaigns } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { type CampaignCounts, campaignCounts, NO_COUNTS } from './campaign-counts';

export type CampaignWithCounts = Campaign & { counts: CampaignCounts };

/** The advertiser's campaigns, newest first, with their delivery counts (a page of `limit`, one more to tell if there is a next). */
export async function listCampaigns({
  ctx,
  input,
}: ServiceCall<{ limit: number; cursor?: string | undefined }>): Promise<CampaignWithCounts[]> {
  const { organizationId } = actingAdvertiser(ctx);
  const rows = await ctx.db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.organizationId, organizationId), input.cursor ? lt(campaigns.id, input.cursor) : undefined))
    .orderBy(desc(campaigns.id))
    .limit(input.limit + 1);
  const counts = await campaignCounts({ ctx, input: { campaignIds: rows.map((r) => r.id) } });
  return rows.map((r) => ({ ...r, counts: counts.get(r.id) ?? NO_COUNTS }));
}
