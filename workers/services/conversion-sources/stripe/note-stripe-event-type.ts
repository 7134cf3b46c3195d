import { sql } from 'drizzle-orm';
import { stripeEventTypes } from '../../../../schema';
import type { ServiceCall } from '../../../context';

/**
 * Remembers that the app's endpoint delivered a verified event of this type (and in which API
 * version), so its integration status can name the required types that never arrived. One upsert
 * per delivery; a redelivery or an older event never moves the times back.
 */
export async function noteStripeEventType({
  ctx,
  input,
}: ServiceCall<{ appId: string; eventType: string; apiVersion: string | null }>): Promise<void> {
  await ctx.db
    .insert(stripeEventTypes)
    .values({
      appId: input.appId,
      eventType: input.eventType,
      firstSeenAt: ctx.now,
      lastSeenAt: ctx.now,
      apiVersion: input.apiVersion,
    })
    .onConflictDoUpdate({
      target: [stripeEventTypes.appId, stripeEventTypes.eventType],
      set: {
        lastSeenAt: sql`GREATEST(${stripeEventTypes.lastSeenAt}, excluded.last_seen_at)`,
        apiVersion: sql`COALESCE(excluded.api_version, ${stripeEventTypes.apiVersion})`,
      },
    });
}
