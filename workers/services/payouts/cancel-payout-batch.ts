import { eq, sql } from 'drizzle-orm';
import { payoutBatches, payoutBatchParts, payoutItems } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { assertPayoutBatchTransition } from '../../domain/payout-batch-status';
import { recordAudit } from '../audit';
import { findPayoutBatch } from './find-payout-batch';
import { releaseItemLines } from './release-item-lines';
import { refreshConversionStats } from '../stats';

/**
 * Cancels a batch that never reached PayPal (proposed or approved): every line goes back to
 * approved, items are kept as canceled for the record, unsent parts are dropped. Audited.
 */
export function cancelPayoutBatch({ ctx, input }: ServiceCall<{ batchId: string }>) {
  return inTransaction(ctx, async (tx) => {
    const batch = await findPayoutBatch({ ctx: tx, input: { batchId: input.batchId, lock: true } });
    assertPayoutBatchTransition(
      batch.status,
      'canceled',
      `Only a proposed or approved batch can be canceled; this one is ${batch.status}`,
    );
    const released = await releaseItemLines({
      ctx: tx,
      input: { items: sql`SELECT id FROM affiliate.payout_items WHERE batch_id = ${batch.id}`, from: 'in_payout' },
    });
    await tx.db
      .update(payoutItems)
      .set({ status: 'canceled', failureReason: 'batch canceled before sending', updatedAt: ctx.now })
      .where(eq(payoutItems.batchId, batch.id));
    await tx.db.delete(payoutBatchParts).where(eq(payoutBatchParts.batchId, batch.id));
    const [canceled] = await tx.db
      .update(payoutBatches)
      .set({ status: 'canceled', updatedAt: ctx.now })
      .where(eq(payoutBatches.id, batch.id))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'payout_batch.canceled',
        targetType: 'payout_batch',
        targetId: batch.id,
        before: { status: batch.status },
        after: { status: 'canceled', linesReleased: released.length },
      },
    });
    await refreshConversionStats({ ctx: tx, input: { commissionIds: released } });
    return canceled!;
  });
}
