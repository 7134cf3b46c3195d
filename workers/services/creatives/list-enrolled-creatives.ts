import { and, desc, eq } from 'drizzle-orm';
import { creatives, type Creative } from '../../../schema';
import type { ServiceCall } from '../../context';
import { findMyEnrollmentOrThrow } from '../enrollments';
import { isEnrollmentActive } from '../../domain/enrollment-status';

/** A program's creatives, for an affiliate whose enrollment in it is active; not_found otherwise. */
export async function listEnrolledCreatives({ ctx, input }: ServiceCall<{ programId: string }>): Promise<Creative[]> {
  const enrollment = await findMyEnrollmentOrThrow(ctx, input.programId);
  if (!isEnrollmentActive(enrollment.status)) return [];
  return ctx.db
    .select()
    .from(creatives)
    .where(and(eq(creatives.programId, enrollment.programId), eq(creatives.organizationId, enrollment.organizationId)))
    .orderBy(desc(creatives.id));
}
