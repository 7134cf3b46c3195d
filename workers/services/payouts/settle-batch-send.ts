import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { completePayoutBatch } from './complete-payout-batch';

/**
 * Once no part of a sending batch is pending or sending: 'sent' if any part reached PayPal,
 * 'failed' if all were refused. The batch keeps part 0's PayPal id for reference.
 */
export async function settleBatchSend({ ctx, input }: ServiceCall<{ batchId: string }>): Promise<string | null> {
  const { batchId } = input;
  const result = await ctx.db.execute(sql`
    UPDATE affiliate.payout_batches b
    SET status = CASE WHEN s.reached THEN 'sent' ELSE 'failed' END,
        sent_at = CASE WHEN s.reached THEN ${ctx.now}::timestamptz END,
        paypal_batch_id = s.paypal_batch_id, paypal_status = s.paypal_status, last_error = s.last_error, updated_at = ${ctx.now}
    FROM (
      SELECT bool_or(status IN ('sent', 'completed')) AS reached,
             bool_or(status IN ('pending', 'sending')) AS open,
             (array_agg(paypal_batch_id ORDER BY part))[1] AS paypal_batch_id,
             (array_agg(paypal_status ORDER BY part))[1] AS paypal_status,
             string_agg(last_error, '; ' ORDER BY part) AS last_error
      FROM affiliate.payout_batch_parts WHERE batch_id = ${batchId}
    ) s
    WHERE b.id = ${batchId} AND b.status = 'sending' AND NOT s.open
    RETURNING b.status`);
  const status = (result.rows[0] as { status: string } | undefined)?.status ?? null;
  // A part refused outright leaves only final items behind; the batch may be complete already.
  if (status === 'sent') await completePayoutBatch({ ctx, input: { batchId } });
  return status;
}
