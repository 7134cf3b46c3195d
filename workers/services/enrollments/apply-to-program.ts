import { and, eq } from 'drizzle-orm';
import { enrollments, users, type Enrollment } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import type { AnswerValue } from '../../domain/application-form';
import { applicationStatus } from '../../domain/enrollment-status';
import { uniqueViolation } from '../../errors/constraint-error';
import { AppError } from '../../errors/app-error';
import { publishRouting } from '../tracking';
import { actorId } from '../access';
import { findOpenProgramOrThrow, prepareApplication } from '../applications';
import { insertEnrollment, PROGRAM_AFFILIATE_UNIQUE } from './insert-enrollment';
import { notifyProgramApproved } from './notify-program-approved';
import { recordAutoApproval } from './record-auto-approval';

export interface ApplyInput {
  programId: string;
  /** Answers to the application form by question id; {} when it asks nothing. */
  answers: Record<string, AnswerValue>;
  /** The version of the program's terms the affiliate accepted; required when the program has terms. */
  termsVersion?: number | undefined;
  /** The request's country (Cloudflare geo), for auto-approval by country; null when unknown. */
  country: string | null;
}

function alreadyEnrolled(enrollmentId: string): AppError {
  return new AppError('conflict', 'You have already applied to this program', { enrollmentId });
}

async function findExisting(ctx: ServiceContext, programId: string, affiliateId: string): Promise<string | undefined> {
  const [row] = await ctx.db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(and(eq(enrollments.programId, programId), eq(enrollments.affiliateId, affiliateId)));
  return row?.id;
}

/**
 * An approved affiliate applies to a program from the marketplace, with the answers to its form and the
 * current terms accepted (prepareApplication): joined at once for public programs; for those by approval,
 * pending unless an auto-approval rule matches, which approves it at once and is audited as the system's.
 * Invite-only, inactive and unknown programs are all not_found.
 */
export async function applyToProgram({ ctx, input }: ServiceCall<ApplyInput>): Promise<Enrollment> {
  const affiliateId = actorId(ctx);
  const [user] = await ctx.db
    .select({
      approved: users.approvedAffiliate,
      reviewedAt: users.affiliateReviewedAt,
      firstName: users.firstName,
      email: users.email,
    })
    .from(users)
    .where(eq(users.id, affiliateId));
  if (!user?.approved)
    throw new AppError(
      'forbidden',
      user?.reviewedAt
        ? 'The platform did not approve your affiliate account, so you cannot apply to programs in the marketplace'
        : 'Your affiliate account is not approved yet; you can apply to programs once the platform approves it',
    );
  const program = await findOpenProgramOrThrow({ ctx, input });
  const existing = await findExisting(ctx, program.id, affiliateId);
  if (existing) throw alreadyEnrolled(existing);
  // A marketplace application joins the default group (groupId null), so that group's own form, if any, is asked.
  const prepared = await prepareApplication({ ctx, input: { ...input, groupId: null, email: user.email } });
  const status = applicationStatus(program.visibility);
  const rule = status === 'pending' ? prepared.autoApproval : null;

  // The application enters this advertiser's context, so the audit row is the tenant's too.
  const scoped: ServiceContext = {
    ...ctx,
    tenant: { kind: 'affiliate', organizationId: program.organizationId, affiliateId },
  };
  try {
    const created = await inTransaction(scoped, async (tx) => {
      const enroll = (as: 'active' | 'pending') =>
        insertEnrollment({
          ctx: tx,
          input: {
            programId: program.id,
            organizationId: program.organizationId,
            affiliateId,
            firstName: user.firstName,
            status: as,
            applicationAnswers: prepared.answers,
            terms:
              prepared.termsVersion === null ? null : { version: prepared.termsVersion, ip: ctx.origin?.ip ?? null },
            autoApprovedBy: as === 'active' && rule ? rule.rule : null,
            auditAction: 'enrollment.applied',
          },
        });
      if (!rule) return enroll(status);
      try {
        const approved = await enroll('active');
        await recordAutoApproval({ ctx: tx, input: { enrollment: approved, rule } });
        return approved;
      } catch (err) {
        // A plan with no room for one more affiliate: the application waits for the advertiser, as without a rule.
        if (!(err instanceof AppError && err.code === 'plan_limit_reached')) throw err;
        return enroll('pending');
      }
    });
    await publishRouting({ ctx, input: { enrollment: created.id } });
    if (created.autoApprovedBy) await notifyProgramApproved({ ctx, input: { enrollmentId: created.id, by: 'rule' } });
    return created;
  } catch (err) {
    if (uniqueViolation(err) === PROGRAM_AFFILIATE_UNIQUE) {
      const raced = await findExisting(ctx, program.id, affiliateId);
      if (raced) throw alreadyEnrolled(raced);
    }
    throw err;
  }
}
