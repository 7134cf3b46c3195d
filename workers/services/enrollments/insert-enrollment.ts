import { enrollments, type Enrollment } from '../../../schema';
import type { ServiceCall } from '../../context';
import { randomCouponCode, randomRefCode } from '../../domain/random-codes';
import { uniqueViolation } from '../../errors/constraint-error';
import { recordAudit } from '../audit';
import { assertPlanAllows } from '../plans';

const MAX_ATTEMPTS = 5;
const RANDOM_CODE_CONSTRAINTS = new Set([
  'enrollments_ref_code_unique',
  'enrollments_organization_id_coupon_code_unique',
]);
/** The constraint behind "this affiliate is already in this program". */
export const PROGRAM_AFFILIATE_UNIQUE = 'enrollments_program_id_affiliate_id_unique';

export interface NewEnrollmentInput {
  programId: string;
  organizationId: string;
  affiliateId: string;
  firstName: string | null;
  status: 'active' | 'pending';
  rateOverrideBps?: number | null;
  holdDaysOverride?: number | null;
  /** The partner group to join; NULL or absent: the program's default group (filled in by the database). */
  groupId?: string | null;
  /** The answers to the application form, as prepareApplication kept them; absent: none were asked. */
  applicationAnswers?: object[] | null;
  /** The version of the program's terms accepted, and from which address; absent: none were asked. */
  terms?: { version: number; ip: string | null } | null;
  /** The auto-approval rule that made an application active at once. */
  autoApprovedBy?: object | null;
  /** The audit action and anything it should record beside the row (how the affiliate came in). */
  auditAction: 'enrollment.applied' | 'enrollment.joined';
  via?: Record<string, unknown>;
}

/**
 * The one place an enrollment row is created, inside the caller's transaction: random ref and coupon
 * codes (a collision retries in a savepoint with new ones), timestamps, and the audit row. Every way
 * into a program (marketplace application, registration link, email invitation) comes through here.
 */
export async function insertEnrollment({ ctx, input }: ServiceCall<NewEnrollmentInput>): Promise<Enrollment> {
  // Joining at once makes the affiliate count toward the plan; a pending application does not yet.
  if (input.status === 'active')
    await assertPlanAllows({
      ctx,
      input: { organizationId: input.organizationId, limit: 'affiliates', affiliateId: input.affiliateId },
    });
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.transaction(async (db) => {
        const [row] = await db
          .insert(enrollments)
          .values({
            programId: input.programId,
            affiliateId: input.affiliateId,
            organizationId: input.organizationId,
            status: input.status,
            refCode: randomRefCode(),
            couponCode: randomCouponCode(input.firstName),
            rateOverrideBps: input.rateOverrideBps ?? null,
            holdDaysOverride: input.holdDaysOverride ?? null,
            ...(input.groupId ? { groupId: input.groupId } : {}),
            appliedAt: ctx.now,
            approvedAt: input.status === 'active' ? ctx.now : null,
            applicationAnswers: input.applicationAnswers ?? null,
            termsVersion: input.terms?.version ?? null,
            termsAcceptedAt: input.terms ? ctx.now : null,
            termsAcceptedIp: input.terms?.ip ?? null,
            autoApprovedBy: input.autoApprovedBy ?? null,
          })
          .returning();
        await recordAudit({
          ctx: { ...ctx, db },
          input: {
            action: input.auditAction,
            targetType: 'enrollment',
            targetId: row!.id,
            organizationId: input.organizationId,
            after: input.via ? { ...row, via: input.via } : row,
          },
        });
        return row!;
      });
    } catch (err) {
      const constraint = uniqueViolation(err);
      if (constraint === null || !RANDOM_CODE_CONSTRAINTS.has(constraint) || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}
