import { and, eq } from 'drizzle-orm';
import { enrollments, type Enrollment } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { affiliateScope } from '../access';

/** The signed-in affiliate's enrollment in `programId` within its current advertiser context. */
export async function findMyEnrollmentOrThrow({
  ctx,
  input: { programId },
}: ServiceCall<{ programId: string }>): Promise<Enrollment> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const [row] = await ctx.db
    .select()
    .from(enrollments)
    .where(
      and(
        eq(enrollments.programId, programId),
        eq(enrollments.affiliateId, affiliateId),
        eq(enrollments.organizationId, organizationId),
      ),
    );
  if (!row) throw new NotFoundError('program', programId);
  return row;
}
