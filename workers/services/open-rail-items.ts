import { and, eq, inArray, sql } from 'drizzle-orm';
import { payoutBatches, payoutItems } from '../../schema';
import type { PayoutRail } from '../../schema/enums';
import type { ServiceCall } from '../context';

/**
 * How many of the organization's items on one rail are on their way (pending in a batch being sent or sent). A
 * provider account that made them (a Tremendous key, a Wise token and profile) is the only one that can read them
 * back, so the account areas refuse to drop or swap it while any are open. Beside the areas: the payouts area
 * imports both account areas, so the step cannot live there.
 */
export async function openRailItems({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; rail: PayoutRail }>): Promise<number> {
  const [open] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(payoutItems)
    .innerJoin(payoutBatches, eq(payoutBatches.id, payoutItems.batchId))
    .where(
      and(
        eq(payoutItems.organizationId, input.organizationId),
        eq(payoutItems.rail, input.rail),
        eq(payoutItems.status, 'pending'),
        inArray(payoutBatches.status, ['sending', 'sent']),
      ),
    );
  return open?.n ?? 0;
}
