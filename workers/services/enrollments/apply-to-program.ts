import { and, eq, inArray } from 'drizzle-orm';
import { enrollments, organizations, programs, users, type Enrollment } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { uniqueViolation } from '../../errors/constraint-error';
import { randomCouponCode, randomRefCode } from '../../domain/random-codes';
import { AppError, NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { assertPlanAllows } from '../plans';
import { publishRouting } from '../tracking';
import { actorId } from '../tenant-scope';

const MAX_ATTEMPTS = 5;
const RANDOM_CODE_CONSTRAINTS = new Set([
  'enrollments_ref_code_unique',
  'enrollments_organization_id_coupon_code_unique',
]);

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
 * pending for those by approval. Invite-only, inactive and unknown programs are all not_found.
 * The ref code and coupon code are random; a collision is retried with new ones.
 */
export async function applyToProgram({ ctx, input }: ServiceCall<{ programId: string }>): Promise<Enrollment> {
  const affiliateId = actorId(ctx);
  const [user] = await ctx.db
    .select({ approved: users.approvedAffiliate, firstName: users.firstName })
    .from(users)
    .where(eq(users.id, affiliateId));
  if (!user?.approved)
    throw new AppError(
      'forbidden',
      'Your affiliate account is not approved yet; you can apply to programs once the platform approves it',
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
  const status = program.visibility === 'public' ? 'active' : 'pending';
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await inTransaction(scoped, async (tx) => {
        // Joining at once makes the affiliate count toward the plan; a pending application does not yet.
        if (status === 'active')
          await assertPlanAllows({
            ctx: tx,
            input: { organizationId: program.organizationId, limit: 'affiliates', affiliateId },
          });
        const [row] = await tx.db
          .insert(enrollments)
          .values({
            programId: program.id,
            affiliateId,
            organizationId: program.organizationId,
            status,
            refCode: randomRefCode(),
            couponCode: randomCouponCode(user.firstName),
            appliedAt: tx.now,
            approvedAt: status === 'active' ? tx.now : null,
          })
          .returning();
        await recordAudit({
          ctx: tx,
          input: { action: 'enrollment.applied', targetType: 'enrollment', targetId: row!.id, after: row },
        });
        return row!;
      });
      await publishRouting({ ctx, input: { enrollment: created.id } });
      return created;
    } catch (err) {
      const constraint = uniqueViolation(err);
      if (constraint === 'enrollments_program_id_affiliate_id_unique') {
        const raced = await findExisting(ctx, program.id, affiliateId);
        if (raced) throw alreadyEnrolled(raced);
      }
      if (constraint === null || !RANDOM_CODE_CONSTRAINTS.has(constraint) || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}
