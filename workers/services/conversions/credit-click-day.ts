import { and, eq, sql } from 'drizzle-orm';
import { commissions, conversions, type Enrollment, enrollments, type Program, programs } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { CLICK_CREDIT_EVENT_PREFIX } from '../../contracts/conversion-event';
import { type ClickCredit, type ClickCreditFacts, clickCredit } from '../../domain/click-credit';
import { effectiveTerms } from '../../domain/commission-terms';
import type { SpendLimit } from '../../domain/spend-limits';
import { capDirectLine } from './cap-direct-line';
import { findEnrollmentGroup } from './find-enrollment-group';
import { holdUntil } from '../../domain/hold-until';
import { refreshConversionStats } from '../stats';
import type { AttributionStep } from './conversion-outcome';
import { enrollmentConversionKeys } from '../enrollment-conversion-keys';

export interface ClickDay {
  enrollmentId: string;
  /** Start of the UTC day. */
  day: Date;
}

/** Accepted unique clicks of the day as the rollup counts them, and how many earlier credits paid. */
async function clickFacts(ctx: ServiceContext, program: Program, target: ClickDay): Promise<ClickCreditFacts> {
  const result = await ctx.db.execute<{ unique_clicks: string | null; credited: string }>(sql`
    SELECT (SELECT d.unique_clicks FROM affiliate.click_enrollment_daily d
            WHERE d.organization_id = ${program.organizationId} AND d.day = ${target.day}
              AND d.program_id = ${program.id} AND d.enrollment_id = ${target.enrollmentId}) AS unique_clicks,
      (SELECT coalesce(sum((v.metadata->>'clicks')::bigint), 0) FROM affiliate.conversions v
       WHERE v.enrollment_id = ${target.enrollmentId} AND v.occurred_at = ${target.day} AND v.event_type = 'click') AS credited`);
  const row = result.rows[0]!;
  return {
    day: target.day.toISOString().slice(0, 10),
    uniqueClicks: Number(row.unique_clicks ?? 0),
    creditedClicks: Number(row.credited),
  };
}

interface CreditWrite {
  program: Program;
  enrollment: Enrollment;
  day: Date;
  facts: ClickCreditFacts;
  credit: ClickCredit;
  holdDays: number;
  spendLimits: SpendLimit[];
}

/**
 * The click-credit conversion and its level-0 line. The event id
 * (`cpc:{enrollment}:{day}:{clicks credited before}`) makes a repeat insert nothing: false then.
 */
async function writeCredit(ctx: ServiceContext, w: CreditWrite): Promise<boolean> {
  const { program, enrollment, facts, credit } = w;
  const trace: AttributionStep[] = [
    { step: 'clicks', outcome: 'matched', detail: `${credit.clicks} accepted unique clicks of ${facts.day}` },
  ];
  const [conversion] = await ctx.db
    .insert(conversions)
    .values({
      ...enrollmentConversionKeys(program, enrollment),
      eventId: `${CLICK_CREDIT_EVENT_PREFIX}${enrollment.id}:${facts.day}:${facts.creditedClicks}`,
      source: 'clicks',
      eventType: 'click',
      amountMinor: 0,
      status: 'pending',
      attributionMethod: 'clicks',
      attributionTrace: trace,
      metadata: { clicks: credit.clicks, clickDay: facts.day, uniqueClicks: facts.uniqueClicks },
      occurredAt: w.day,
      receivedAt: ctx.now,
    })
    .onConflictDoNothing({ target: [conversions.appId, conversions.eventId] })
    .returning();
  if (!conversion) return false;
  // The group's spend limits cut a day's click credit as they cut a conversion's direct line.
  const capped = await capDirectLine({
    ctx,
    input: {
      limits: w.spendLimits,
      enrollmentId: enrollment.id,
      conversionId: conversion.id,
      occurredAt: w.day,
      line: {
        level: 0,
        amountMinor: credit.amountMinor,
        currency: credit.currency,
        rateBps: null,
        calculation: credit.calculation,
      },
    },
  });
  const [line] = await ctx.db
    .insert(commissions)
    .values({
      conversionId: conversion.id,
      organizationId: program.organizationId,
      programId: program.id,
      beneficiaryId: enrollment.affiliateId,
      enrollmentId: enrollment.id,
      level: 0,
      kind: 'commission',
      amountMinor: capped.amountMinor,
      currency: credit.currency,
      rateBps: null,
      status: 'pending',
      holdUntil: holdUntil(ctx.now, w.holdDays),
      calculation: capped.calculation,
    })
    .returning();
  await refreshConversionStats({ ctx, input: { conversionIds: [conversion.id], commissionIds: [line!.id] } });
  return true;
}

/**
 * Credits one enrollment's not yet paid clicks of one UTC day, pending through the hold, in one
 * transaction with the stats they move. A lock per enrollment-day makes concurrent runs count one
 * after the other. Answers the clicks credited (0 when nothing was due).
 */
export function creditClickDay({ ctx, input }: ServiceCall<{ target: ClickDay }>): Promise<number> {
  const { target } = input;
  return inTransaction(ctx, async (tx) => {
    const key = `click-credit:${target.enrollmentId}:${target.day.toISOString()}`;
    await tx.db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
    const [found] = await tx.db
      .select({ enrollment: enrollments, program: programs })
      .from(enrollments)
      .innerJoin(programs, eq(programs.id, enrollments.programId))
      .where(and(eq(enrollments.id, target.enrollmentId), eq(programs.payoutModel, 'cpc')));
    if (!found) return 0;
    const { enrollment, program } = found;
    const facts = await clickFacts(tx, program, target);
    const group = await findEnrollmentGroup({ ctx: tx, input: { groupId: enrollment.groupId } });
    const terms = effectiveTerms(program, enrollment, group);
    const credit = clickCredit(terms, facts);
    if (!credit) return 0;
    const written = await writeCredit(tx, {
      program,
      enrollment,
      day: target.day,
      facts,
      credit,
      holdDays: terms.holdDays,
      spendLimits: group.spendLimits as SpendLimit[],
    });
    return written ? credit.clicks : 0;
  });
}
