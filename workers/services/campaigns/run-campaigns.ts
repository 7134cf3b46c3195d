import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { campaignRecipients, campaigns } from '../../../schema';
import type { ServiceCall } from '../../context';
import { canChangeCampaignStatus } from '../../domain/campaign-status';
import { type AdvanceLimits, advanceCampaign } from './advance-campaign';

/**
 * The minute cron: scheduled sends that are due start (a guarded update, so two runs start each once),
 * then every sending broadcast and active trigger advances a bounded step, as does any campaign that
 * still holds queued recipients. Safe to run twice at once.
 */
export async function runCampaigns({
  ctx,
  input,
}: ServiceCall<{ campaigns: number; limits: AdvanceLimits }>): Promise<{ started: number; delivered: number }> {
  const due = canChangeCampaignStatus('scheduled', 'sending')
    ? await ctx.db
        .update(campaigns)
        .set({ status: 'sending', startedAt: ctx.now })
        .where(and(eq(campaigns.status, 'scheduled'), lte(campaigns.scheduledAt, ctx.now)))
        .returning({ id: campaigns.id })
    : [];
  const live = await ctx.db
    .select()
    .from(campaigns)
    .where(
      or(
        inArray(campaigns.status, ['sending', 'active']),
        sql`EXISTS (SELECT 1 FROM ${campaignRecipients} WHERE ${campaignRecipients.campaignId} = ${campaigns.id} AND ${campaignRecipients.state} = 'queued')`,
      ),
    )
    .orderBy(campaigns.id)
    .limit(input.campaigns);
  let delivered = 0;
  for (const campaign of live) {
    try {
      delivered += (await advanceCampaign({ ctx, input: { campaign, limits: input.limits } })).delivered;
    } catch (error) {
      // One campaign's failure must not hold back the others; its rows stay queued for the next run.
      ctx.log.error('campaign_advance_failed', { campaignId: campaign.id, error });
    }
  }
  return { started: due.length, delivered };
}
