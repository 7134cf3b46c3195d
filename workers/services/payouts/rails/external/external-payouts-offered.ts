import { and, eq, isNull, sql } from 'drizzle-orm';
import { webhookEndpoints } from '../../../../../schema';
import type { ServiceCall } from '../../../../context';

/**
 * The advertiser offers external payouts while it has an active webhook endpoint of its own subscribed to
 * `payout`: that is where each `payout.external_requested` event goes (docs/payout-rails.md).
 */
export async function externalPayoutsOffered({
  ctx,
  input,
}: ServiceCall<{ organizationId: string }>): Promise<boolean> {
  const [row] = await ctx.db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.organizationId, input.organizationId),
        isNull(webhookEndpoints.userId),
        eq(webhookEndpoints.active, true),
        sql`'payout' = ANY(${webhookEndpoints.events})`,
      ),
    )
    .limit(1);
  return row !== undefined;
}
