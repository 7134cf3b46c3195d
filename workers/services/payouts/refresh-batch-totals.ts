import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';

/** Recomputes a batch's total and item count from its items, inside the caller's transaction. */
export async function refreshBatchTotals({
  ctx,
  input,
}: ServiceCall<{ batchId: string }>): Promise<{ totalMinor: number; itemCount: number }> {
  const { batchId } = input;
  const result = await ctx.db.execute(sql`
    UPDATE affiliate.payout_batches b
    SET total_minor = t.total, item_count = t.items, updated_at = ${ctx.now}
    FROM (SELECT coalesce(sum(amount_minor), 0) AS total, count(*)::int AS items FROM affiliate.payout_items WHERE batch_id = ${batchId}) t
    WHERE b.id = ${batchId}
    RETURNING b.total_minor, b.item_count`);
  const row = result.rows[0] as { total_minor: string; item_count: number } | undefined;
  return { totalMinor: Number(row?.total_minor ?? 0), itemCount: row?.item_count ?? 0 };
}
