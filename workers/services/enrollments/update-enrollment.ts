import { eq } from 'drizzle-orm';
import { enrollments } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { recordAudit } from '../audit';
import { definedChanges } from '../defined-changes';
import { advertiserOrgId } from '../tenant-scope';
import { findEnrollmentRowOrThrow, lockEnrollmentOrThrow, type EnrollmentRow } from './find-enrollment';

export interface EnrollmentOverrides {
  rateOverrideBps?: number | null | undefined;
  fixedOverrideMinor?: number | null | undefined;
  holdDaysOverride?: number | null | undefined;
  couponCode?: string | null | undefined;
}

/** Per-enrollment overrides of rate, fixed amount and hold, and the affiliate's coupon code. */
export async function updateEnrollment({
  ctx,
  input,
}: ServiceCall<{ enrollmentId: string; changes: EnrollmentOverrides }>): Promise<EnrollmentRow> {
  const organizationId = advertiserOrgId(ctx);
  await mapConstraintErrors(
    () =>
      inTransaction(ctx, async (tx) => {
        const before = await lockEnrollmentOrThrow(tx.db, organizationId, input.enrollmentId);
        const changes = definedChanges(input.changes);
        if (!changes) return;
        const [after] = await tx.db.update(enrollments).set(changes).where(eq(enrollments.id, before.id)).returning();
        await recordAudit({
          ctx: tx,
          input: { action: 'enrollment.updated', targetType: 'enrollment', targetId: before.id, before, after },
        });
      }),
    { enrollments_program_id_coupon_code_unique: 'That coupon code is taken in this program' },
  );
  return findEnrollmentRowOrThrow(ctx.db, organizationId, input.enrollmentId);
}
