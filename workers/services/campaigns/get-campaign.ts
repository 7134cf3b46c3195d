import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { campaignCounts, NO_COUNTS } from './campaign-counts';
import type { CampaignWithCounts } from './list-campaigns';
import { loadCampaign } from './load-campaign';

/** One of the advertiser's campaigns with its delivery counts; another advertiser's is not_found. */
export async function getCampaign({ ctx, input }: ServiceCall<{ campaignId: string }>): Promise<CampaignWithCounts> {
  const { organizationId } = actingAdvertiser(ctx);
  const campaign = await loadCampaign({ ctx, input: { organizationId, campaignId: input.campaignId } });
  const counts = await campaignCounts({ ctx, input: { campaignIds: [campaign.id] } });
  return { ...campaign, counts: counts.get(campaign.id) ?? NO_COUNTS };
}
