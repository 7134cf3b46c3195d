import { eq, sql } from 'drizzle-orm';
import { payoutBatches, payoutBatchParts } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { assertPayoutBatchTransition } from '../../domain/payout-batch-status';
import { PAYPAL_MAX_ITEMS_PER_CALL, senderBatchId } from '../../domain/payout-parts';
import { approvalRefusal } from '../../domain/payout-duties';
import { STRIPE_TRANSFERS_PER_PART } from '../../domain/payout-rails';
import type { PayoutRail } from '../../../schema/enums';
import { ConflictError } from '../../errors/app-error';
import { actorId } from '../access';
import { recordAudit } from '../audit';
import { findPayoutBatch } from './find-payout-batch';
import { dutyRefused, payoutFourEyes } from './payout-four-eyes';

/**
 * Proposed → approved: the batch is frozen, its items are assigned to parts of at most 15,000
 * (PayPal's limit per call) in id order, and each part gets its sender_batch_id now, so every
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
    // PayPal items first (parts of PayPal's call limit), then Stripe items (parts of the transfers
    // one run makes), numbered on from the PayPal parts: each part is one rail.
    await tx.db.execute(sql`
      UPDATE affiliate.payout_items i SET part = r.part, updated_at = ${ctx.now}
      FROM (
        SELECT id, CASE WHEN rail = 'paypal'
          THEN ((row_number() OVER (PARTITION BY rail ORDER BY id)) - 1) / ${PAYPAL_MAX_ITEMS_PER_CALL}
          ELSE ceil((count(*) FILTER (WHERE rail = 'paypal') OVER ())::numeric / ${PAYPAL_MAX_ITEMS_PER_CALL})::int
            + ((row_number() OVER (PARTITION BY rail ORDER BY id)) - 1) / ${STRIPE_TRANSFERS_PER_PART}
          END AS part
        FROM affiliate.payout_items WHERE batch_id = ${batch.id}) r
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
