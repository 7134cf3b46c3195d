import { and, eq, sql } from 'drizzle-orm';
import { type Campaign, campaignRecipients, campaigns } from '../../../schema';
import type { ServiceCall } from '../../context';
import { canChangeCampaignStatus } from '../../domain/campaign-status';
import { deliverRecipients } from './deliver-recipients';
import { expandRecipients } from './expand-recipients';

export interface AdvanceLimits {
  /** Affiliates expanded per run. */
  expand: number;
  /** Recipients delivered per run, in chunks of `chunk`. */
  deliver: number;
  chunk: number;
}

/**
 * One step of a sending broadcast or an active trigger: expand whom it reaches now, deliver a bounded
 * number of chunks, and close a broadcast once nothing is left. Every part is safe to repeat or run twice
 * at once (unique recipients, SKIP LOCKED chunks, a guarded status update), so a crash anywhere resumes.
 */
export async function advanceCampaign({
  ctx,
  input,
}: ServiceCall<{ campaign: Campaign; limits: AdvanceLimits }>): Promise<{ added: number; delivered: number }> {
  const { campaign, limits } = input;
  const live = campaign.status === 'sending' || campaign.status === 'active';
  const added = live ? await expandRecipients({ ctx, input: { campaign, limit: limits.expand } }) : 0;
  let delivered = 0;
  while (delivered < limits.deliver) {
    const chunk = await deliverRecipients({ ctx, input: { campaign, limit: limits.chunk } });
    delivered += chunk;
    if (chunk < limits.chunk) break;
  }
  if (campaign.status === 'sending' && added < limits.expand && canChangeCampaignStatus('sending', 'sent')) {
    await ctx.db
      .update(campaigns)
      .set({ status: 'sent', finishedAt: ctx.now })
      .where(
        and(
          eq(campaigns.id, campaign.id),
          eq(campaigns.status, 'sending'),
          sql`NOT EXISTS (SELECT 1 FROM ${campaignRecipients} WHERE ${campaignRecipients.campaignId} = ${campaign.id} AND ${campaignRecipients.state} = 'queued')`,
        ),
      );
  }
  return { added, delivered };
}
