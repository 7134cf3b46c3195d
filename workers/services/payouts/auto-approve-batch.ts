import { and, eq } from 'drizzle-orm';
import { organizationAutoApprovalLimits, payoutBatches } from '../../../schema';
import type { ServiceCall } from '../../context';
import { autoApproves } from '../../domain/payout-schedule';
import { assertPayoutBatchTransition } from '../../domain/payout-batch-status';
import { recordAudit } from '../audit';
import { freezePayoutBatch } from './freeze-payout-batch';

/**
 * Inside the proposal's transaction: a proposed batch whose total is at or under the advertiser's auto-approval
 * limit for its currency is approved by the system (no approver, the limit recorded on the batch), frozen into
 * parts as a person's approval does, and audited as payout_batch.auto_approved with the system as actor and the
 * rule that allowed it. Over the limit, or without one, it waits for a second person. Returns whether it approved.
 */
export async function autoApproveBatch({
  ctx,
  input,
}: ServiceCall<{ batchId: string; organizationId: string; currency: string; totalMinor: number; itemCount: number }>) {
  const [limit] = await ctx.db
    .select({ limitMinor: organizationAutoApprovalLimits.limitMinor })
    .from(organizationAutoApprovalLimits)
    .where(
      and(
        eq(organizationAutoApprovalLimits.organizationId, input.organizationId),
        eq(organizationAutoApprovalLimits.currency, input.currency),
      ),
    );
  if (!autoApproves(input.totalMinor, limit?.limitMinor)) return false;
  assertPayoutBatchTransition('proposed', 'approved', 'Only a proposed batch can be approved');
  const parts = await freezePayoutBatch({ ctx, input: { batchId: input.batchId } });
  await ctx.db
    .update(payoutBatches)
    .set({
      status: 'approved',
      approvedById: null,
      approvedAt: ctx.now,
      autoApprovedLimitMinor: limit!.limitMinor,
      updatedAt: ctx.now,
    })
    .where(and(eq(payoutBatches.id, input.batchId), eq(payoutBatches.status, 'proposed')));
  await recordAudit({
    ctx,
    input: {
      action: 'payout_batch.auto_approved',
      targetType: 'payout_batch',
      targetId: input.batchId,
      organizationId: input.organizationId,
      system: true,
      before: { status: 'proposed' },
      after: {
        status: 'approved',
        rule: 'auto_approval_limit',
        limitMinor: limit!.limitMinor,
        currency: input.currency,
        totalMinor: input.totalMinor,
        itemCount: input.itemCount,
        parts,
      },
    },
  });
  ctx.log.info('payout_batch_auto_approved', { batchId: input.batchId, limitMinor: limit!.limitMinor });
  return true;
}
