import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';

/**
 * Refuses to change which Stripe account pays while Stripe items of the organization are still
 * open (their batch sending or sent): re-sending with the same Idempotency-Key, polling and
 * webhook verification must keep using the account that made the transfers.
 */
export async function assertNoStripePayoutsInFlight({
  ctx,
  input,
}: ServiceCall<{ organizationId: string }>): Promise<void> {
  const result = await ctx.db.execute(sql`
    SELECT count(DISTINCT b.id)::int AS n FROM affiliate.payout_batches b
    JOIN affiliate.payout_items i ON i.batch_id = b.id AND i.rail = 'stripe'
    WHERE b.organization_id = ${input.organizationId} AND b.status IN ('sending', 'sent')`);
  const n = (result.rows[0] as { n: number } | undefined)?.n ?? 0;
  if (n > 0)
    throw new AppError(
      'stripe_payouts_in_flight',
      'Stripe payouts sent from the current account are still open; change the account once they are completed',
      { openBatches: n },
    );
}
