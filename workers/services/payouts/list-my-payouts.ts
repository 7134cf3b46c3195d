import { and, desc, eq, lt } from 'drizzle-orm';
import { organizations, payoutBatches, payoutItems, type PayoutItem } from '../../../schema';
import type { PayoutBatchStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { eqIf } from '../../db/eq-if';
import { actorId, portalScope } from '../access';

export interface MyPayoutRow {
  id: string;
  item: PayoutItem;
  organizationName: string;
  batchStatus: PayoutBatchStatus;
  /** When the batch went to PayPal; null while it is under review. */
  sentAt: Date | null;
}

/**
 * The signed-in affiliate's payout items with every advertiser, newest first. Items of batches
 * still under review are included (the affiliate sees money on its way); `limit` undefined: all.
 */
export async function listMyPayouts({
  ctx,
  input,
}: ServiceCall<{ limit?: number | undefined; cursor?: string | undefined }>): Promise<MyPayoutRow[]> {
  const query = ctx.db
    .select({
      item: payoutItems,
      organizationName: organizations.name,
      batchStatus: payoutBatches.status,
      sentAt: payoutBatches.sentAt,
    })
    .from(payoutItems)
    .innerJoin(payoutBatches, eq(payoutBatches.id, payoutItems.batchId))
    .innerJoin(organizations, eq(organizations.id, payoutItems.organizationId))
    .where(
      and(
        eq(payoutItems.affiliateId, actorId(ctx)),
        eqIf(payoutItems.organizationId, portalScope(ctx)),
        input.cursor ? lt(payoutItems.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(payoutItems.id));
  const rows = input.limit === undefined ? await query : await query.limit(input.limit + 1);
  return rows.map((r) => ({ id: r.item.id, ...r }));
}
