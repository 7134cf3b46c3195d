import { programGroups, type ProgramGroup } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { findProgramOrThrow } from './find-program';
import { assertGroupPayable, type GroupSettings, withRuleIds } from './group-settings';

export const GROUP_NAME_TAKEN = {
  program_groups_program_id_name_unique: 'Another group of this program has that name',
};

/** Adds a partner group to a program; it holds nobody until enrollments are moved or join through its link. Audited. */
export function createProgramGroup({
  ctx,
  input,
}: ServiceCall<{ programId: string; settings: GroupSettings }>): Promise<ProgramGroup> {
  const { organizationId } = actingAdvertiser(ctx);
  return mapConstraintErrors(
    () =>
      inTransaction(ctx, async (tx) => {
        const program = await findProgramOrThrow({ ctx: tx, input: { organizationId, programId: input.programId } });
        assertGroupPayable(program, input.settings);
        const [row] = await tx.db
          .insert(programGroups)
          .values({
            ...input.settings,
            rewardRules: withRuleIds(input.settings.rewardRules) ?? [],
            organizationId,
            programId: program.id,
            isDefault: false,
          })
          .returning();
        await recordAudit({
          ctx: tx,
          input: { action: 'program_group.created', targetType: 'program_group', targetId: row!.id, after: row },
        });
        return row!;
      }),
    GROUP_NAME_TAKEN,
  );
}
