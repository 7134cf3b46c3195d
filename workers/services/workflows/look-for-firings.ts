import { sql } from 'drizzle-orm';
import type { EnrollmentStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { namedShapes, runNamed } from '../../db/execute-named';
import { isEnrollmentActive } from '../../domain/enrollment-status';
import type { WorkflowTrigger } from '../../domain/workflow-evaluation';
import { planTotals, type TotalsShape, totalsSql } from '../enrollments';
import { expectedWindows, expectWindows } from './expected-windows';
import { findFiringsNow } from './find-firings-now';

// Named and composed once: it runs after every conversion, and a warm connection parses it once. One enrollment
// (a conversion's) is a scalar parameter, not an array of one, whose generic plan Postgres would price for ten
// rows and never take, planning the statement on every call.
// With one enrollment, the totals it is expected to need (expected-windows.ts) come in the same row.
const lookStatement = namedShapes(
  'look_for_firings',
  ({ one, totals }: { one: boolean; totals: TotalsShape | null }, slot) => sql`
    SELECT e.id, e.status, e.group_id, e.created_at, p.currency, flows.list AS workflows, done.list AS crossed
      ${totals ? sql`, t.*` : sql``}
    FROM affiliate.enrollments e
    JOIN affiliate.programs p ON p.id = e.program_id
    CROSS JOIN LATERAL (
      SELECT json_agg(json_build_object('id', w.id, 'enabled', w.enabled, 'metric', w.metric, 'op', w.op,
        'threshold', w.threshold, 'windowDays', w.window_days, 'scopeGroupId', w.scope_group_id,
        'moveToGroupId', w.move_to_group_id) ORDER BY w.id) AS list
      FROM affiliate.program_workflows w WHERE w.program_id = e.program_id AND w.enabled
    ) flows
    CROSS JOIN LATERAL (
      SELECT json_agg(json_build_array(x.workflow_id, x.crossing_key)) AS list
      FROM affiliate.workflow_crossings x WHERE x.enrollment_id = e.id
    ) done
    ${totals ? sql`CROSS JOIN LATERAL (${totalsSql(totals, slot)}) t` : sql``}
    WHERE ${one ? sql`e.id = ${slot('only')}::uuid` : sql`e.id = ANY(${slot('all')}::uuid[])`} AND flows.list IS NOT NULL`,
);

/**
 * Which of the listed enrollments would cross a workflow now, without a lock: one statement for all of
 * them gives each active enrollment whose program has enabled workflows, with those workflows (oldest
 * id first) and its crossings; most conversions end there (no workflow on the program). The
 * enrollments that have some then read their totals over the windows of the workflows that can still
 * fire (windowsToRead: not crossed this period, in reach of their scope; often none), as
 * readWorkflowTotals counts them: a look at one enrollment reads the totals it needed last time in this
 * isolate in the same statement (expected-windows.ts), and only what it needs beyond those costs a statement
 * of its own. An enrollment named in the answer is evaluated again under its lock before anything acts.
 */
export async function lookForFirings({ ctx, input }: ServiceCall<{ enrollmentIds: string[] }>): Promise<string[]> {
  if (input.enrollmentIds.length === 0) return [];
  const one = input.enrollmentIds.length === 1;
  const [only] = input.enrollmentIds;
  const expected = one ? expectedWindows(only!) : null;
  const plan =
    expected && expected.windows.length > 0
      ? planTotals({
          enrollmentId: only!,
          currency: expected.currency,
          before: ctx.now,
          excludeConversionId: null,
          changedConversionIds: [],
          windows: expected.windows,
        })
      : null;
  const { rows } = await runNamed(ctx.db, lookStatement({ one, totals: plan?.shape ?? null }), {
    ...plan?.values,
    only,
    all: input.enrollmentIds,
  });
  const out: string[] = [];
  let lookedAgain = false;
  for (const r of rows as Record<string, unknown>[]) {
    if (!isEnrollmentActive(r.status as EnrollmentStatus)) continue;
    const crossed = new Set(((r.crossed as [string, string][] | null) ?? []).map(([w, k]) => `${w}:${k}`));
    const workflows = (r.workflows as WorkflowTrigger[]).map((w) => ({ ...w, threshold: Number(w.threshold) }));
    const facts = {
      groupId: r.group_id as string,
      joinedAt: new Date(r.created_at as string),
      now: ctx.now,
      crossed: (workflowId: string, key: string) => crossed.has(`${workflowId}:${key}`),
    };
    const id = r.id as string;
    const currency = r.currency as string;
    // What the row read counts only if it was read in this currency (the program's).
    const read = plan && expected?.currency === currency ? plan.read(r) : null;
    const { firings, windows } = await findFiringsNow({
      ctx,
      input: { enrollmentId: id, currency, workflows, facts, read },
    });
    expectWindows(id, { currency, windows });
    lookedAgain ||= id === only;
    if (firings.length > 0) out.push(id);
  }
  // No enabled workflow left, or the enrollment no longer active: the next look reads no totals for it.
  if (plan && !lookedAgain) expectWindows(only!, { currency: expected!.currency, windows: [] });
  return out;
}
