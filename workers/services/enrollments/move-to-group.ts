import { and, eq, inArray } from 'drizzle-orm';
import { enrollments, programGroups } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { effectiveTerms } from '../../domain/commission-terms';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { enqueueNotifications, type NotificationRequest } from '../notifications';
import { findGroupOrThrow, findProgramOrThrow } from '../programs';

export interface MoveToGroupResult {
  /** Enrollments whose group changed. */
  moved: string[];
  /** Enrollments already in the group (nothing to do). */
  unchanged: string[];
}

/**
 * Moves enrollments of one program into one of its partner groups, all or none (an id of another
 * program or tenant is not_found). What they earn changes for events from now on, never for
 * commissions already earned: each line keeps the terms and group version it was computed with.
 * Each move is audited, and each affiliate is told, in their language, the group and its terms.
 */
export async function moveToGroup({
  ctx,
  input,
}: ServiceCall<{ programId: string; groupId: string; enrollmentIds: string[] }>): Promise<MoveToGroupResult> {
  const { organizationId } = actingAdvertiser(ctx);
  const ids = [...new Set(input.enrollmentIds)];
  const outcome = await inTransaction(ctx, async (tx) => {
    const program = await findProgramOrThrow(tx.db, organizationId, input.programId);
    const group = await findGroupOrThrow({
      ctx: tx,
      input: { organizationId, programId: program.id, groupId: input.groupId },
    });
    const locked = await tx.db
      .select()
      .from(enrollments)
      .where(
        and(
          inArray(enrollments.id, ids),
          eq(enrollments.programId, program.id),
          eq(enrollments.organizationId, organizationId),
        ),
      )
      .orderBy(enrollments.id)
      .for('update');
    const names = new Map(
      (
        await tx.db
          .select({ id: programGroups.id, name: programGroups.name })
          .from(programGroups)
          .where(eq(programGroups.programId, program.id))
      ).map((g) => [g.id, g.name]),
    );
    const rows = locked.map((enrollment) => ({ enrollment, previousGroupName: names.get(enrollment.groupId) ?? '' }));
    const missing = ids.find((id) => !rows.some((r) => r.enrollment.id === id));
    if (missing) throw new NotFoundError('enrollment', missing);
    const moving = rows.filter((r) => r.enrollment.groupId !== group.id);
    if (moving.length > 0)
      await tx.db
        .update(enrollments)
        .set({ groupId: group.id, updatedAt: tx.now })
        .where(
          inArray(
            enrollments.id,
            moving.map((r) => r.enrollment.id),
          ),
        );
    for (const { enrollment, previousGroupName } of moving)
      await recordAudit({
        ctx: tx,
        input: {
          action: 'enrollment.group_changed',
          targetType: 'enrollment',
          targetId: enrollment.id,
          before: { groupId: enrollment.groupId, groupName: previousGroupName },
          after: { groupId: group.id, groupName: group.name },
        },
      });
    return { program, group, moving, unchanged: rows.filter((r) => r.enrollment.groupId === group.id) };
  });
  const { program, group, moving } = outcome;
  if (moving.length > 0) {
    const requests: NotificationRequest[] = moving.map(({ enrollment, previousGroupName }) => {
      const terms = effectiveTerms(program, enrollment, group);
      return {
        v: 1,
        userId: enrollment.affiliateId,
        organizationId,
        event: 'group_change',
        title: `${program.name}: you are now in ${group.name}`,
        body: `The advertiser moved you from ${previousGroupName} to the ${group.name} group of ${program.name}. The new terms apply to events from now on.`,
        data: {
          programId: program.id,
          programName: program.name,
          groupId: group.id,
          groupName: group.name,
          previousGroupName,
          description: group.description,
          commissionType: terms.commissionType,
          rateBps: terms.rateBps,
          fixedMinor: terms.fixedMinor,
          currency: terms.currency,
          holdDays: terms.holdDays,
        },
        dedupeKey: `group_change:${enrollment.id}:${group.id}:${ctx.now.getTime()}`,
      };
    });
    await enqueueNotifications({ ctx, input: { requests } });
  }
  return { moved: moving.map((r) => r.enrollment.id), unchanged: outcome.unchanged.map((r) => r.enrollment.id) };
}
