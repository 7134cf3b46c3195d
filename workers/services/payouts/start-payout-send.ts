import { and, eq } from 'drizzle-orm';
import { payoutBatches } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { assertPayoutBatchTransition } from '../../domain/payout-batch-status';
import { sendRefusal } from '../../domain/payout-duties';
import { ConflictError } from '../../errors/app-error';
import { actorId } from '../access';
import { recordAudit } from '../audit';
import { findPayoutBatch } from './find-payout-batch';
import { dutyRefused, payoutFourEyes } from './payout-four-eyes';
import { requireRailAccounts } from './require-rail-accounts';

/**
 * Approved → sending, committed before anything goes to PayPal. The conditional UPDATE is the
 * gate: of two concurrent sends exactly one gets the row back, the other answers 409. With the
 * organization's four eyes on, the sender is neither the batch's proposer nor its approver.
 */
export async function startPayoutSend({ ctx, input }: ServiceCall<{ batchId: string }>) {
  const sender = actorId(ctx);
  const batch = await findPayoutBatch({ ctx, input: { batchId: input.batchId } });
  await requireRailAccounts({
    ctx,
    input: { batchId: batch.id, organizationId: batch.organizationId, currency: batch.currency },
  });
  assertPayoutBatchTransition(
    batch.status,
    'sending',
    `Only an approved batch can be sent; this one is ${batch.status}`,
  );
  const fourEyes = await payoutFourEyes({ ctx, input: { organizationId: batch.organizationId } });
  const refusal = sendRefusal({ proposerId: batch.createdById, approverId: batch.approvedById }, sender, fourEyes);
  if (refusal) throw dutyRefused(refusal, fourEyes);
  return inTransaction(ctx, async (tx) => {
    const [sending] = await tx.db
      .update(payoutBatches)
      .set({ status: 'sending', sentById: sender, updatedAt: ctx.now })
      .where(
        and(
          eq(payoutBatches.id, batch.id),
          eq(payoutBatches.organizationId, batch.organizationId),
          eq(payoutBatches.status, 'approved'),
        ),
      )
      .returning();
    if (!sending) throw new ConflictError('The batch is already being sent');
    await recordAudit({
      ctx: tx,
      input: {
        action: 'payout_batch.sent',
        targetType: 'payout_batch',
        targetId: batch.id,
        before: { status: 'approved' },
        after: { status: 'sending', itemCount: batch.itemCount, totalMinor: batch.totalMinor },
      },
    });
    return sending;
  });
}
