import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { enrollments, programs, programWorkflows, workflowCrossings } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { isEnrollmentActive } from '../../domain/enrollment-status';
import { crossingKey } from '../../domain/workflow-evaluation';
import { enqueueNotifications, type NotificationRequest } from '../notifications';
import { refreshConversionStats } from '../stats';
import { findFiringsNow } from './find-firings-now';
import { fireWorkflow } from './fire-workflow';
import { lookForFirings } from './look-for-firings';

type Facts = NonNullable<Awaited<ReturnType<typeof findFirings>>>;

/** The enrollment, its program and workflows, and the crossings they make now (empty: none), as `ctx.db` reads them (typed rows, for acting). */
async function findFirings(ctx: ServiceContext, enrollmentId: string) {
  const [found] = await ctx.db
    .select({ enrollment: enrollments, program: programs })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(eq(enrollments.id, enrollmentId));
  if (!found || !isEnrollmentActive(found.enrollment.status)) return null;
  const { enrollment, program } = found;
  const workflows = await ctx.db
    .select()
    .from(programWorkflows)
    .where(and(eq(programWorkflows.programId, program.id), eq(programWorkflows.enabled, true)))
    .orderBy(asc(programWorkflows.id));
  if (workflows.length === 0) return null;
  const keys = workflows.map((w) => crossingKey(w.windowDays, ctx.now));
  const done = await ctx.db
    .select({ workflowId: workflowCrossings.workflowId, crossingKey: workflowCrossings.crossingKey })
    .from(workflowCrossings)
    .where(
      and(
        eq(workflowCrossings.enrollmentId, enrollment.id),
        inArray(
          workflowCrossings.workflowId,
          workflows.map((w) => w.id),
        ),
        inArray(workflowCrossings.crossingKey, keys),
      ),
    );
  const crossed = new Set(done.map((d) => `${d.workflowId}:${d.crossingKey}`));
  const facts = {
    groupId: enrollment.groupId,
    joinedAt: enrollment.createdAt,
    now: ctx.now,
    crossed: (workflowId: string, key: string) => crossed.has(`${workflowId}:${key}`),
  };
  const { firings } = await findFiringsNow({
    ctx,
    input: { enrollmentId: enrollment.id, currency: program.currency, workflows, facts },
  });
  return { enrollment, program, workflows, firings };
}

/**
 * Acts on the crossings one enrollment makes now, in one transaction; the notifications go after the
 * commit. A transaction-scoped advisory lock per enrollment makes concurrent evaluations (two
 * conversions settling at once, the cron) run one after the other, and the facts are read again
 * under it, so the second reads the first one's conversions, moves and crossings; the crossing's
 * unique row stays the last word. The work is the program's, not the caller's: it is audited with no
 * actor. Answers how many workflows fired.
 */
export async function actOnCrossings({ ctx, input }: ServiceCall<{ enrollmentId: string }>): Promise<number> {
  const system: ServiceContext = { db: ctx.db, config: ctx.config, now: ctx.now, log: ctx.log };
  const notifications: NotificationRequest[] = [];
  const fired = await inTransaction(system, async (tx) => {
    await tx.db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`workflows:${input.enrollmentId}`}, 0))`);
    const facts: Facts | null = await findFirings(tx, input.enrollmentId);
    if (!facts) return 0;
    const { enrollment, program, workflows, firings } = facts;
    let count = 0;
    const bonuses: { conversionId: string; commissionId: string }[] = [];
    for (const firing of firings) {
      const workflow = workflows.find((w) => w.id === firing.workflowId)!;
      const fired = await fireWorkflow({ ctx: tx, input: { program, enrollment, workflow, firing } });
      if (!fired) continue;
      notifications.push(...fired.notifications);
      if (fired.bonus) bonuses.push(fired.bonus);
      count += 1;
    }
    // Once, last: a refresh per bonus would take conversion locks in rounds, and two bonuses in one
    // evaluation deadlocked against a conversion's refresh (the ledger soak at 8 writers).
    await refreshConversionStats({
      ctx: tx,
      input: {
        conversionIds: bonuses.map((b) => b.conversionId),
        commissionIds: bonuses.map((b) => b.commissionId),
      },
    });
    return count;
  });
  if (notifications.length > 0) await enqueueNotifications({ ctx: system, input: { requests: notifications } });
  if (fired > 0) ctx.log.info('workflows_fired', { enrollmentId: input.enrollmentId, fired });
  return fired;
}

/**
 * Evaluates one enrollment's program workflows now. A first look without a lock (lookForFirings)
 * answers most calls (nothing to cross), so conversions of one busy affiliate do not queue behind
 * each other for nothing; when something may fire, actOnCrossings decides under the lock.
 */
export async function evaluateEnrollmentWorkflows({
  ctx,
  input,
}: ServiceCall<{ enrollmentId: string }>): Promise<number> {
  const system: ServiceContext = { db: ctx.db, config: ctx.config, now: ctx.now, log: ctx.log };
  const may = await lookForFirings({ ctx: system, input: { enrollmentIds: [input.enrollmentId] } });
  return may.length > 0 ? actOnCrossings({ ctx: system, input }) : 0;
}
