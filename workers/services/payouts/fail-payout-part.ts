import { and, eq, sql } from 'drizzle-orm';
import { payoutBatchParts, payoutItems } from '../../../schema';
import { inTransaction, type ServiceContext } from '../../context';
import { releaseItemLines } from './release-item-lines';
import { refreshConversionStats } from '../stats/refresh-conversion-stats';

/**
 * PayPal refused a part outright (a 4xx such as a validation error or insufficient funds, or a
 * batch it DENIED after accepting it): no money moved, so its items still pending fail and their
 * lines return to the balance in one transaction.
 */
export function failPayoutPart(
  ctx: ServiceContext,
  part: { id: string; batchId: string; part: number },
  reason: string,
  from: 'sending' | 'sent' = 'sending',
): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const [failed] = await tx.db
      .update(payoutBatchParts)
      .set({ status: 'failed', lastError: reason, updatedAt: ctx.now })
      .where(and(eq(payoutBatchParts.id, part.id), eq(payoutBatchParts.status, from)))
      .returning();
    if (!failed) return;
    const items = sql`SELECT id FROM affiliate.payout_items WHERE batch_id = ${part.batchId} AND part = ${part.part} AND status = 'pending'`;
    const released = await releaseItemLines(tx, items, 'in_payout');
    await tx.db
      .update(payoutItems)
      .set({
        status: 'failed',
        failureReason: `PayPal refused the payout: ${reason}`.slice(0, 1000),
        updatedAt: ctx.now,
      })
      .where(
        and(eq(payoutItems.batchId, part.batchId), eq(payoutItems.part, part.part), eq(payoutItems.status, 'pending')),
      );
    await refreshConversionStats(tx, { commissionIds: released });
  });
}
