import { and, eq, inArray } from 'drizzle-orm';
import { type Enrollment, enrollments, type Program, type ProgramGroup, programGroups } from '../../../schema';
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

/** What a move did inside its transaction, and what to tell the affiliates once it commits. */
export interface GroupMove extends MoveToGroupResult {
  notifications: NotificationRequest[];
}

interface Moving {
  enrollment: Enrollment;
  previousGroupName: string;
}

function groupChangeNotices(program: Program, group: ProgramGroup, moving: Moving[], now: Date): NotificationRequest[] {
  return moving.map(({ enrollment, previousGroupName }) => {
    const terms = effectiveTerms(program, enrollment, group);
    return {
      v: 1,
      userId: enrollment.affiliateId,
      organizationId: program.organizationId,
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
      dedupeKey: `group_change:${enrollment.id}:${group.id}:${now.getTime()}`,
    };
  });
}

/**
 * The move itself, inside the caller's transaction: locks the enrollments, moves those not already in
 * the group and audits each move; the caller sends the returned notifications after its commit. Staff
 * (moveToGroup) and the program workflows (an automatic promotion) both move through it.
 */
export async function moveEnrollmentsToGroup({
  ctx,
  input,
}: ServiceCall<{
  organizationId: string;
  programId: string;
  groupId: string;
  enrollmentIds: string[];
}>): Promise<GroupMove> {
  const { organizationId } = input;
  const ids = [...new Set(input.enrollmentIds)];
  const program = await findProgramOrThrow({ ctx, input: { organizationId, programId: input.programId } });
  const group = await findGroupOrThrow({
    ctx,
    input: { organizationId, programId: program.id, groupId: input.groupId },
  });
  const locked = await ctx.db
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
      await ctx.db
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
    await ctx.db
      .update(enrollments)
      .set({ groupId: group.id, updatedAt: ctx.now })
      .where(
        inArray(
          enrollments.id,
          moving.map((r) => r.enrollment.id),
        ),
      );
  for (const { enrollment, previousGroupName } of moving)
    await recordAudit({
      ctx,
      input: {
        action: 'enrollment.group_changed',
        targetType: 'enrollment',
        targetId: enrollment.id,
        organizationId,
        before: { groupId: enrollment.groupId, groupName: previousGroupName },
        after: { groupId: group.id, groupName: group.name },
      },
    });
  return {
    moved: moving.map((r) => r.enrollment.id),
    unchanged: rows.filter((r) => r.enrollment.groupId === group.id).map((r) => r.enrollment.id),
    notifications: groupChangeNotices(program, group, moving, ctx.now),
  };
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
  const move = await inTransaction(ctx, (tx) =>
    moveEnrollmentsToGroup({ ctx: tx, input: { ...input, organizationId } }),
  );
  if (move.notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: move.notifications } });
  return { moved: move.moved, unchanged: move.unchanged };
}
