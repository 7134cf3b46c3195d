import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { ReplayWorkflows } from '../../domain/backtest-workflows';

export interface WorkflowHistory {
  /** Crossings stored before the history starts, keyed as ReplayWorkflows remembers them. */
  crossedBefore: string[];
  /** Each member's group when the history starts, where a stored workflow move since tells it (its from group). */
  startGroups: Map<string, string>;
}

/**
 * The program's stored workflow crossings, in one query: those before `historyFrom` already fired
 * (the replay must not fire them again), and the first move of each member since tells the group it
 * started the history in, so proposed workflows replay from there rather than from where the saved
 * ones took it.
 */
export async function loadWorkflowHistory({
  ctx,
  input,
}: ServiceCall<{ programId: string; historyFrom: Date }>): Promise<WorkflowHistory> {
  const { rows } = await ctx.db.execute(sql`
    SELECT x.workflow_id, x.enrollment_id, x.crossing_key, x.outcome ->> 'movedFromGroupId' AS moved_from,
      x.created_at < ${input.historyFrom.toISOString()}::timestamptz AS before
    FROM affiliate.workflow_crossings x JOIN affiliate.program_workflows w ON w.id = x.workflow_id
    WHERE w.program_id = ${input.programId}
    ORDER BY x.created_at, x.id`);
  const crossedBefore: string[] = [];
  const startGroups = new Map<string, string>();
  for (const r of rows as Record<string, unknown>[]) {
    const enrollmentId = r.enrollment_id as string;
    if (r.before)
      crossedBefore.push(ReplayWorkflows.key(enrollmentId, r.workflow_id as string, r.crossing_key as string));
    else if (r.moved_from && !startGroups.has(enrollmentId)) startGroups.set(enrollmentId, r.moved_from as string);
  }
  return { crossedBefore, startGroups };
}
