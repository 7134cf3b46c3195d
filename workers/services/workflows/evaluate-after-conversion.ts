import { and, eq, inArray } from 'drizzle-orm';
import { enrollments, programWorkflows } from '../../../schema';
import type { ServiceCall } from '../../context';
import { evaluateEnrollmentWorkflows } from './evaluate-enrollment-workflows';

/**
 * After a conversion committed: evaluates the workflows of the enrollments it changed, skipping at the
 * cost of one read those whose program has none enabled (most conversions). Never fails the
 * conversion, which is already stored: an error is logged and the hourly run catches up.
 */
export async function evaluateAfterConversion({ ctx, input }: ServiceCall<{ enrollmentIds: string[] }>): Promise<void> {
  const ids = [...new Set(input.enrollmentIds)];
  try {
    const watched = await ctx.db
      .selectDistinct({ id: enrollments.id })
      .from(enrollments)
      .innerJoin(
        programWorkflows,
        and(eq(programWorkflows.programId, enrollments.programId), eq(programWorkflows.enabled, true)),
      )
      .where(inArray(enrollments.id, ids));
    for (const { id } of watched) await evaluateEnrollmentWorkflows({ ctx, input: { enrollmentId: id } });
  } catch (error) {
    ctx.log.error('workflow_evaluation_failed', { enrollmentIds: ids, error });
  }
}
