import { sql } from 'drizzle-orm';
import type { ServiceCall, ServiceContext } from '../../context';
import { REFUND_WAIT_MS } from '../../domain/out-of-order-events';
import { retryAttribution } from './retry-attribution';

const LOOK_BACK_MS = 7 * 86_400_000;

/** Stripe refunds waiting for their sale whose sale or invoice link has arrived since, or whose wait is over. */
async function dueRefunds(ctx: ServiceContext, limit: number): Promise<string[]> {
  const result = await ctx.db.execute(sql`
    SELECT c.id FROM affiliate.conversions c
    WHERE c.enrollment_id IS NULL AND c.status = 'pending' AND c.event_type = 'refund'
      AND c.attribution_trace -> -1 ->> 'outcome' = 'waiting_for_sale'
      AND c.received_at > ${new Date(ctx.now.getTime() - LOOK_BACK_MS)}
      AND (
        c.received_at < ${new Date(ctx.now.getTime() - REFUND_WAIT_MS)}
        OR EXISTS (SELECT 1 FROM affiliate.conversions s WHERE s.app_id = c.app_id AND s.order_id = c.order_id AND s.event_type IN ('sale', 'rebill'))
        OR EXISTS (SELECT 1 FROM affiliate.stripe_invoice_payments l WHERE l.app_id = c.app_id AND (l.payment_id = c.order_id OR l.invoice_id = c.order_id))
      )
    ORDER BY c.received_at
    LIMIT ${limit}`);
  return (result.rows as { id: string }[]).map((r) => r.id);
}

/**
 * The safety net under the conversions queue for refunds (cron, every minute): a Stripe refund
 * that arrived before its sale is settled once the sale or the link to it has landed, and given up
 * (nothing reversed) when REFUND_WAIT_MS is over.
 */
export async function sweepWaitingRefunds({
  ctx,
  input,
}: ServiceCall<{ limit: number }>): Promise<{ settled: number; waiting: number }> {
  let settled = 0;
  let waiting = 0;
  for (const id of await dueRefunds(ctx, input.limit)) {
    const outcome = await retryAttribution({ ctx, input: { conversionId: id } });
    if (outcome === 'settled') settled++;
    else if (outcome === 'waiting') waiting++;
  }
  return { settled, waiting };
}
