import { type SQL, sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';

/**
 * Gives the lines of the selected payout items back to the affiliate's balance: `from` lines
 * (in_payout, or paid for a take-back after success) become approved again and their links are
 * deleted, so a later proposal can pay them. Inside the caller's transaction, which also moves
 * the items; `items` is a subquery selecting payout item ids. Answers the ids of the lines moved,
 * whose stats the caller refreshes last.
 */
export async function releaseItemLines({
  ctx,
  input,
}: ServiceCall<{ items: SQL; from: 'in_payout' | 'paid' }>): Promise<string[]> {
  const { items, from } = input;
  const moved = await ctx.db.execute(sql`
    UPDATE affiliate.commissions c
    SET status = 'approved', paid_at = NULL, updated_at = ${ctx.now}
    FROM affiliate.payout_item_commissions l
    WHERE l.commission_id = c.id AND l.payout_item_id IN (${items}) AND c.status = ${from}
    RETURNING c.id`);
  await ctx.db.execute(sql`DELETE FROM affiliate.payout_item_commissions WHERE payout_item_id IN (${items})`);
  return (moved.rows as { id: string }[]).map((r) => r.id);
}
