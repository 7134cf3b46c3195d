import { type Campaign, campaigns } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { actingAdvertiser, actorId } from '../access';
import { recordAudit } from '../audit';
import type { CampaignFields } from './campaign-fields';
import { checkTargets } from './check-targets';

/** Saves a draft campaign; nothing is sent until it is started. Audited. */
export async function createCampaign({ ctx, input }: ServiceCall<CampaignFields>): Promise<Campaign> {
  const { organizationId } = actingAdvertiser(ctx);
  return inTransaction(ctx, async (tx) => {
    await checkTargets({ ctx: tx, input: { organizationId, ...input } });
    const [row] = await tx.db
      .insert(campaigns)
      .values({ ...input, organizationId, status: 'draft', createdById: actorId(ctx) })
      .returning();
    const created = row as Campaign;
    await recordAudit({
      ctx: tx,
      input: { action: 'campaign.created', targetType: 'campaign', targetId: created.id, after: created },
    });
    return created;
  });
}
