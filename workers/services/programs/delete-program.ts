import { eq } from 'drizzle-orm';
import { programs } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { ConflictError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { publishRouting } from '../tracking';
import { actingAdvertiser } from '../access';
import { auditedProgram, findProgramOrThrow } from './find-program';
import { isProgramDeletable } from '../../domain/program-status';

/** Deletes a draft (with its creatives). A program that went live keeps its history: archive it. */
export async function deleteProgram({ ctx, input }: ServiceCall<{ programId: string }>): Promise<void> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await mapConstraintErrors(
    () =>
      inTransaction(ctx, async (tx) => {
        const before = await findProgramOrThrow({
          ctx: tx,
          input: { organizationId, programId: input.programId, lock: true },
        });
        if (!isProgramDeletable(before.status))
          throw new ConflictError(
            `Only draft programs can be deleted; this one is ${before.status}, archive it instead`,
          );
        await tx.db.delete(programs).where(eq(programs.id, before.id));
        await recordAudit({
          ctx: tx,
          input: {
            action: 'program.deleted',
            targetType: 'program',
            targetId: before.id,
            before: auditedProgram(before),
          },
        });
      }),
    { enrollments_program_id_programs_id_fk: 'The program has enrollments; archive it instead' },
  );
  await publishRouting({ ctx, input: { program: input.programId } });
}
