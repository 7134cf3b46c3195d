import { and, asc, count, eq, exists, type SQL } from 'drizzle-orm';
import { enrollments, programWorkflows } from '../../../schema';
import type { ServiceCall } from '../../context';
import { evaluateEnrollmentWorkflows } from './evaluate-enrollment-workflows';

const HOUR_MS = 3_600_000;

/**
 * The hourly run: evaluates every active enrollment of a program with an enabled workflow, so windows
 * that move with time (no sale in 90 days) act without a conversion, and a crossing whose evaluation
 * after settlement was lost is caught up. At most `limit` a run: past that, each hour starts where the
 * previous one stopped (an offset that turns with the hour), so every enrollment is reached within
 * ceil(candidates / limit) hours. Safe twice at once (each enrollment's lock and crossing row). One
 * enrollment's failure is logged and the rest go on; the run fails at the end if any did.
 */
export async function sweepWorkflows({ ctx, input }: ServiceCall<{ limit: number }>): Promise<number> {
  const watched: SQL = and(
    eq(enrollments.status, 'active'),
    exists(
      ctx.db
        .select({ one: programWorkflows.id })
        .from(programWorkflows)
        .where(and(eq(programWorkflows.programId, enrollments.programId), eq(programWorkflows.enabled, true))),
    ),
  )!;
  const [total] = await ctx.db.select({ n: count() }).from(enrollments).where(watched);
  const candidates = total?.n ?? 0;
  if (candidates === 0) return 0;
  const start = candidates > input.limit ? (Math.floor(ctx.now.getTime() / HOUR_MS) * input.limit) % candidates : 0;
  const page = (offset: number, limit: number) =>
    ctx.db
      .select({ id: enrollments.id })
      .from(enrollments)
      .where(watched)
      .orderBy(asc(enrollments.id))
      .offset(offset)
      .limit(limit);
  const rows = await page(start, input.limit);
  if (rows.length < input.limit && start > 0) rows.push(...(await page(0, Math.min(start, input.limit - rows.length))));
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
