import { and, eq } from 'drizzle-orm';
import { payoutBatches, type PayoutBatch } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';

/**
 * The batch of the request's advertiser, optionally locked for the caller's transaction. Another
 * advertiser's batch answers not_found, like one that does not exist.
 */
export async function findPayoutBatch({
  ctx,
  input,
}: ServiceCall<{ batchId: string; lock?: boolean }>): Promise<PayoutBatch> {
  const { batchId } = input;
  const query = ctx.db
    .select()
    .from(payoutBatches)
    .where(and(eq(payoutBatches.id, batchId), eq(payoutBatches.organizationId, actingAdvertiser(ctx).organizationId)));
  const [batch] = input.lock ? await query.for('update') : await query;
  if (!batch) throw new NotFoundError('payout batch', batchId);
  return batch;
}
