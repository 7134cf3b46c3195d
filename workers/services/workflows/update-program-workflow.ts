import { eq } from 'drizzle-orm';
import { type ProgramWorkflow, programWorkflows } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { findProgramOrThrow } from '../programs';
import { findWorkflowOrThrow } from './find-workflow';
import { assertWorkflowValid, type WorkflowSettings } from './workflow-settings';

/**
 * Changes a workflow from now on; crossings it already acted on stay done (their keys are kept), so
 * raising a threshold never takes back a promotion or a bonus. Audited with before and after.
 */
export function updateProgramWorkflow({
  ctx,
  input,
}: ServiceCall<{
  programId: string;
  workflowId: string;
  changes: Partial<WorkflowSettings>;
}>): Promise<ProgramWorkflow> {
  const { organizationId } = actingAdvertiser(ctx);
  return inTransaction(ctx, async (tx) => {
    const program = await findProgramOrThrow({ ctx: tx, input: { organizationId, programId: input.programId } });
    const before = await findWorkflowOrThrow({ ctx: tx, input: { organizationId, ...input } });
    const next = { ...before, ...input.changes };
    await assertWorkflowValid({ ctx: tx, input: { program, settings: next } });
    const [row] = await tx.db
      .update(programWorkflows)
      .set({ ...input.changes, updatedAt: tx.now })
      .where(eq(programWorkflows.id, before.id))
      .returning();
    await recordAudit({
      ctx: tx,
      input: { action: 'workflow.updated', targetType: 'program_workflow', targetId: before.id, before, after: row },
    });
    return row!;
  });
}
