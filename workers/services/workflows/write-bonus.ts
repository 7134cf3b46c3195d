import { commissions, conversions, type Enrollment, type Program, type ProgramWorkflow } from '../../../schema';
import type { ServiceCall } from '../../context';
import { holdUntil } from '../../domain/hold-until';
import { enrollmentConversionKeys } from '../enrollment-conversion-keys';

/**
 * A workflow's bonus: a conversion of type bonus (event id `workflow:{crossing id}`, no revenue) and
 * its one level-0 line of kind bonus, pending through the enrollment's hold like any commission, so
 * balances, payouts, the ledger check and the rollups take it as they take every line. Written in the
 * crossing's transaction. Answers the conversion and line ids, whose stats the caller refreshes once,
 * last in that transaction (a second refresh in one transaction takes its conversion locks in a second
 * round, out of the one order that keeps refreshes from deadlocking).
 */
export async function writeBonus({
  ctx,
  input,
}: ServiceCall<{
  program: Program;
  enrollment: Enrollment;
  workflow: ProgramWorkflow;
  crossingId: string;
  crossingKey: string;
  value: number;
  holdDays: number;
}>): Promise<{ conversionId: string; commissionId: string }> {
  const { program, enrollment, workflow } = input;
  const [conversion] = await ctx.db
    .insert(conversions)
    .values({
      ...enrollmentConversionKeys(program, enrollment),
      eventId: `workflow:${input.crossingId}`,
      source: 'workflows',
      eventType: 'bonus',
      amountMinor: 0,
      status: 'pending',
      attributionMethod: 'workflow',
      metadata: { workflowId: workflow.id, crossingKey: input.crossingKey },
      occurredAt: ctx.now,
      receivedAt: ctx.now,
    })
    .returning({ id: conversions.id });
  const [line] = await ctx.db
    .insert(commissions)
    .values({
      conversionId: conversion!.id,
      organizationId: program.organizationId,
      programId: program.id,
      beneficiaryId: enrollment.affiliateId,
      enrollmentId: enrollment.id,
      level: 0,
      kind: 'bonus',
      amountMinor: workflow.bonusMinor!,
      currency: workflow.bonusCurrency!,
      rateBps: null,
      status: 'pending',
      holdUntil: holdUntil(ctx.now, input.holdDays),
      // The affiliate reads its lines' calculations: no workflow name (staff's), no revenue total.
      calculation: {
        rule: 'bonus',
        model: 'workflow_bonus',
        level: 0,
        workflowId: workflow.id,
        metric: workflow.metric,
        op: workflow.op,
        windowDays: workflow.windowDays,
        ...(workflow.metric === 'revenue_minor' ? {} : { threshold: workflow.threshold, value: input.value }),
        bonusMinor: workflow.bonusMinor,
        crossingKey: input.crossingKey,
        holdDays: input.holdDays,
      },
    })
    .returning({ id: commissions.id });
  return { conversionId: conversion!.id, commissionId: line!.id };
}
