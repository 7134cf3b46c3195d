import { and, eq, lt, or, sql } from 'drizzle-orm';
import { payoutBatchParts, type PayoutBatchPart } from '../../../schema';
import type { ServiceCall } from '../../context';

/**
 * A part left in 'sending' this long is presumed abandoned (crash, timeout) and may be re-sent
 * with the same id; longer than the client's worst case (4 attempts × 20 s + 6 s of backoff).
 */
export const STUCK_SENDING_MS = 2 * 60_000;

/**
 * Marks a part 'sending' (attempts + 1) in its own committed statement, before PayPal is called:
 * a crash afterwards leaves the evidence, and the recovery re-sends the same sender_batch_id.
 * Only one caller gets the row: a fresh 'sending' part belongs to whoever claimed it.
 */
export async function claimPayoutPart({
  ctx,
  input,
}: ServiceCall<{ partId: string }>): Promise<PayoutBatchPart | null> {
  const { partId } = input;
  const stale = new Date(ctx.now.getTime() - STUCK_SENDING_MS);
  const [claimed] = await ctx.db
    .update(payoutBatchParts)
    .set({ status: 'sending', attempts: sql`${payoutBatchParts.attempts} + 1`, updatedAt: ctx.now })
    .where(
      and(
        eq(payoutBatchParts.id, partId),
        or(
          eq(payoutBatchParts.status, 'pending'),
          and(eq(payoutBatchParts.status, 'sending'), lt(payoutBatchParts.updatedAt, stale)),
        ),
      ),
    )
    .returning();
  return claimed ?? null;
}
