import { and, desc, eq, lt } from 'drizzle-orm';
import { payoutBatches, type PayoutBatch } from '../../../schema';
import type { PayoutBatchStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

/** The advertiser's batches, newest first, optionally of one status; one row more than `limit` says there is a next page. */
export function listPayoutBatches({
  ctx,
  input,
}: ServiceCall<{ status?: PayoutBatchStatus | undefined; limit: number; cursor?: string | undefined }>): Promise<
  PayoutBatch[]
> {
  return ctx.db
    .select()
    .from(payoutBatches)
    .where(
      and(
        eq(payoutBatches.organizationId, actingAdvertiser(ctx).organizationId),
        input.status ? eq(payoutBatches.status, input.status) : undefined,
        input.cursor ? lt(payoutBatches.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(payoutBatches.id))
    .limit(input.limit + 1);
}
