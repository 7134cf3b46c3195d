import { and, eq, sql } from 'drizzle-orm';
import { commissions, conversions, enrollments, programs } from '../../../schema';
import { inTransaction, type ServiceContext } from '../../context';
import { CLICK_CREDIT_EVENT_PREFIX } from '../../contracts/conversion-event';
import { clickCredit } from '../../domain/click-credit';
import { effectiveTerms } from '../../domain/commission-terms';
import { holdUntil } from '../../domain/hold-until';
import { refreshConversionStats } from '../stats/refresh-conversion-stats';
import type { AttributionStep } from './conversion-outcome';

export interface ClickDay {
  enrollmentId: string;
  /** Start of the UTC day. */
  day: Date;
}

/** Accepted unique clicks of the day as the rollup counts them, and how many earlier credits paid. */
async function clickCounts(ctx: ServiceContext, organizationId: string, target: ClickDay) {
  const result = await ctx.db.execute<{ unique_clicks: string | null; credited: string }>(sql`
    SELECT (SELECT sum(d.unique_clicks) FROM affiliate.click_enrollment_daily d
            WHERE d.organization_id = ${organizationId} AND d.day = ${target.day} AND d.enrollment_id = ${target.enrollmentId}) AS unique_clicks,
      (SELECT coalesce(sum((v.metadata->>'clicks')::bigint), 0) FROM affiliate.conversions v
       WHERE v.enrollment_id = ${target.enrollmentId} AND v.occurred_at = ${target.day} AND v.event_type = 'click') AS credited`);
  const row = result.rows[0]!;
  return { uniqueClicks: Number(row.unique_clicks ?? 0), creditedClicks: Number(row.credited) };
}

/**
 * Credits one enrollment's not yet paid clicks of one UTC day: a click-credit conversion and its
 * level-0 line, pending through the hold, in one transaction with the stats they move. A lock per
 * enrollment-day makes concurrent runs count one after the other, and the conversion's event id
 * (`cpc:{enrollment}:{day}:{clicks credited before}`) makes a repeat insert nothing. Answers the
 * clicks credited (0 when nothing was due).
 */
export function creditClickDay(ctx: ServiceContext, target: ClickDay): Promise<number> {
  const dayIso = target.day.toISOString().slice(0, 10);
  return inTransaction(ctx, async (tx) => {
    await tx.db.execute(
      sql`SELECT pg_advisory_xact_lock(hashtextextended(${`click-credit:${target.enrollmentId}:${dayIso}`}, 0))`,
    );
    const [found] = await tx.db
      .select({ enrollment: enrollments, program: programs })
      .from(enrollments)
      .innerJoin(programs, eq(programs.id, enrollments.programId))
      .where(and(eq(enrollments.id, target.enrollmentId), eq(programs.payoutModel, 'cpc')));
    if (!found) return 0;
    const { enrollment, program } = found;
    const counts = await clickCounts(tx, program.organizationId, target);
    const terms = effectiveTerms(program, enrollment);
    const credit = clickCredit(terms, { day: dayIso, ...counts });
    if (!credit) return 0;

    const trace: AttributionStep[] = [
      { step: 'clicks', outcome: 'matched', detail: `${credit.clicks} accepted unique clicks of ${dayIso}` },
    ];
    const [conversion] = await tx.db
      .insert(conversions)
      .values({
        organizationId: program.organizationId,
        appId: program.appId,
        programId: program.id,
        enrollmentId: enrollment.id,
        affiliateId: enrollment.affiliateId,
        eventId: `${CLICK_CREDIT_EVENT_PREFIX}${enrollment.id}:${dayIso}:${counts.creditedClicks}`,
        source: 'clicks',
        eventType: 'click',
        amountMinor: 0,
        status: 'pending',
        attributionMethod: 'clicks',
        attributionTrace: trace,
        metadata: { clicks: credit.clicks, clickDay: dayIso, uniqueClicks: counts.uniqueClicks },
        occurredAt: target.day,
        receivedAt: ctx.now,
      })
      .onConflictDoNothing({ target: [conversions.appId, conversions.eventId] })
      .returning();
    if (!conversion) return 0;
    const [line] = await tx.db
      .insert(commissions)
      .values({
        conversionId: conversion.id,
        organizationId: program.organizationId,
        programId: program.id,
        beneficiaryId: enrollment.affiliateId,
        enrollmentId: enrollment.id,
        level: 0,
        kind: 'commission',
        amountMinor: credit.amountMinor,
        currency: credit.currency,
        rateBps: null,
        status: 'pending',
        holdUntil: holdUntil(ctx.now, terms.holdDays),
        calculation: credit.calculation,
      })
      .returning();
    await refreshConversionStats(tx, { conversionIds: [conversion.id], commissionIds: [line!.id] });
    return credit.clicks;
  });
}
