import { asc, eq } from 'drizzle-orm';
import { type Program, programWorkflows } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { WorkflowTrigger } from '../../domain/workflow-evaluation';
import { NotFoundError, ValidationError } from '../../errors/app-error';
import { assertWorkflowValid, MAX_WORKFLOWS_PER_PROGRAM, type WorkflowSettings } from '../workflows';

/** A workflow as the editor proposes it: a saved one sent back (`workflowId`, changed or not) or a new one. */
export type ProposedWorkflow = WorkflowSettings & { workflowId?: string | undefined };

export interface ReplayTriggers {
  /** In the live path's order: saved ones by id (oldest first), new ones after them. */
  triggers: (WorkflowTrigger & { name: string })[];
  /** Whether they are the editor's proposal rather than the saved ones. */
  proposed: boolean;
}

const trigger = (id: string, w: WorkflowSettings): WorkflowTrigger & { name: string } => ({
  id,
  name: w.name,
  enabled: w.enabled ?? true,
  metric: w.metric,
  op: w.op,
  threshold: w.threshold,
  windowDays: w.windowDays ?? null,
  scopeGroupId: w.scopeGroupId ?? null,
  moveToGroupId: w.moveToGroupId ?? null,
});

/**
 * The workflows a backtest replays: the program's saved ones, or, when the editor sends its version,
 * that whole list instead (saved workflows left out of it are the ones the advertiser deleted).
 * Each proposed one is checked as the workflow routes check it (400), a `workflowId` of another
 * program is a 404, and more than a program may hold is a 400.
 */
export async function proposedWorkflows({
  ctx,
  input,
}: ServiceCall<{ program: Program; proposals: ProposedWorkflow[] | undefined }>): Promise<ReplayTriggers> {
  const { program, proposals } = input;
  const saved = await ctx.db
    .select()
    .from(programWorkflows)
    .where(eq(programWorkflows.programId, program.id))
    .orderBy(asc(programWorkflows.id));
  if (proposals === undefined) return { triggers: saved.map((w) => trigger(w.id, w)), proposed: false };
  if (proposals.length > MAX_WORKFLOWS_PER_PROGRAM)
    throw new ValidationError(`At most ${MAX_WORKFLOWS_PER_PROGRAM} workflows per program`, {
      issues: [{ field: 'workflows', message: `At most ${MAX_WORKFLOWS_PER_PROGRAM}` }],
    });
  const savedIds = new Set(saved.map((w) => w.id));
  const kept: (WorkflowTrigger & { name: string })[] = [];
  const added: (WorkflowTrigger & { name: string })[] = [];
  for (const [i, { workflowId, ...settings }] of proposals.entries()) {
    if (workflowId !== undefined && !savedIds.has(workflowId)) throw new NotFoundError('workflow', workflowId);
    await assertWorkflowValid({ ctx, input: { program, settings } });
    if (workflowId !== undefined) kept.push(trigger(workflowId, settings));
    // A new workflow has no id yet; one of its own keeps its crossings apart from the saved ones'.
    else added.push(trigger(`proposed-${i}`, settings));
  }
  kept.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { triggers: [...kept, ...added], proposed: true };
}
