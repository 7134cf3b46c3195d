import { and, eq, inArray } from 'drizzle-orm';
import { enrollments, organizations, programs, users, type Enrollment } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { applicationStatus } from '../../domain/enrollment-status';
import { uniqueViolation } from '../../errors/constraint-error';
import { AppError, NotFoundError } from '../../errors/app-error';
import { publishRouting } from '../tracking';
import { eqIf } from '../../db/eq-if';
import { actorId, portalScope } from '../access';
import { insertEnrollment, PROGRAM_AFFILIATE_UNIQUE } from './insert-enrollment';

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
 * An approved affiliate joins a program from the marketplace: at once for public programs, as
 * pending for those by approval. Invite-only, inactive and unknown programs are all not_found
 * (invite-only programs are joined through registration links and invitations instead).
 */
export async function applyToProgram({ ctx, input }: ServiceCall<{ programId: string }>): Promise<Enrollment> {
  const affiliateId = actorId(ctx);
  const [user] = await ctx.db
    .select({ approved: users.approvedAffiliate, reviewedAt: users.affiliateReviewedAt, firstName: users.firstName })
    .from(users)
    .where(eq(users.id, affiliateId));
  if (!user?.approved)
    throw new AppError(
      'forbidden',
      user?.reviewedAt
        ? 'The platform did not approve your affiliate account, so you cannot apply to programs in the marketplace'
        : 'Your affiliate account is not approved yet; you can apply to programs once the platform approves it',
    );
  const [program] = await ctx.db
    .select({ id: programs.id, organizationId: programs.organizationId, visibility: programs.visibility })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .where(
      and(
        eq(programs.id, input.programId),
        eq(programs.status, 'active'),
        inArray(programs.visibility, ['public', 'approval']),
        eq(organizations.status, 'active'),
        eqIf(programs.organizationId, portalScope(ctx)),
      ),
    );
  if (!program) throw new NotFoundError('program', input.programId);
  const existing = await findExisting(ctx, program.id, affiliateId);
  if (existing) throw alreadyEnrolled(existing);

  // The application enters this advertiser's context, so the audit row is the tenant's too.
  const scoped: ServiceContext = {
    ...ctx,
    tenant: { kind: 'affiliate', organizationId: program.organizationId, affiliateId },
  };
  try {
    const created = await inTransaction(scoped, (tx) =>
      insertEnrollment(tx, {
        programId: program.id,
        organizationId: program.organizationId,
        affiliateId,
        firstName: user.firstName,
        status: applicationStatus(program.visibility),
        auditAction: 'enrollment.applied',
      }),
    );
    await publishRouting({ ctx, input: { enrollment: created.id } });
    return created;
  } catch (err) {
    if (uniqueViolation(err) === PROGRAM_AFFILIATE_UNIQUE) {
      const raced = await findExisting(ctx, program.id, affiliateId);
      if (raced) throw alreadyEnrolled(raced);
    }
    throw err;
  }
}
