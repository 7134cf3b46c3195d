import { eq, sql } from 'drizzle-orm';
import { programs, type NewProgram, type Program } from '../../../schema';
import type { AuditAction, ProgramStatus } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { programRuleIssues } from '../../domain/program-rules';
import { canChangeProgramStatus, isProgramFinal } from '../../domain/program-status';
import { ConflictError, ValidationError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { publishRouting } from '../tracking';
import { definedChanges } from '../defined-changes';
import { actingAdvertiser } from '../access';
import { auditedProgram, findProgramOrThrow } from './find-program';

/** Any settings but the tenant and the app; status moves along PROGRAM_TRANSITIONS. */
export type ProgramChanges = Partial<
  Omit<NewProgram, 'id' | 'organizationId' | 'appId' | 'postbackSecretHash' | 'version' | 'createdAt' | 'updatedAt'>
>;

function auditAction(from: ProgramStatus, to: ProgramStatus): AuditAction {
  if (from === to) return 'program.updated';
  if (to === 'archived') return 'program.archived';
  if (to === 'paused') return 'program.paused';
  return from === 'paused' ? 'program.resumed' : 'program.activated';
}

/**
 * Changes any program settings. Cross-field rules are checked on the merged result, so a change
 * that leaves the program inconsistent (e.g. percent without a rate) is refused as a whole.
 */
export async function updateProgram({
  ctx,
  input,
}: ServiceCall<{ programId: string; changes: ProgramChanges }>): Promise<Program> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const updated = await mapConstraintErrors(
    () =>
      inTransaction(ctx, async (tx) => {
        const before = await findProgramOrThrow({
          ctx: tx,
          input: { organizationId, programId: input.programId, lock: true },
        });
        if (isProgramFinal(before.status))
          throw new ConflictError('The program is archived; archived programs cannot change');
        const changes = definedChanges(input.changes);
        if (!changes) return before;
        const next = { ...before, ...changes };
        if (next.status !== before.status && !canChangeProgramStatus(before.status, next.status)) {
          throw new ConflictError(`A program cannot go from ${before.status} to ${next.status}`);
        }
        const issues = programRuleIssues(next);
        if (issues.length > 0) throw new ValidationError('The request is not valid', issues);
        const [after] = await tx.db
          .update(programs)
          .set({ ...changes, version: sql`${programs.version} + 1` })
          .where(eq(programs.id, before.id))
          .returning();
        const action = auditAction(before.status, next.status);
        await recordAudit({
          ctx: tx,
          input: {
            action,
            targetType: 'program',
            targetId: before.id,
            before: auditedProgram(before),
            after: auditedProgram(after!),
          },
        });
        return after!;
      }),
    { programs_organization_id_slug_unique: 'Another program of this organization has that slug' },
  );
  await publishRouting({ ctx, input: { program: updated.id } });
  return updated;
}
