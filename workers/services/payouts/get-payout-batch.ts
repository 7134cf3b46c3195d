import { asc, eq } from 'drizzle-orm';
import { payoutBatchParts } from '../../../schema';
import type { ServiceCall } from '../../context';
import { batchDuties } from './batch-duties';
import { findPayoutBatch } from './find-payout-batch';
import { listBatchItems } from './list-batch-items';

/** A batch with its totals, who did what and may act next, its PayPal parts and one page of its items. */
export async function getPayoutBatch({
  ctx,
  input,
}: ServiceCall<{ batchId: string; limit: number; cursor?: string | undefined }>) {
  const batch = await findPayoutBatch({ ctx, input: { batchId: input.batchId } });
  const parts = await ctx.db
    .select()
    .from(payoutBatchParts)
    .where(eq(payoutBatchParts.batchId, batch.id))
    .orderBy(asc(payoutBatchParts.part));
  const items = await listBatchItems({
    ctx,
    input: { batchId: batch.id, page: { limit: input.limit, cursor: input.cursor } },
  });
  const duties = await batchDuties({ ctx, input: { batch } });
  return { batch, duties, parts, items };
}
