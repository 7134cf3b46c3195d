import { asc, eq } from 'drizzle-orm';
import { payoutBatchParts } from '../../../schema';
import type { ServiceCall } from '../../context';
import { findPayoutBatch } from './find-payout-batch';
import { listBatchItems } from './list-batch-items';

export interface BatchPageInput {
  batchId: string;
  limit: number;
  cursor?: string | undefined;
}

/** The tenant's batch with its parts in order and one page of its items: what the batch views start from. */
export async function batchPage({ ctx, input }: ServiceCall<BatchPageInput>) {
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
  return { batch, parts, items };
}
