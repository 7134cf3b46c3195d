import { eq } from 'drizzle-orm';
import { enrollments } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { ENROLLMENT_ACTIONS, nextEnrollmentStatus, type EnrollmentAction } from '../../domain/enrollment-status';
import { ConflictError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { assertPlanAllows } from '../plans';
import { publishRouting } from '../tracking';
import { actorId, actingAdvertiser } from '../access';
import { findEnrollmentRowOrThrow, lockEnrollmentOrThrow, type EnrollmentRow } from './find-enrollment';
import { notifyProgramApproved } from './notify-program-approved';

/** Approves, rejects, suspends, reactivates or terminates an affiliate's enrollment (ENROLLMENT_ACTIONS). */
export async function changeEnrollmentStatus({
  ctx,
  input,
}: ServiceCall<{
  enrollmentId: string;
  action: EnrollmentAction;
  reason?: string | undefined;
}>): Promise<EnrollmentRow> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await inTransaction(ctx, async (tx) => {
    const before = await lockEnrollmentOrThrow({
      ctx: tx,
      input: { organizationId, enrollmentId: input.enrollmentId },
    });
    const status = nextEnrollmentStatus(before.status, input.action);
    if (!status)
      throw new ConflictError(
        `An enrollment that is ${before.status} cannot be ${ENROLLMENT_ACTIONS[input.action].done}`,
      );
    if (status === 'active' && before.status !== 'active')
      await assertPlanAllows({
        ctx: tx,
        input: { organizationId, limit: 'affiliates', affiliateId: before.affiliateId },
      });
    const [after] = await tx.db
      .update(enrollments)
      .set({
        status,
        statusReason: input.reason ?? null,
        decidedById: actorId(tx),
        ...(input.action === 'approve' ? { approvedAt: tx.now } : {}),
      })
      .where(eq(enrollments.id, before.id))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: `enrollment.${ENROLLMENT_ACTIONS[input.action].done}`,
        targetType: 'enrollment',
        targetId: before.id,
        before,
        after,
      },
    });
  });
  await publishRouting({ ctx, input: { enrollment: input.enrollmentId } });
  if (input.action === 'approve')
    await notifyProgramApproved({
      ctx,
      input: { enrollmentId: input.enrollmentId, by: 'advertiser', note: input.reason },
    });
  return findEnrollmentRowOrThrow({ ctx, input: { organizationId, enrollmentId: input.enrollmentId } });
}
