import { count, eq } from 'drizzle-orm';
import { type ProgramWorkflow, programWorkflows } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { findProgramOrThrow } from '../programs';
import { assertWorkflowValid, MAX_WORKFLOWS_PER_PROGRAM, type WorkflowSettings } from './workflow-settings';

/**
 * Adds a workflow to a program, evaluated from the next settled conversion or hourly run on. The
 * program row is locked so two creations cannot both pass the limit. Audited.
 */
export function createProgramWorkflow({
  ctx,
  input,
}: ServiceCall<{ programId: string; settings: WorkflowSettings }>): Promise<ProgramWorkflow> {
  const { organizationId } = actingAdvertiser(ctx);
  return inTransaction(ctx, async (tx) => {
    const program = await findProgramOrThrow({
      ctx: tx,
      input: { organizationId, programId: input.programId, lock: true },
    });
    await assertWorkflowValid({ ctx: tx, input: { program, settings: input.settings } });
    const [existing] = await tx.db
      .select({ n: count() })
      .from(programWorkflows)
      .where(eq(programWorkflows.programId, program.id));
    if ((existing?.n ?? 0) >= MAX_WORKFLOWS_PER_PROGRAM)
      throw new AppError('workflow_limit_reached', `A program has at most ${MAX_WORKFLOWS_PER_PROGRAM} workflows`, {
        max: MAX_WORKFLOWS_PER_PROGRAM,
      });
    const [row] = await tx.db
      .insert(programWorkflows)
      .values({ ...input.settings, organizationId, programId: program.id })
      .returning();
    await recordAudit({
      ctx: tx,
      input: { action: 'workflow.created', targetType: 'program_workflow', targetId: row!.id, after: row },
    });
    return row!;
  });
}
