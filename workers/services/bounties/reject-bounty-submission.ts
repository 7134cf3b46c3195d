import { eq } from 'drizzle-orm';
import { type BountySubmission, bountySubmissions, programs } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { nextSubmissionStatus } from '../../domain/bounty-submission-status';
import { ConflictError } from '../../errors/app-error';
import { actingAdvertiser, actorId } from '../access';
import { recordAudit } from '../audit';
import { enqueueNotifications, type NotificationRequest } from '../notifications';
import { bountyNotification } from './bounty-notification';
import { findBountyOrThrow } from './find-bounty';
import { findSubmissionForReview } from './find-submission';

/** Rejects a pending submission with a reason the affiliate reads; they may submit again while the bounty is open. Audited. */
export async function rejectBountySubmission({
  ctx,
  input,
}: ServiceCall<{ submissionId: string; reason: string }>): Promise<BountySubmission> {
  const { organizationId } = actingAdvertiser(ctx);
  const notifications: NotificationRequest[] = [];
  const row = await inTransaction(ctx, async (tx) => {
    const before = await findSubmissionForReview({
      ctx: tx,
      input: { organizationId, submissionId: input.submissionId },
    });
    const status = nextSubmissionStatus(before.status, 'reject');
    if (!status) throw new ConflictError(`A submission that is ${before.status} cannot be rejected`);
    const bounty = await findBountyOrThrow({ ctx: tx, input: { organizationId, bountyId: before.bountyId } });
    const [program] = await tx.db
      .select({ name: programs.name })
      .from(programs)
      .where(eq(programs.id, bounty.programId));
    const [after] = await tx.db
      .update(bountySubmissions)
      .set({ status, reason: input.reason, reviewedById: actorId(tx), reviewedAt: tx.now, updatedAt: tx.now })
      .where(eq(bountySubmissions.id, before.id))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'bounty.submission_rejected',
        targetType: 'bounty_submission',
        targetId: before.id,
        before,
        after,
      },
    });
    notifications.push(
      bountyNotification({
        bounty,
        programName: program!.name,
        affiliateId: before.affiliateId,
        outcome: 'rejected',
        subjectId: before.id,
        reason: input.reason,
      }),
    );
    return after!;
  });
  await enqueueNotifications({ ctx, input: { requests: notifications } });
  return row;
}
