import type { RuleIssue } from './program-rules';

/**
 * Spend limits: a partner group's caps on what each member (enrollment) earns in the program.
 *
 * - Periods are calendar periods in UTC: the day (00:00 to 24:00 UTC), the ISO week (Monday
 *   00:00 UTC to the next Monday), the calendar month, and `total` (the enrollment's whole life).
 *   UTC because an advertiser's affiliates live in every time zone, and one clock makes a cap the
 *   same for all of them (and reproducible by the backtest).
 * - A limit counts only lines in its own currency: a line in another currency neither counts
 *   against it nor is cut by it.
 * - The caller sums what the enrollment already earned in each period (see earned-in-periods);
 *   here the new line's amount is cut to the room the tightest limit leaves: min over the limits of
 *   max(0, maxMinor − earned). Ties go to the limit listed first.
 */

export const SPEND_LIMIT_PERIODS = ['day', 'week', 'month', 'total'] as const;
export type SpendLimitPeriod = (typeof SPEND_LIMIT_PERIODS)[number];

/** At most this many limits per group: one per period is all a program needs; four currencies of one period fit too. */
export const MAX_SPEND_LIMITS = 4;

export interface SpendLimit {
  period: SpendLimitPeriod;
  /** The most a member earns in the period, in minor units of `currency`. */
  maxMinor: number;
  currency: string;
}

/** What one limit saw when a line was checked against it. */
export interface LimitCheck extends SpendLimit {
  /** Start of the period the line falls in (UTC, ISO); null for `total`. */
  periodStart: string | null;
  /** What the enrollment had earned in that period before this line. */
  earnedMinor: number;
  /** What was left under the cap: max(0, maxMinor − earnedMinor). */
  roomMinor: number;
}

export interface SpendLimitVerdict {
  /** What the line pays after the caps: the requested amount, less, or 0. */
  amountMinor: number;
  /** `within`: nothing cut; `partial`: cut to what fit; `capped`: nothing fit (a zero line). */
  verdict: 'within' | 'partial' | 'capped';
  requestedMinor: number;
  /** The limit that cut the line (the tightest); null when nothing was cut. */
  cutBy: LimitCheck | null;
  /** Every limit in the line's currency, as it was checked. */
  checked: LimitCheck[];
}

const DAY_MS = 86_400_000;

/** Start (UTC) of the calendar period `at` falls in; null for `total`, which has no start. */
export function periodStart(period: SpendLimitPeriod, at: Date): Date | null {
  if (Number.isNaN(at.getTime())) throw new RangeError('date must be a valid Date');
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  switch (period) {
    case 'day':
      return new Date(day);
    case 'week':
      // getUTCDay: Sunday 0 … Saturday 6; the ISO week starts on Monday.
      return new Date(day - ((at.getUTCDay() + 6) % 7) * DAY_MS);
    case 'month':
      return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
    case 'total':
      return null;
  }
}

/** The first instant after the period that starts at `start`, so a late event of last month counts in last month. */
export function periodEnd(period: SpendLimitPeriod, start: Date): Date {
  const end = new Date(start.getTime());
  if (period === 'day') end.setUTCDate(end.getUTCDate() + 1);
  if (period === 'week') end.setUTCDate(end.getUTCDate() + 7);
  if (period === 'month') end.setUTCMonth(end.getUTCMonth() + 1);
  return end;
}

/** The limits that apply to a line in `currency`. */
export function limitsFor(limits: readonly SpendLimit[], currency: string): SpendLimit[] {
  return limits.filter((l) => l.currency === currency);
}

/**
 * Cuts a new line to what the limits leave. `earnedMinor(period)` answers what the enrollment
 * already earned in the line's currency in that period (the line's own period, from `at`).
 */
export function applySpendLimits(
  limits: readonly SpendLimit[],
  line: { amountMinor: number; currency: string; at: Date },
  earnedMinor: (period: SpendLimitPeriod) => number,
): SpendLimitVerdict {
  if (!Number.isInteger(line.amountMinor) || line.amountMinor < 0)
    throw new RangeError(`a capped line's amount must be a non-negative integer, got ${line.amountMinor}`);
  const checked = limitsFor(limits, line.currency).map((limit): LimitCheck => {
    const earned = earnedMinor(limit.period);
    const start = periodStart(limit.period, line.at);
    return {
      ...limit,
      periodStart: start?.toISOString() ?? null,
      earnedMinor: earned,
      roomMinor: Math.max(0, limit.maxMinor - earned),
    };
  });
  let tightest: LimitCheck | null = null;
  for (const c of checked) if (tightest === null || c.roomMinor < tightest.roomMinor) tightest = c;
  const requestedMinor = line.amountMinor;
  if (tightest === null || tightest.roomMinor >= requestedMinor)
    return { amountMinor: requestedMinor, verdict: 'within', requestedMinor, cutBy: null, checked };
  return {
    amountMinor: tightest.roomMinor,
    verdict: tightest.roomMinor === 0 ? 'capped' : 'partial',
    requestedMinor,
    cutBy: tightest,
    checked,
  };
}

/** A verdict as a line's stored calculation carries it, with a formula a person can read. */
export function spendLimitExplanation(v: SpendLimitVerdict): Record<string, unknown> {
  const cut = v.cutBy;
  const formula = cut
    ? `${v.requestedMinor} cut to ${v.amountMinor} by the ${cut.period} limit of ${cut.maxMinor} ${cut.currency} (${cut.earnedMinor} already earned)`
    : `${v.requestedMinor} within every limit`;
  return {
    verdict: v.verdict,
    requestedMinor: v.requestedMinor,
    paidMinor: v.amountMinor,
    cutBy: cut,
    checked: v.checked,
    formula,
  };
}

/** Every broken rule of a group's limits: at most four, one per period and currency. */
export function spendLimitIssues(limits: readonly SpendLimit[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (limits.length > MAX_SPEND_LIMITS)
    issues.push({ path: 'spendLimits', message: `At most ${MAX_SPEND_LIMITS} spend limits` });
  const seen = new Set<string>();
  limits.forEach((l, i) => {
    const key = `${l.period}:${l.currency}`;
    if (seen.has(key))
      issues.push({
        path: `spendLimits.${i}`,
        message: `Two ${l.period} limits in ${l.currency}: keep the one you mean`,
      });
    seen.add(key);
  });
  return issues;
}
