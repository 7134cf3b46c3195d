import { and, eq, inArray, sql } from 'drizzle-orm';
import { payoutBatches, payoutItems } from '../../../schema';
import type { ServiceCall } from '../../context';

/**
 * How many of the organization's Wise items are on their way (pending in a batch being sent or sent): their
 * transfers were made with the Wise profile that pays now, and only its token can read them back.
 */
export async function openWiseItems({ ctx, input }: ServiceCall<{ organizationId: string }>): Promise<number> {
  const [open] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(payoutItems)
    .innerJoin(payoutBatches, eq(payoutBatches.id, payoutItems.batchId))
    .where(
      and(
        eq(payoutItems.organizationId, input.organizationId),
        eq(payoutItems.rail, 'wise'),
        eq(payoutItems.status, 'pending'),
        inArray(payoutBatches.status, ['sending', 'sent']),
      ),
    );
  return open?.n ?? 0;
}
