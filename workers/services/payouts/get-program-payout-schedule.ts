import { desc, eq } from 'drizzle-orm';
import { payoutScheduleRuns, programPayoutSchedules } from '../../../schema';
import type { PayoutScheduleKind } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { nextScheduledRun } from '../../domain/payout-schedule';
import { scheduledProgram } from './scheduled-program';
import { scheduleOf } from './scheduled-lines';

export interface ProgramPayoutScheduleView {
  programId: string;
  kind: PayoutScheduleKind;
  dayOfMonth: number | null;
  thresholdMinor: number | null;
  /** The program's currency: the threshold's. */
  currency: string;
  /** When the cron next proposes under it; null for manual. */
  nextRunAt: Date | null;
  /** The last scheduled run (monthly, threshold), or null. */
  lastRun: { period: string; currency: string; batchId: string | null; at: Date } | null;
  updatedAt: Date | null;
}

/** The schedule of one program of the acting advertiser, with its next run; daily when never set. */
export async function getProgramPayoutSchedule({
  ctx,
  input,
}: ServiceCall<{ programId: string }>): Promise<ProgramPayoutScheduleView> {
  const program = await scheduledProgram({ ctx, input: { programId: input.programId } });
  const [row] = await ctx.db
    .select()
    .from(programPayoutSchedules)
    .where(eq(programPayoutSchedules.programId, program.id));
  const runs = await ctx.db
    .select()
    .from(payoutScheduleRuns)
    .where(eq(payoutScheduleRuns.programId, program.id))
    .orderBy(desc(payoutScheduleRuns.createdAt))
    .limit(24);
  const schedule = row ? scheduleOf(row) : ({ kind: 'daily' } as const);
  const last = runs[0];
  return {
    programId: program.id,
    kind: schedule.kind,
    dayOfMonth: row?.dayOfMonth ?? null,
    thresholdMinor: row?.thresholdMinor ?? null,
    currency: program.currency,
    nextRunAt: nextScheduledRun(schedule, ctx.now, new Set(runs.map((r) => r.period))),
    lastRun: last ? { period: last.period, currency: last.currency, batchId: last.batchId, at: last.createdAt } : null,
    updatedAt: row?.updatedAt ?? null,
  };
}
