import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { FINAL_ITEM_STATUSES } from '../../domain/payout-item-transition';
import { RAIL_FACTS, RAILS } from '../../domain/payout-rails';

const FINAL = sql.join(
  [...FINAL_ITEM_STATUSES].map((s) => sql`${s}`),
  sql`, `,
);

/** Each rail's watch after sending (RailFacts.watchDaysAfterSend): a part closes only once it is over. */
const WATCH = RAILS.map((rail) => ({ rail, days: RAIL_FACTS[rail].watchDaysAfterSend }));

/**
 * The batch's header follows its parts and items, whichever path (webhook or poll) brought the
 * result: its PayPal status is part 0's latest (or the first part's that is not final yet), parts
 * whose items are all final become completed (a part only after its rail's watch, such as a
 * Stripe part's reversal watch, so polling still reads its transfers), and the batch too once
 * every item is. An unclaimed item keeps both open (PayPal returns it after 30 days). Cheap while
 * items are still open: NOT EXISTS stops at the first one.
 */
export async function completePayoutBatch({ ctx, input }: ServiceCall<{ batchId: string }>): Promise<boolean> {
  const { batchId } = input;
  await ctx.db.execute(sql`
    UPDATE affiliate.payout_batches b SET paypal_status = p.paypal_status, updated_at = ${ctx.now}
    FROM (
      SELECT paypal_status FROM affiliate.payout_batch_parts
      WHERE batch_id = ${batchId} AND paypal_status IS NOT NULL
      ORDER BY (paypal_status IN ('SUCCESS', 'DENIED', 'CANCELED')), part LIMIT 1
    ) p
    WHERE b.id = ${batchId} AND b.status IN ('sent', 'completed') AND b.paypal_status IS DISTINCT FROM p.paypal_status`);
  await ctx.db.execute(sql`
    UPDATE affiliate.payout_batch_parts p SET status = 'completed', updated_at = ${ctx.now}
    WHERE p.batch_id = ${batchId} AND p.status = 'sent'
      AND EXISTS (SELECT 1 FROM jsonb_to_recordset(${JSON.stringify(WATCH)}::jsonb) AS w(rail text, days int)
        WHERE w.rail = p.rail AND (w.days = 0 OR p.sent_at < ${ctx.now}::timestamptz - make_interval(days => w.days)))
      AND NOT EXISTS (SELECT 1 FROM affiliate.payout_items i WHERE i.batch_id = p.batch_id AND i.part = p.part AND i.status NOT IN (${FINAL}))`);
  const done = await ctx.db.execute(sql`
    UPDATE affiliate.payout_batches b SET status = 'completed', completed_at = ${ctx.now}, updated_at = ${ctx.now}
    WHERE b.id = ${batchId} AND b.status = 'sent'
      AND NOT EXISTS (SELECT 1 FROM affiliate.payout_items i WHERE i.batch_id = b.id AND i.status NOT IN (${FINAL}))
    RETURNING b.id`);
  return done.rows.length > 0;
}
