import { eq } from 'drizzle-orm';
import { programWorkflows } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { findWorkflowOrThrow } from './find-workflow';

/**
 * Deletes a workflow and its crossing records; what it did stays: moves in the audit log, bonuses as
 * commission lines. Audited.
 */
export function deleteProgramWorkflow({
  ctx,
  input,
}: ServiceCall<{ programId: string; workflowId: string }>): Promise<void> {
  const { organizationId } = actingAdvertiser(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await findWorkflowOrThrow({ ctx: tx, input: { organizationId, ...input } });
    await tx.db.delete(programWorkflows).where(eq(programWorkflows.id, before.id));
    await recordAudit({
      ctx: tx,
      input: { action: 'workflow.deleted', targetType: 'program_workflow', targetId: before.id, before },
    });
  });
}
