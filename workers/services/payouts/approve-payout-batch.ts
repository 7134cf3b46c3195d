import { eq, sql } from 'drizzle-orm';
import { payoutBatches, payoutBatchParts } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { assertPayoutBatchTransition } from '../../domain/payout-batch-status';
import { senderBatchId } from '../../domain/payout-parts';
import { approvalRefusal } from '../../domain/payout-duties';
import { railPartPlan } from '../../domain/payout-rails';
import type { PayoutRail } from '../../../schema/enums';
import { ConflictError } from '../../errors/app-error';
import { actorId } from '../access';
import { recordAudit } from '../audit';
import { findPayoutBatch } from './find-payout-batch';
import { dutyRefused, payoutFourEyes } from './payout-four-eyes';

/**
 * Proposed → approved: the batch is frozen, its items are assigned to parts in id order, rail by
 * rail, each part at most its rail's size (15,000 for PayPal's limit per call, 50 Stripe transfers), and each part gets its sender_batch_id now, so every
 * later send or retry of a part uses the same one. A second person approves: the batch's proposer
 * never can, whatever the four-eyes setting (a batch the cron created has none). Audited.
 */
export function approvePayoutBatch({ ctx, input }: ServiceCall<{ batchId: string }>) {
  const approver = actorId(ctx);
  return inTransaction(ctx, async (tx) => {
    const batch = await findPayoutBatch({ ctx: tx, input: { batchId: input.batchId, lock: true } });
    assertPayoutBatchTransition(
      batch.status,
      'approved',
      `Only a proposed batch can be approved; this one is ${batch.status}`,
    );
    if (batch.itemCount === 0) throw new ConflictError('The batch has no items left; cancel it instead');
    const refusal = approvalRefusal({ proposerId: batch.createdById, approverId: null }, approver);
    if (refusal)
      throw dutyRefused(refusal, await payoutFourEyes({ ctx: tx, input: { organizationId: batch.organizationId } }));
    // Each rail's items in parts of its own size (PayPal's call limit, Stripe's transfers per run),
    // numbered on rail after rail (railPartPlan): each part is one rail.
    const counted = await tx.db.execute(sql`
      SELECT rail, count(*)::int AS n FROM affiliate.payout_items WHERE batch_id = ${batch.id} GROUP BY rail`);
    const plan = railPartPlan(
      Object.fromEntries((counted.rows as { rail: PayoutRail; n: number }[]).map((r) => [r.rail, r.n])),
    );
    await tx.db.execute(sql`
      UPDATE affiliate.payout_items i SET part = r.part, updated_at = ${ctx.now}
      FROM (
        SELECT it.id, x.first_part + ((row_number() OVER (PARTITION BY it.rail ORDER BY it.id)) - 1) / x.per_part AS part
        FROM affiliate.payout_items it
        JOIN jsonb_to_recordset(${JSON.stringify(plan.map((p) => ({ rail: p.rail, first_part: p.firstPart, per_part: p.perPart })))}::jsonb)
          AS x(rail text, first_part int, per_part int) ON x.rail = it.rail
        WHERE it.batch_id = ${batch.id}) r
      WHERE i.id = r.id`);
    const parts = await tx.db.execute(sql`
      SELECT part, min(rail) AS rail, count(*)::int AS items, sum(amount_minor)::text AS total
      FROM affiliate.payout_items WHERE batch_id = ${batch.id} GROUP BY part ORDER BY part`);
    await tx.db.insert(payoutBatchParts).values(
      (parts.rows as { part: number; rail: PayoutRail; items: number; total: string }[]).map((p) => ({
        batchId: batch.id,
        part: p.part,
        rail: p.rail,
        senderBatchId: senderBatchId(batch.id, p.part),
        itemCount: p.items,
        totalMinor: Number(p.total),
      })),
    );
    const [approved] = await tx.db
      .update(payoutBatches)
      .set({ status: 'approved', approvedById: approver, approvedAt: ctx.now, updatedAt: ctx.now })
      .where(eq(payoutBatches.id, batch.id))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'payout_batch.approved',
        targetType: 'payout_batch',
        targetId: batch.id,
        before: { status: batch.status },
        after: {
          status: 'approved',
          parts: parts.rows.length,
          itemCount: batch.itemCount,
          totalMinor: batch.totalMinor,
        },
      },
    });
    return approved!;
  });
}
