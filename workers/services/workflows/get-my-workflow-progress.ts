import { and, asc, eq, inArray } from 'drizzle-orm';
import { enrollments, programGroups, programs, programWorkflows } from '../../../schema';
import type { GroupColor, WorkflowMetric } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { effectiveTerms } from '../../domain/commission-terms';
import { nextPromotion, workflowWindows } from '../../domain/workflow-evaluation';
import { affiliateScope } from '../access';
import { totalsKey } from '../enrollments';
import { readWorkflowTotals } from './read-workflow-totals';

interface GroupBadge {
  id: string;
  name: string;
  color: GroupColor;
}

export interface MyWorkflowProgress {
  enrollmentId: string;
  programId: string;
  programName: string;
  group: GroupBadge;
  /** What the next event earns (the effective terms, as the affiliate's program view shows them). */
  terms: {
    commissionType: string;
    rateBps: number | null;
    fixedMinor: number | null;
    currency: string;
    holdDays: number;
  };
  /**
   * The next tier and how far the affiliate is: value and threshold are null for revenue, which an
   * affiliate never sees; the percent is shown instead.
   */
  next: {
    metric: WorkflowMetric;
    windowDays: number | null;
    value: number | null;
    threshold: number | null;
    percent: number;
    targetGroup: GroupBadge;
  } | null;
}

/**
 * The signed-in affiliate's standing in each program of the request's advertiser: its group, what it
 * earns now, and its progress to the next promotion workflow (the one closest to firing).
 */
export async function getMyWorkflowProgress({ ctx }: ServiceCall<void>): Promise<MyWorkflowProgress[]> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const rows = await ctx.db
    .select({ enrollment: enrollments, program: programs, group: programGroups })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .innerJoin(programGroups, eq(programGroups.id, enrollments.groupId))
    .where(
      and(
        eq(enrollments.organizationId, organizationId),
        eq(enrollments.affiliateId, affiliateId),
        eq(enrollments.status, 'active'),
      ),
    )
    .orderBy(asc(programs.name));
  if (rows.length === 0) return [];
  const programIds = rows.map((r) => r.program.id);
  const workflows = await ctx.db
    .select()
    .from(programWorkflows)
    .where(and(inArray(programWorkflows.programId, programIds), eq(programWorkflows.enabled, true)))
    .orderBy(asc(programWorkflows.id));
  const groups = new Map(
    (
      await ctx.db
        .select({ id: programGroups.id, name: programGroups.name, color: programGroups.color })
        .from(programGroups)
        .where(inArray(programGroups.programId, programIds))
    ).map((g) => [g.id, g]),
  );
  const out: MyWorkflowProgress[] = [];
  for (const { enrollment, program, group } of rows) {
    const own = workflows.filter((w) => w.programId === program.id && w.op === 'gte' && w.moveToGroupId);
    const totals =
      own.length > 0
        ? await readWorkflowTotals({
            ctx,
            input: { enrollmentId: enrollment.id, currency: program.currency, windows: workflowWindows(own) },
          })
        : new Map<string, number>();
    const next = nextPromotion(own, {
      groupId: enrollment.groupId,
      joinedAt: enrollment.createdAt,
      now: ctx.now,
      totals: (metric, windowDays) => totals.get(totalsKey(metric, windowDays)) ?? 0,
    });
    const target = next ? groups.get(next.targetGroupId) : undefined;
    const terms = effectiveTerms(program, enrollment, group);
    const hidden = next?.metric === 'revenue_minor';
    out.push({
      enrollmentId: enrollment.id,
      programId: program.id,
      programName: program.name,
      group: { id: group.id, name: group.name, color: group.color },
      terms: {
        commissionType: terms.commissionType,
        rateBps: terms.rateBps,
        fixedMinor: terms.fixedMinor,
        currency: terms.currency,
        holdDays: terms.holdDays,
      },
      next:
        next && target
          ? {
              metric: next.metric,
              windowDays: next.windowDays,
              value: hidden ? null : next.value,
              threshold: hidden ? null : next.threshold,
              percent: next.percent,
              targetGroup: target,
            }
          : null,
    });
  }
  return out;
}
