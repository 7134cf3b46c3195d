import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { payoutBatchParts, payoutItems, users, type PayoutItem } from '../../../schema';
import type { ServiceCall } from '../../context';

export interface BatchItemRow {
  id: string;
  item: PayoutItem;
  affiliateEmail: string;
  /** First and last name, else the email: how the rest of the dashboard names the person. */
  affiliateName: string;
  /** PayPal's id of the payout (the part) carrying this item, once sent. */
  paypalBatchId: string | null;
}

/** Items of one batch in id order (the order parts are cut in), with the affiliate's account email. */
export async function listBatchItems({
  ctx,
  input,
}: ServiceCall<{ batchId: string; page?: { limit?: number | undefined; cursor?: string | undefined } }>): Promise<
  BatchItemRow[]
> {
  const { batchId, page = {} } = input;
  const query = ctx.db
    .select({
      item: payoutItems,
      affiliateEmail: users.email,
      affiliateName: sql<string>`coalesce(nullif(trim(concat_ws(' ', ${users.firstName}, ${users.lastName})), ''), ${users.email})`,
      paypalBatchId: payoutBatchParts.paypalBatchId,
    })
    .from(payoutItems)
    .innerJoin(users, eq(users.id, payoutItems.affiliateId))
    .leftJoin(
      payoutBatchParts,
      and(eq(payoutBatchParts.batchId, payoutItems.batchId), eq(payoutBatchParts.part, payoutItems.part)),
    )
    .where(and(eq(payoutItems.batchId, batchId), page.cursor ? gt(payoutItems.id, page.cursor) : undefined))
    .orderBy(asc(payoutItems.id));
  const rows = page.limit === undefined ? await query : await query.limit(page.limit + 1);
  return rows.map((r) => ({ id: r.item.id, ...r }));
}
