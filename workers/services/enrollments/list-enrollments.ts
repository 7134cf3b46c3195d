import { and, desc, eq, lt } from 'drizzle-orm';
import { enrollments } from '../../../schema';
import type { EnrollmentStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { selectEnrollmentRows, type EnrollmentRow } from './find-enrollment';

export interface ListEnrollmentsInput {
  status?: EnrollmentStatus | undefined;
  programId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** The tenant's affiliates per program, newest first; one row beyond `limit` marks a next page. */
export async function listEnrollments({
  ctx,
  input,
}: ServiceCall<ListEnrollmentsInput>): Promise<(EnrollmentRow & { id: string })[]> {
  const rows = await selectEnrollmentRows({
    ctx,
    input: {
      organizationId: actingAdvertiser(ctx).organizationId,
      where: and(
        input.status ? eq(enrollments.status, input.status) : undefined,
        input.programId ? eq(enrollments.programId, input.programId) : undefined,
        input.cursor ? lt(enrollments.id, input.cursor) : undefined,
      ),
    },
  })
    .orderBy(desc(enrollments.id))
    .limit(input.limit + 1);
  return rows.map((row) => ({ ...row, id: row.enrollment.id }));
}
