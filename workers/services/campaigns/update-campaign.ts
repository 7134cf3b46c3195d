import { eq } from 'drizzle-orm';
import { type Campaign, campaigns } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { isCampaignEditable } from '../../domain/campaign-status';
import { AppError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import type { CampaignFields } from './campaign-fields';
import { checkTargets } from './check-targets';
import { loadCampaign } from './load-campaign';

/** Rewrites a draft (the editor sends every field). A scheduled, sent or active campaign is settled. Audited. */
export async function updateCampaign({
  ctx,
  input,
}: ServiceCall<{ campaignId: string; fields: CampaignFields }>): Promise<Campaign> {
  const { organizationId } = actingAdvertiser(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await loadCampaign({ ctx: tx, input: { organizationId, campaignId: input.campaignId, lock: true } });
    if (!isCampaignEditable(before.status))
      throw new AppError('campaign_status_conflict', `A ${before.status} campaign can no longer be edited`, {
        status: before.status,
      });
    await checkTargets({ ctx: tx, input: { organizationId, ...input.fields } });
    const [after] = await tx.db.update(campaigns).set(input.fields).where(eq(campaigns.id, before.id)).returning();
    await recordAudit({
      ctx: tx,
      input: { action: 'campaign.updated', targetType: 'campaign', targetId: before.id, before, after },
    });
    return after as Campaign;
  });
}
