import { eq } from 'drizzle-orm';
import { payoutBatches } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { assertPayoutBatchTransition } from '../../domain/payout-batch-status';
import { approvalRefusal } from '../../domain/payout-duties';
import { ConflictError } from '../../errors/app-error';
import { actorId } from '../access';
import { recordAudit } from '../audit';
import { findPayoutBatch } from './find-payout-batch';
import { freezePayoutBatch } from './freeze-payout-batch';
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
    const parts = await freezePayoutBatch({ ctx: tx, input: { batchId: batch.id } });
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
          parts,
          itemCount: batch.itemCount,
          totalMinor: batch.totalMinor,
        },
      },
    });
    return approved!;
  });
}
