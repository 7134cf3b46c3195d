import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { STUCK_SENDING_MS } from './claim-payout-part';
import { sendPayoutBatch } from './send-payout-batch';

const NOT_CONFIGURED = new Set<string>(['payouts_not_configured', 'stripe_payouts_not_configured']);

/**
 * The recovery cron: batches left in 'sending' by a crash, a timeout or an unsure PayPal answer
 * are sent again part by part with the SAME sender_batch_id, so PayPal answers "already used"
 * for anything it accepted and the original payout is recorded instead of a second one.
 */
export async function resumePayoutSends({ ctx, input }: ServiceCall<{ limit: number }>): Promise<{
  batches: number;
  results: Awaited<ReturnType<typeof sendPayoutBatch>>[];
}> {
  const stale = new Date(ctx.now.getTime() - STUCK_SENDING_MS);
  // A batch with no part claimed in the last few minutes: pending parts, stale claims, or parts
  // all settled by a run that died before settling the batch.
  const rows = await ctx.db.execute(sql`
    SELECT b.id, b.organization_id FROM affiliate.payout_batches b
    WHERE b.status = 'sending' AND b.updated_at < ${stale}
      AND NOT EXISTS (SELECT 1 FROM affiliate.payout_batch_parts p WHERE p.batch_id = b.id AND p.status = 'sending' AND p.updated_at >= ${stale})
    ORDER BY b.updated_at
    LIMIT ${input.limit}`);
  const results = [];
  for (const { id, organization_id } of rows.rows as { id: string; organization_id: string }[]) {
    try {
      results.push(await sendPayoutBatch({ ctx, input: { batchId: id } }));
    } catch (err) {
      // An organization left with no account for a rail of its batch keeps it until one is configured.
      if (err instanceof AppError && NOT_CONFIGURED.has(err.code)) {
        ctx.log.warn('payout_resume_waiting', { batchId: id, organizationId: organization_id, code: err.code });
        continue;
      }
      throw err;
    }
  }
  return { batches: results.length, results };
}
