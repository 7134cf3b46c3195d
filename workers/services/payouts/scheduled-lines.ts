import { and, eq, inArray } from 'drizzle-orm';
import { payoutScheduleRuns, programPayoutSchedules } from '../../../schema';
import type { ServiceCall } from '../../context';
import { dueLines, type DueLines, type PayoutSchedule, type ScheduledLine } from '../../domain/payout-schedule';

/**
 * Of one advertiser's open lines in one currency, those its programs' schedules make due now, and the runs to
 * record (domain/payout-schedule.ts decides). Runs inside the proposal's transaction, under its advisory lock, so
 * two cron runs see each other's recorded periods.
 */
export async function scheduledLines<L extends ScheduledLine>({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; currency: string; lines: L[] }>): Promise<DueLines<L>> {
  const rows = await ctx.db
    .select()
    .from(programPayoutSchedules)
    .where(eq(programPayoutSchedules.organizationId, input.organizationId));
  const schedules = new Map<string, PayoutSchedule>(rows.map((r) => [r.programId, scheduleOf(r)]));
  const recorded = rows.length
    ? await ctx.db
        .select({ programId: payoutScheduleRuns.programId, period: payoutScheduleRuns.period })
        .from(payoutScheduleRuns)
        .where(
          and(
            inArray(
              payoutScheduleRuns.programId,
              rows.map((r) => r.programId),
            ),
            eq(payoutScheduleRuns.currency, input.currency),
          ),
        )
    : [];
  return dueLines({
    lines: input.lines,
    schedules,
    ran: new Set(recorded.map((r) => `${r.programId} ${r.period}`)),
    now: ctx.now,
  });
}

/** A schedule row as the pure rules take it. */
export function scheduleOf(row: {
  kind: PayoutSchedule['kind'];
  dayOfMonth: number | null;
  thresholdMinor: number | null;
  updatedAt: Date;
}): PayoutSchedule {
  if (row.kind === 'monthly') return { kind: 'monthly', dayOfMonth: row.dayOfMonth!, since: row.updatedAt };
  if (row.kind === 'threshold') return { kind: 'threshold', thresholdMinor: row.thresholdMinor! };
  return { kind: row.kind };
}
