import { eq } from 'drizzle-orm';
import { enrollments } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { mapConstraintErrors, uniqueViolation } from '../../errors/constraint-error';
import { publishRouting } from '../tracking';
import { recordAudit } from '../audit';
import { definedChanges } from '../defined-changes';
import { actingAdvertiser } from '../access';
import { findEnrollmentRowOrThrow, lockEnrollmentOrThrow, type EnrollmentRow } from './find-enrollment';

export interface EnrollmentOverrides {
  rateOverrideBps?: number | null | undefined;
  fixedOverrideMinor?: number | null | undefined;
  holdDaysOverride?: number | null | undefined;
  couponCode?: string | null | undefined;
}

/** The one constraint behind "this coupon code is taken": unique per organization. */
export const COUPON_CODE_UNIQUE = 'enrollments_organization_id_coupon_code_unique';

/**
 * Per-enrollment overrides of rate, fixed amount and hold, and the affiliate's coupon code. A code
 * another enrollment of the organization holds answers 409 coupon_code_taken.
 */
export async function updateEnrollment({
  ctx,
  input,
}: ServiceCall<{ enrollmentId: string; changes: EnrollmentOverrides }>): Promise<EnrollmentRow> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await mapConstraintErrors(() =>
    inTransaction(ctx, async (tx) => {
      const before = await lockEnrollmentOrThrow({
        ctx: tx,
        input: { organizationId, enrollmentId: input.enrollmentId },
      });
      const changes = definedChanges(input.changes);
      if (!changes) return;
      const [after] = await tx.db.update(enrollments).set(changes).where(eq(enrollments.id, before.id)).returning();
      await recordAudit({
        ctx: tx,
        input: { action: 'enrollment.updated', targetType: 'enrollment', targetId: before.id, before, after },
      });
    }).catch((err: unknown) => {
      if (uniqueViolation(err) === COUPON_CODE_UNIQUE)
        throw new AppError(
          'coupon_code_taken',
          'That coupon code is taken: another affiliate of this organization already has it',
          { couponCode: input.changes.couponCode },
        );
      throw err;
    }),
  );
  // The edge copy carries the coupon code, which a program with discountInLink puts in its links.
  if (input.changes.couponCode !== undefined) await publishRouting({ ctx, input: { enrollment: input.enrollmentId } });
  return findEnrollmentRowOrThrow({ ctx, input: { organizationId, enrollmentId: input.enrollmentId } });
}
