import { eq } from 'drizzle-orm';
import { type Enrollment, enrollments, type Program, type ProgramWorkflow, workflowCrossings } from '../../../schema';
import type { ServiceCall } from '../../context';
import { effectiveTerms } from '../../domain/commission-terms';
import type { WorkflowFiring } from '../../domain/workflow-evaluation';
import { recordAudit } from '../audit';
import { moveEnrollmentsToGroup } from '../enrollments';
import type { NotificationRequest } from '../notifications';
import { findGroupOrThrow } from '../programs';
import { writeBonus } from './write-bonus';

/**
 * Acts on one crossing, inside the evaluation's transaction: the crossing row goes first, ON CONFLICT
 * DO NOTHING, so of two evaluations of the same crossing only the one that inserted it moves, pays
 * and tells (the other answers null). Then the move (audited and announced like a staff move), the
 * bonus line, and the audit entry of the firing. Answers the notifications to send after the commit
 * and the bonus written (its stats are the caller's to refresh, last in the transaction).
 */
export async function fireWorkflow({
  ctx,
  input,
}: ServiceCall<{
  program: Program;
  enrollment: Enrollment;
  workflow: ProgramWorkflow;
  firing: WorkflowFiring;
}>): Promise<{
  notifications: NotificationRequest[];
  bonus: { conversionId: string; commissionId: string } | null;
} | null> {
  const { program, workflow, firing } = input;
  const [crossing] = await ctx.db
    .insert(workflowCrossings)
    .values({
      organizationId: program.organizationId,
      workflowId: workflow.id,
      enrollmentId: input.enrollment.id,
      crossingKey: firing.crossingKey,
      value: firing.value,
    })
    .onConflictDoNothing({
      target: [workflowCrossings.workflowId, workflowCrossings.enrollmentId, workflowCrossings.crossingKey],
    })
    .returning({ id: workflowCrossings.id });
  if (!crossing) return null;
  const notifications: NotificationRequest[] = [];
  const outcome: Record<string, unknown> = {};
  let bonus: { conversionId: string; commissionId: string } | null = null;
  if (workflow.moveToGroupId) {
    const move = await moveEnrollmentsToGroup({
      ctx,
      input: {
        organizationId: program.organizationId,
        programId: program.id,
        groupId: workflow.moveToGroupId,
        enrollmentIds: [input.enrollment.id],
      },
    });
    notifications.push(...move.notifications);
    outcome.movedFromGroupId = firing.fromGroupId;
    outcome.movedToGroupId = workflow.moveToGroupId;
  }
  if (workflow.bonusMinor !== null) {
    // The hold of the group the affiliate is in now, after the move: what its next commission would wait.
    const [enrollment] = await ctx.db.select().from(enrollments).where(eq(enrollments.id, input.enrollment.id));
    const group = await findGroupOrThrow({
      ctx,
      input: { organizationId: program.organizationId, programId: program.id, groupId: enrollment!.groupId },
    });
    bonus = await writeBonus({
      ctx,
      input: {
        program,
        enrollment: enrollment!,
        workflow,
        crossingId: crossing.id,
        crossingKey: firing.crossingKey,
        value: firing.value,
        holdDays: effectiveTerms(program, enrollment!, group).holdDays,
      },
    });
    outcome.bonusConversionId = bonus.conversionId;
    outcome.bonusCommissionId = bonus.commissionId;
    outcome.bonusMinor = workflow.bonusMinor;
    outcome.currency = workflow.bonusCurrency;
  }
  if (workflow.bonusMinor !== null || workflow.messageEn) {
    outcome.messaged = Boolean(workflow.messageEn);
    notifications.push({
      v: 1,
      userId: input.enrollment.affiliateId,
      organizationId: program.organizationId,
      event: 'workflow',
      title:
        workflow.bonusMinor !== null ? `${program.name}: a bonus` : `${program.name}: a message from the advertiser`,
      body: workflow.messageEn ?? '',
      data: {
        programId: program.id,
        programName: program.name,
        workflowId: workflow.id,
        bonusMinor: workflow.bonusMinor,
        currency: workflow.bonusCurrency,
        messageEn: workflow.messageEn,
        messageRu: workflow.messageRu,
        conversionId: outcome.bonusConversionId ?? null,
      },
      dedupeKey: `workflow:${crossing.id}`,
    });
  }
  await ctx.db.update(workflowCrossings).set({ outcome }).where(eq(workflowCrossings.id, crossing.id));
  await recordAudit({
    ctx,
    input: {
      action: 'workflow.fired',
      targetType: 'enrollment',
      targetId: input.enrollment.id,
      organizationId: program.organizationId,
      after: {
        workflowId: workflow.id,
        workflowName: workflow.name,
        crossingId: crossing.id,
        crossingKey: firing.crossingKey,
        metric: workflow.metric,
        op: workflow.op,
        threshold: workflow.threshold,
        windowDays: workflow.windowDays,
        value: firing.value,
        ...outcome,
      },
    },
  });
  return { notifications, bonus };
}
