import { and, eq } from 'drizzle-orm';
import { type ProgramWorkflow, programWorkflows } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';

/** A workflow of one program of `organizationId`, locked for update; not_found for another program's or tenant's. */
export async function findWorkflowOrThrow({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; programId: string; workflowId: string }>): Promise<ProgramWorkflow> {
  const [row] = await ctx.db
    .select()
    .from(programWorkflows)
    .where(
      and(
        eq(programWorkflows.id, input.workflowId),
        eq(programWorkflows.programId, input.programId),
        eq(programWorkflows.organizationId, input.organizationId),
      ),
    )
    .for('update');
  if (!row) throw new NotFoundError('workflow', input.workflowId);
  return row;
}
