import { eq } from 'drizzle-orm';
import { type Campaign, campaigns } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { canChangeCampaignStatus } from '../../domain/campaign-status';
import { AppError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { loadCampaign } from './load-campaign';

/**
 * Calls off a scheduled send or switches a trigger off (what it already delivered stays), or drops a
 * draft's plans. A send under way finishes. Audited.
 */
export async function cancelCampaign({ ctx, input }: ServiceCall<{ campaignId: string }>): Promise<Campaign> {
  const { organizationId } = actingAdvertiser(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await loadCampaign({ ctx: tx, input: { organizationId, campaignId: input.campaignId, lock: true } });
    if (!canChangeCampaignStatus(before.status, 'cancelled'))
      throw new AppError('campaign_status_conflict', `A ${before.status} campaign cannot be cancelled`, {
        status: before.status,
      });
    const [after] = await tx.db
      .update(campaigns)
      .set({ status: 'cancelled' })
      .where(eq(campaigns.id, before.id))
      .returning();
    await recordAudit({
      ctx: tx,
      input: { action: 'campaign.cancelled', targetType: 'campaign', targetId: before.id, before, after },
    });
    return after as Campaign;
  });
}
