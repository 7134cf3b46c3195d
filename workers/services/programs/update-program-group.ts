import { count, eq, sql } from 'drizzle-orm';
import { enrollments, programGroups } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { definedChanges } from '../defined-changes';
import { GROUP_NAME_TAKEN } from './create-program-group';
import { findProgramOrThrow } from './find-program';
import { findGroupOrThrow } from './find-group';
import { assertGroupPayable, type GroupSettings, withRuleIds } from './group-settings';
import type { ProgramGroupRow } from './list-program-groups';

/**
 * Changes a group's name, look or terms. New terms apply to events from now on: commissions
 * already earned keep the terms (and group version) they were computed with. Audited.
 */
export function updateProgramGroup({
  ctx,
  input,
}: ServiceCall<{ programId: string; groupId: string; changes: Partial<GroupSettings> }>): Promise<ProgramGroupRow> {
  const { organizationId } = actingAdvertiser(ctx);
  return mapConstraintErrors(
    () =>
      inTransaction(ctx, async (tx) => {
        const program = await findProgramOrThrow({ ctx: tx, input: { organizationId, programId: input.programId } });
        const before = await findGroupOrThrow({
          ctx: tx,
          input: { organizationId, programId: program.id, groupId: input.groupId, lock: true },
        });
        const [members] = await tx.db
          .select({ n: count() })
          .from(enrollments)
          .where(eq(enrollments.groupId, before.id));
        const memberCount = members?.n ?? 0;
        const changes = definedChanges({ ...input.changes, rewardRules: withRuleIds(input.changes.rewardRules) });
        if (!changes) return { ...before, memberCount };
        assertGroupPayable(program, { ...before, ...changes });
        const [row] = await tx.db
          .update(programGroups)
          .set({ ...changes, version: sql`${programGroups.version} + 1`, updatedAt: tx.now })
          .where(eq(programGroups.id, before.id))
          .returning();
        await recordAudit({
          ctx: tx,
          input: {
            action: 'program_group.updated',
            targetType: 'program_group',
            targetId: before.id,
            before,
            after: row,
          },
        });
        return { ...row!, memberCount };
      }),
    GROUP_NAME_TAKEN,
  );
}
