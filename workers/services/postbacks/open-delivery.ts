import { sql } from 'drizzle-orm';
import { postbackDeliveries, type PostbackDelivery } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { PostbackJob } from './resolve-postback-job';

/**
 * The delivery row of this event, created on first sight and found again on redelivery by
 * (affiliate, event type, event key). Null when that row is already `success`: a delivered
 * postback is never fired again.
 */
export async function openDelivery({
  ctx,
  input,
}: ServiceCall<{ job: PostbackJob }>): Promise<PostbackDelivery | null> {
  const [row] = await ctx.db
    .insert(postbackDeliveries)
    .values({ ...input.job, status: 'pending' })
    .onConflictDoUpdate({
      target: [postbackDeliveries.affiliateId, postbackDeliveries.eventType, postbackDeliveries.eventKey],
      set: { url: input.job.url, updatedAt: ctx.now },
      setWhere: sql`${postbackDeliveries.status} <> 'success'`,
    })
    .returning();
  return row ?? null;
}
