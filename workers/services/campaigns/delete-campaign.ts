import { eq } from 'drizzle-orm';
import { campaigns } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { isCampaignDeletable } from '../../domain/campaign-status';
import { AppError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { loadCampaign } from './load-campaign';

/** Deletes a draft; a campaign that reached anyone keeps its report (cancel it instead). Audited. */
export async function deleteCampaign({ ctx, input }: ServiceCall<{ campaignId: string }>): Promise<void> {
  const { organizationId } = actingAdvertiser(ctx);
  await inTransaction(ctx, async (tx) => {
    const before = await loadCampaign({ ctx: tx, input: { organizationId, campaignId: input.campaignId, lock: true } });
    if (!isCampaignDeletable(before.status))
      throw new AppError('campaign_status_conflict', `A ${before.status} campaign cannot be deleted; cancel it`, {
        status: before.status,
      });
    await tx.db.delete(campaigns).where(eq(campaigns.id, before.id));
    await recordAudit({
      ctx: tx,
      input: { action: 'campaign.deleted', targetType: 'campaign', targetId: before.id, before },
    });
  });
}
