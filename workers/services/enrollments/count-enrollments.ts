import { and, count, eq } from 'drizzle-orm';
import { enrollments } from '../../../schema';
import { EnrollmentStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

export interface CountEnrollmentsInput {
  programId?: string | undefined;
}

/** The tenant's enrollments per status (every status, zeros included), for the affiliates list's tabs. */
export async function countEnrollments({
  ctx,
  input,
}: ServiceCall<CountEnrollmentsInput>): Promise<Record<EnrollmentStatus, number>> {
  const rows = await ctx.db
    .select({ status: enrollments.status, count: count() })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.organizationId, actingAdvertiser(ctx).organizationId),
        input.programId ? eq(enrollments.programId, input.programId) : undefined,
      ),
    )
    .groupBy(enrollments.status);
  const counts = Object.fromEntries(EnrollmentStatus.map((s) => [s, 0])) as Record<EnrollmentStatus, number>;
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}
