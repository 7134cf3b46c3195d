import { and, eq } from 'drizzle-orm';
import { type Campaign, campaigns } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';

/** One of the advertiser's campaigns, locked for the caller's transaction when asked; another's is not_found. */
export async function loadCampaign({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; campaignId: string; lock?: boolean }>): Promise<Campaign> {
  const query = ctx.db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.id, input.campaignId), eq(campaigns.organizationId, input.organizationId)));
  const [row] = input.lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('campaign', input.campaignId);
  return row;
}
