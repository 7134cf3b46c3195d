import { and, eq, type SQL } from 'drizzle-orm';
import { enrollments, programGroups, programs, users, type Enrollment } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';

/** Enrollments of one tenant with what the advertiser sees of the program, its partner group and the affiliate. */
export function selectEnrollmentRows({
  ctx,
  input: { organizationId, where },
}: ServiceCall<{ organizationId: string; where?: SQL | undefined }>) {
  return (
    ctx.db
      .select({
        enrollment: enrollments,
        programName: programs.name,
        group: { id: programGroups.id, name: programGroups.name, color: programGroups.color },
        affiliate: { id: users.id, email: users.email, firstName: users.firstName, lastName: users.lastName },
      })
      .from(enrollments)
      .innerJoin(programs, eq(programs.id, enrollments.programId))
      // Every enrollment has a group of its own program (a NOT NULL composite foreign key).
      .innerJoin(programGroups, eq(programGroups.id, enrollments.groupId))
      .innerJoin(users, eq(users.id, enrollments.affiliateId))
      .where(and(eq(enrollments.organizationId, organizationId), where))
  );
}

export type EnrollmentRow = Awaited<ReturnType<typeof selectEnrollmentRows>>[number];

export async function findEnrollmentRowOrThrow({
  ctx,
  input: { organizationId, enrollmentId },
}: ServiceCall<{ organizationId: string; enrollmentId: string }>): Promise<EnrollmentRow> {
  const [row] = await selectEnrollmentRows({
    ctx,
    input: { organizationId, where: eq(enrollments.id, enrollmentId) },
  });
  if (!row) throw new NotFoundError('enrollment', enrollmentId);
  return row;
}

/** The enrollment row alone, locked for a change; not_found for another tenant's. */
export async function lockEnrollmentOrThrow({
  ctx,
  input: { organizationId, enrollmentId },
}: ServiceCall<{ organizationId: string; enrollmentId: string }>): Promise<Enrollment> {
  const [row] = await ctx.db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.id, enrollmentId), eq(enrollments.organizationId, organizationId)))
    .for('update');
  if (!row) throw new NotFoundError('enrollment', enrollmentId);
  return row;
}
