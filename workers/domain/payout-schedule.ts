import { nextProposalAt } from './proposal-time';

/**
 * A program's payout schedule: when the payout cron (04:30 UTC daily, PAYOUT_PROPOSAL_CRON) proposes its
 * balances. daily: every run (the default); manual: never, only finance's "propose now"; monthly: the first run
 * on or after the day of the month, once a month; threshold: every run, for the affiliates whose balance in the
 * program's currency reaches the amount, once a day.
 */
export type PayoutSchedule =
  | { kind: 'daily' }
  | { kind: 'manual' }
  | { kind: 'monthly'; dayOfMonth: number; since: Date }
  | { kind: 'threshold'; thresholdMinor: number };

/** The schedule a program without a row has: the daily proposal, as before schedules. */
export const DEFAULT_PAYOUT_SCHEDULE: PayoutSchedule = { kind: 'daily' };

/** Days a monthly schedule may name: every month has them. */
export const MONTHLY_DAY_MIN = 1;
export const MONTHLY_DAY_MAX = 28;

const pad = (n: number) => String(n).padStart(2, '0');
const monthKey = (year: number, month: number) => `${year}-${pad(month + 1)}`;
const dayKey = (d: Date) => `${monthKey(d.getUTCFullYear(), d.getUTCMonth())}-${pad(d.getUTCDate())}`;
const startOfDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

/**
 * The period a run at `now` proposes for (the key of payout_schedule_runs), or null when the schedule is not due.
 * monthly: YYYY-MM once the month's day has come, unless the schedule was set after that day (it starts next
 * month, not at once). threshold: YYYY-MM-DD. daily: YYYY-MM-DD too, though its runs are not recorded (a second
 * run the same day takes what became payable since, as before schedules). manual: never.
 */
export function duePeriod(schedule: PayoutSchedule, now: Date): string | null {
  switch (schedule.kind) {
    case 'manual':
      return null;
    case 'daily':
    case 'threshold':
      return dayKey(now);
    case 'monthly': {
      const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), schedule.dayOfMonth);
      if (now.getTime() < day || day < startOfDay(schedule.since)) return null;
      return monthKey(now.getUTCFullYear(), now.getUTCMonth());
    }
  }
}

/** An affiliate's payable balance in the program (minor units) makes them due under a threshold schedule. */
export function thresholdMet(balanceMinor: number, thresholdMinor: number): boolean {
  return balanceMinor > 0 && balanceMinor >= thresholdMinor;
}

/**
 * When the cron next proposes under the schedule, after `now`: null for manual. `ranPeriods` are the periods
 * already run (so a monthly schedule whose month ran waits for the next). Threshold and daily: the next run,
 * which proposes whoever is due then.
 */
export function nextScheduledRun(schedule: PayoutSchedule, now: Date, ranPeriods: ReadonlySet<string>): Date | null {
  if (schedule.kind === 'manual') return null;
  if (schedule.kind !== 'monthly') return nextProposalAt(now);
  // A month whose day has come but the cron has not run yet (or failed) runs at the next cron.
  const current = duePeriod(schedule, now);
  if (current !== null && !ranPeriods.has(current)) return nextProposalAt(now);
  for (let ahead = 0; ahead < 3; ahead++) {
    const run = nextProposalAt(
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + ahead, schedule.dayOfMonth) - 1),
    );
    const period = monthKey(run.getUTCFullYear(), run.getUTCMonth());
    if (run > now && !ranPeriods.has(period) && duePeriod(schedule, run) === period) return run;
  }
  return null;
}

/** A line the proposal could take: its program, affiliate, currency and amount. */
export interface ScheduledLine {
  programId: string;
  programCurrency: string;
  affiliateId: string;
  currency: string;
  amountMinor: number;
}

/** What a scheduled run proposes: the lines due, and the (program, period) runs to record. */
export interface DueLines<L extends ScheduledLine> {
  lines: L[];
  runs: { programId: string; period: string }[];
}

/**
 * The open lines a scheduled run at `now` takes, program by program: every line of a daily program; none of a
 * manual one; all of a monthly one whose month is due and has not run (`ran` holds "programId period" keys); and
 * of a threshold one (its own currency only), the lines of each affiliate whose sum in the program reaches the
 * threshold, unless the program ran today. Programs without a schedule are daily.
 */
export function dueLines<L extends ScheduledLine>(input: {
  lines: L[];
  schedules: ReadonlyMap<string, PayoutSchedule>;
  ran: ReadonlySet<string>;
  now: Date;
}): DueLines<L> {
  const byProgram = new Map<string, L[]>();
  for (const l of input.lines) byProgram.set(l.programId, [...(byProgram.get(l.programId) ?? []), l]);
  const lines: L[] = [];
  const runs: { programId: string; period: string }[] = [];
  for (const [programId, programLines] of byProgram) {
    const schedule = input.schedules.get(programId) ?? DEFAULT_PAYOUT_SCHEDULE;
    const period = duePeriod(schedule, input.now);
    if (period === null || schedule.kind === 'manual') continue;
    if (schedule.kind === 'daily') {
      lines.push(...programLines);
      continue;
    }
    if (input.ran.has(`${programId} ${period}`)) continue;
    if (schedule.kind === 'monthly') {
      lines.push(...programLines);
      runs.push({ programId, period });
      continue;
    }
    const own = programLines.filter((l) => l.currency === l.programCurrency);
    const balances = new Map<string, number>();
    for (const l of own) balances.set(l.affiliateId, (balances.get(l.affiliateId) ?? 0) + l.amountMinor);
    const due = own.filter((l) => thresholdMet(balances.get(l.affiliateId)!, schedule.thresholdMinor));
    if (due.length === 0) continue;
    lines.push(...due);
    runs.push({ programId, period });
  }
  return { lines, runs };
}

/** The system approves a proposed batch whose total is at or under the advertiser's limit for its currency. */
export function autoApproves(totalMinor: number, limitMinor: number | null | undefined): boolean {
  return limitMinor !== null && limitMinor !== undefined && totalMinor > 0 && totalMinor <= limitMinor;
}
