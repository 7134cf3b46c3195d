import { and, eq, isNull } from 'drizzle-orm';
import { campaignRecipients } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { affiliateScope } from '../access';

/** Marks one of the affiliate's own messages read (again is a no-op); anyone else's is not_found. */
export async function markCampaignMessageRead({ ctx, input }: ServiceCall<{ messageId: string }>): Promise<void> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const mine = and(
    eq(campaignRecipients.id, input.messageId),
    eq(campaignRecipients.affiliateId, affiliateId),
    eq(campaignRecipients.organizationId, organizationId),
  );
  const [row] = await ctx.db.select({ readAt: campaignRecipients.readAt }).from(campaignRecipients).where(mine);
  if (!row) throw new NotFoundError('message', input.messageId);
  await ctx.db
    .update(campaignRecipients)
    .set({ readAt: ctx.now })
    .where(and(mine, isNull(campaignRecipients.readAt)));
}
