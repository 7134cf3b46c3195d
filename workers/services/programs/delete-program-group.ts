import { and, count, eq } from 'drizzle-orm';
import { enrollments, programGroups, registrationLinks } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { findGroupOrThrow } from './find-group';

/**
 * Deletes an empty group that is not the program's default. A group with members is refused
 * (move them first, so nobody's terms change unannounced); registration links that placed joiners
 * into it fall back to the default group. Audited.
 */
export function deleteProgramGroup({ ctx, input }: ServiceCall<{ programId: string; groupId: string }>): Promise<void> {
  const { organizationId } = actingAdvertiser(ctx);
  return inTransaction(ctx, async (tx) => {
    const group = await findGroupOrThrow({
      ctx: tx,
      input: { organizationId, programId: input.programId, groupId: input.groupId, lock: true },
    });
    if (group.isDefault)
      throw new AppError('default_group_required', 'The default group cannot be deleted: new members join it');
    const [members] = await tx.db.select({ n: count() }).from(enrollments).where(eq(enrollments.groupId, group.id));
    if ((members?.n ?? 0) > 0)
      throw new AppError('group_has_members', `Move the group's ${members!.n} members to another group first`, {
        members: members!.n,
      });
    await tx.db
      .update(registrationLinks)
      .set({ groupId: null, updatedAt: tx.now })
      .where(and(eq(registrationLinks.groupId, group.id), eq(registrationLinks.programId, group.programId)));
    await tx.db.delete(programGroups).where(eq(programGroups.id, group.id));
    await recordAudit({
      ctx: tx,
      input: { action: 'program_group.deleted', targetType: 'program_group', targetId: group.id, before: group },
    });
  });
}
