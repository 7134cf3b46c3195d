import { and, asc, eq } from 'drizzle-orm';
import { type ProgramWorkflow, programWorkflows } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findProgramOrThrow } from '../programs';

/** A program's workflows in the order they are evaluated (oldest first). Any member may read them. */
export async function listProgramWorkflows({
  ctx,
  input,
}: ServiceCall<{ programId: string }>): Promise<ProgramWorkflow[]> {
  const { organizationId } = actingAdvertiser(ctx);
  await findProgramOrThrow({ ctx, input: { organizationId, programId: input.programId } });
  return ctx.db
    .select()
    .from(programWorkflows)
    .where(and(eq(programWorkflows.programId, input.programId), eq(programWorkflows.organizationId, organizationId)))
    .orderBy(asc(programWorkflows.id));
}
