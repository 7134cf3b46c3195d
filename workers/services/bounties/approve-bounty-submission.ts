import { eq } from 'drizzle-orm';
import { type BountySubmission, bountySubmissions, enrollments, programs } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { nextSubmissionStatus } from '../../domain/bounty-submission-status';
import { isEnrollmentActive } from '../../domain/enrollment-status';
import { AppError, ConflictError } from '../../errors/app-error';
import { actingAdvertiser, actorId } from '../access';
import { recordAudit } from '../audit';
import { enqueueNotifications, type NotificationRequest } from '../notifications';
import { awardBounty } from './award-bounty';
import { bountyNotification } from './bounty-notification';
import { findBountyOrThrow } from './find-bounty';
import { findSubmissionForReview } from './find-submission';

/**
 * Approves a pending submission: it wins the bounty, and the winner's bonus line is booked in the
 * same transaction. The submission's lock, then the bounty's (every award takes it), make two
 * approvals of the last slot run one after the other: the second finds no slot, 409 bounty_full, and
 * its submission stays pending. A submission sent before the end may be approved after it. Audited;
 * the affiliate is told after the commit.
 */
export async function approveBountySubmission({
  ctx,
  input,
}: ServiceCall<{ submissionId: string }>): Promise<BountySubmission> {
  const { organizationId } = actingAdvertiser(ctx);
  const notifications: NotificationRequest[] = [];
  const row = await inTransaction(ctx, async (tx) => {
    const before = await findSubmissionForReview({ ctx: tx, input: { organizationId, ...input } });
    const status = nextSubmissionStatus(before.status, 'approve');
    if (!status) throw new ConflictError(`A submission that is ${before.status} cannot be approved`);
    const bounty = await findBountyOrThrow({
      ctx: tx,
      input: { organizationId, bountyId: before.bountyId, lock: true },
    });
    const [found] = await tx.db
      .select({ enrollment: enrollments, program: programs })
      .from(enrollments)
      .innerJoin(programs, eq(programs.id, enrollments.programId))
      .where(eq(enrollments.id, before.enrollmentId));
    if (!found || !isEnrollmentActive(found.enrollment.status))
      throw new ConflictError('The affiliate is no longer active in the program: reject the submission instead');
    const award = await awardBounty({
      ctx: tx,
      input: { bounty, program: found.program, enrollment: found.enrollment, submissionId: before.id, value: null },
    });
    if (award === 'full')
      throw new AppError('bounty_full', 'Every winner of this bounty is chosen', { maxWinners: bounty.maxWinners });
    if (award === 'already') throw new AppError('bounty_already_submitted', 'This affiliate has already won it');
    const [after] = await tx.db
      .update(bountySubmissions)
      .set({ status, reviewedById: actorId(tx), reviewedAt: tx.now, updatedAt: tx.now })
      .where(eq(bountySubmissions.id, before.id))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'bounty.submission_approved',
        targetType: 'bounty_submission',
        targetId: before.id,
        before,
        after: { ...after, awardId: award.id, commissionId: award.commissionId },
      },
    });
    notifications.push(
      bountyNotification({
        bounty,
        programName: found.program.name,
        affiliateId: before.affiliateId,
        outcome: 'approved',
        subjectId: before.id,
      }),
    );
    return after!;
  });
  await enqueueNotifications({ ctx, input: { requests: notifications } });
  return row;
}
