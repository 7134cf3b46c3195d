import { sql } from 'drizzle-orm';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { HELD_CONVERSION_STATUSES } from '../../domain/conversion-status';
import { refreshConversionStats } from '../stats';

/** Conversions under review or voided: their lines stay on hold until a reviewer decides. */
const HELD = sql`(${sql.join(
  HELD_CONVERSION_STATUSES.map((s) => sql`${s}`),
  sql`, `,
)})`;

/**
 * One bounded batch in one statement, in a transaction with the refresh of the stats it moves. SKIP LOCKED lets concurrent runs
 * split the work instead of waiting; a row another run released meanwhile fails the re-checked
 * `status = 'pending'` and is not counted twice. An adjustment also waits while the conversion
 * of the commission it reverses is under review, so a partial refund never releases ahead of
 * the sale it nets against.
 */
function releaseBatch(ctx: ServiceContext, batchSize: number): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const released = await releaseLines(tx, batchSize);
    await refreshConversionStats({ ctx: tx, input: { commissionIds: released } });
    return released.length;
  });
}

async function releaseLines(ctx: ServiceContext, batchSize: number): Promise<string[]> {
  const result = await ctx.db.execute(sql`
    WITH picked AS (
      SELECT c.id FROM affiliate.commissions c
      WHERE c.status = 'pending' AND c.hold_until <= ${ctx.now}
        AND NOT EXISTS (
          SELECT 1 FROM affiliate.conversions v
          WHERE v.id = c.conversion_id AND v.status IN ${HELD})
        AND NOT EXISTS (
          SELECT 1 FROM affiliate.commissions o JOIN affiliate.conversions v ON v.id = o.conversion_id
          WHERE o.id = c.reverses_commission_id AND v.status IN ${HELD})
      ORDER BY c.hold_until
      LIMIT ${batchSize}
      FOR UPDATE OF c SKIP LOCKED
    )
    UPDATE affiliate.commissions c
    SET status = 'approved', approved_at = ${ctx.now}, updated_at = ${ctx.now}
    FROM picked
    WHERE c.id = picked.id AND c.status = 'pending'
    RETURNING c.id`);
  return (result.rows as { id: string }[]).map((r) => r.id);
}

/**
 * The hourly hold release: pending lines (commissions and adjustments) whose hold is over become
 * approved, in batches of `batchSize`, until a short batch or `maxBatches`. Idempotent and safe
 * to run concurrently; what one run leaves over, the next hour takes.
 */
export async function releaseHolds({
  ctx,
  input,
}: ServiceCall<{ batchSize: number; maxBatches: number }>): Promise<{ released: number }> {
  let released = 0;
  for (let batch = 0; batch < input.maxBatches; batch++) {
    const count = await releaseBatch(ctx, input.batchSize);
    released += count;
    if (count < input.batchSize) break;
  }
  return { released };
}
