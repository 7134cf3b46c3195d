import { sql } from 'drizzle-orm';
import { payoutBatchParts } from '../../../schema';
import type { PayoutRail } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { senderBatchId } from '../../domain/payout-parts';
import { railPartPlan } from '../../domain/payout-rails';

/**
 * The approval's money step, run in its transaction (a person's approval or the system's under the
 * auto-approval limit): the batch's items are assigned to parts in id order, rail by rail, and each part gets
 * its sender_batch_id now, so every later send or retry of a part uses the same one. Returns the part count.
 */
export async function freezePayoutBatch({ ctx, input }: ServiceCall<{ batchId: string }>): Promise<number> {
  // Each rail's items in parts of its own size (PayPal's call limit, Stripe's transfers per run),
  // numbered on rail after rail (railPartPlan): each part is one rail.
  const counted = await ctx.db.execute(sql`
      SELECT rail, count(*)::int AS n FROM affiliate.payout_items WHERE batch_id = ${input.batchId} GROUP BY rail`);
  const plan = railPartPlan(
    Object.fromEntries((counted.rows as { rail: PayoutRail; n: number }[]).map((r) => [r.rail, r.n])),
  );
  await ctx.db.execute(sql`
      UPDATE affiliate.payout_items i SET part = r.part, updated_at = ${ctx.now}
      FROM (
        SELECT it.id, x.first_part + ((row_number() OVER (PARTITION BY it.rail ORDER BY it.id)) - 1) / x.per_part AS part
        FROM affiliate.payout_items it
        JOIN jsonb_to_recordset(${JSON.stringify(plan.map((p) => ({ rail: p.rail, first_part: p.firstPart, per_part: p.perPart })))}::jsonb)
          AS x(rail text, first_part int, per_part int) ON x.rail = it.rail
        WHERE it.batch_id = ${input.batchId}) r
      WHERE i.id = r.id`);
  const parts = await ctx.db.execute(sql`
      SELECT part, min(rail) AS rail, count(*)::int AS items, sum(amount_minor)::text AS total
      FROM affiliate.payout_items WHERE batch_id = ${input.batchId} GROUP BY part ORDER BY part`);
  await ctx.db.insert(payoutBatchParts).values(
    (parts.rows as { part: number; rail: PayoutRail; items: number; total: string }[]).map((p) => ({
      batchId: input.batchId,
      part: p.part,
      rail: p.rail,
      senderBatchId: senderBatchId(input.batchId, p.part),
      itemCount: p.items,
      totalMinor: Number(p.total),
    })),
  );
  return parts.rows.length;
}
