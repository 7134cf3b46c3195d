import { and, eq, sql } from 'drizzle-orm';
import { payoutItems } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { isPayoutBatchEditable } from '../../domain/payout-batch-status';
import { ConflictError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { findPayoutBatch } from './find-payout-batch';
import { refreshBatchTotals } from './refresh-batch-totals';
import { releaseItemLines } from './release-item-lines';
import { refreshConversionStats } from '../stats';

/**
 * Takes one affiliate out of a proposed batch: its lines go back to approved (they are proposed
 * again next time if still eligible), the item is deleted and the totals follow. Audited with the reason.
 */
export function excludePayoutItem({
  ctx,
  input,
}: ServiceCall<{ batchId: string; itemId: string; reason?: string | undefined }>) {
  return inTransaction(ctx, async (tx) => {
    const batch = await findPayoutBatch({ ctx: tx, input: { batchId: input.batchId, lock: true } });
    if (!isPayoutBatchEditable(batch.status))
      throw new ConflictError(`Only a proposed batch can change; this one is ${batch.status}`);
    const [item] = await tx.db
      .select()
      .from(payoutItems)
      .where(and(eq(payoutItems.id, input.itemId), eq(payoutItems.batchId, batch.id)));
    if (!item) throw new NotFoundError('payout item', input.itemId);
    const released = await releaseItemLines({
      ctx: tx,
      input: { items: sql`SELECT ${item.id}::uuid`, from: 'in_payout' },
    });
    await tx.db.delete(payoutItems).where(eq(payoutItems.id, item.id));
    const totals = await refreshBatchTotals({ ctx: tx, input: { batchId: batch.id } });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'payout_batch.item_excluded',
        targetType: 'payout_batch',
        targetId: batch.id,
        before: { itemId: item.id, affiliateId: item.affiliateId, amountMinor: item.amountMinor },
        after: { linesReleased: released.length, ...totals, ...(input.reason ? { reason: input.reason } : {}) },
      },
    });
    await refreshConversionStats({ ctx: tx, input: { commissionIds: released } });
    return { ...batch, ...totals };
  });
}
