import { and, asc, eq, exists } from 'drizzle-orm';
import { enrollments, programWorkflows } from '../../../schema';
import type { ServiceCall } from '../../context';
import { evaluateEnrollmentWorkflows } from './evaluate-enrollment-workflows';

/**
 * The hourly run: evaluates every active enrollment of a program with an enabled workflow, so windows
 * that move with time (no sale in 90 days) act without a conversion, and a crossing whose evaluation
 * after settlement was lost is caught up. Safe twice at once (each enrollment's lock and crossing row).
 * One enrollment's failure is logged and the rest go on; the run fails at the end if any did.
 */
export async function sweepWorkflows({ ctx, input }: ServiceCall<{ limit: number }>): Promise<number> {
  const rows = await ctx.db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.status, 'active'),
        exists(
          ctx.db
            .select({ one: programWorkflows.id })
            .from(programWorkflows)
            .where(and(eq(programWorkflows.programId, enrollments.programId), eq(programWorkflows.enabled, true))),
        ),
      ),
    )
    .orderBy(asc(enrollments.id))
    .limit(input.limit);
  if (rows.length === input.limit) ctx.log.warn('workflow_sweep_truncated', { limit: input.limit });
  let fired = 0;
  let failed = 0;
  for (const { id } of rows) {
    try {
      fired += await evaluateEnrollmentWorkflows({ ctx, input: { enrollmentId: id } });
    } catch (error) {
      failed += 1;
      ctx.log.error('workflow_evaluation_failed', { enrollmentId: id, error });
    }
  }
  if (failed > 0) throw new Error(`${failed} of ${rows.length} enrollments failed their workflow evaluation`);
  return fired;
}
