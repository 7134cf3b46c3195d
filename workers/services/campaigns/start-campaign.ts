import { eq } from 'drizzle-orm';
import { type Campaign, campaigns } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { canChangeCampaignStatus, startedStatus } from '../../domain/campaign-status';
import { AppError, ValidationError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { assertPlanAllows } from '../plans';
import { advanceCampaign } from './advance-campaign';
import { loadCampaign } from './load-campaign';

/** What one request delivers at once; the minute cron carries on with the rest. */
export const REQUEST_LIMITS = { expand: 5_000, deliver: 200, chunk: 100 };

const ACTION = { sending: 'campaign.sent', scheduled: 'campaign.scheduled', active: 'campaign.activated' } as const;

/**
 * Sends a draft now, schedules it, or switches its trigger on. Each counts once against the plan's
 * campaign sends this month (402 past it). A send now is expanded and its first chunks delivered in this
 * request; the cron does the rest. Audited.
 */
export async function startCampaign({
  ctx,
  input,
}: ServiceCall<{ campaignId: string; scheduledAt?: Date | undefined }>): Promise<Campaign> {
  const { organizationId } = actingAdvertiser(ctx);
  const started = await inTransaction(ctx, async (tx) => {
    const before = await loadCampaign({ ctx: tx, input: { organizationId, campaignId: input.campaignId, lock: true } });
    const to = startedStatus(before.trigger !== null, input.scheduledAt !== undefined);
    if (!canChangeCampaignStatus(before.status, to))
      throw new AppError('campaign_status_conflict', `A ${before.status} campaign cannot be started`, {
        status: before.status,
      });
    if (input.scheduledAt && before.trigger) throw new ValidationError('A triggered campaign has no schedule');
    if (input.scheduledAt && input.scheduledAt <= tx.now)
      throw new ValidationError('The schedule must be in the future');
    await assertPlanAllows({ ctx: tx, input: { organizationId, limit: 'campaignSends' } });
    const [after] = await tx.db
      .update(campaigns)
      .set({
        status: to,
        scheduledAt: input.scheduledAt ?? null,
        startedAt: to === 'scheduled' ? null : tx.now,
        countedAt: tx.now,
      })
      .where(eq(campaigns.id, before.id))
      .returning();
    await recordAudit({
      ctx: tx,
      input: { action: ACTION[to as keyof typeof ACTION], targetType: 'campaign', targetId: before.id, before, after },
    });
    return after as Campaign;
  });
  if (started.status === 'sending')
    await advanceCampaign({ ctx, input: { campaign: started, limits: REQUEST_LIMITS } });
  return loadCampaign({ ctx, input: { organizationId, campaignId: started.id } });
}
