import type { CommissionTerms } from './commission-terms';
import { mulDivRound } from './money';

/** How many days before yesterday the credit job looks back for late clicks (docs/finance.md). */
export const CLICK_CREDIT_LOOKBACK_DAYS = 7;

const MS_PER_DAY = 86_400_000;

/** The UTC day start of `at`. */
export function utcDayStart(at: Date): Date {
  return new Date(at.getTime() - (at.getTime() % MS_PER_DAY));
}

/**
 * The closed UTC days the credit job settles at `now`: yesterday back through
 * CLICK_CREDIT_LOOKBACK_DAYS more. Today is left open, so a day normally earns one credit, and
 * clicks that reach the rollup late (queue retries, the spool) still earn within the window.
 */
export function clickCreditWindow(now: Date, lookbackDays = CLICK_CREDIT_LOOKBACK_DAYS): { from: Date; to: Date } {
  if (!Number.isInteger(lookbackDays) || lookbackDays < 0)
    throw new RangeError(`lookbackDays must be a non-negative integer, got ${lookbackDays}`);
  const to = utcDayStart(now);
  return { from: new Date(to.getTime() - (lookbackDays + 1) * MS_PER_DAY), to };
}

export interface ClickCreditFacts {
  /** The UTC day, YYYY-MM-DD. */
  day: string;
  /** Accepted unique clicks of the enrollment on that day, as the rollup counts them now. */
  uniqueClicks: number;
  /** Clicks of that day already credited by earlier credits (whatever became of them). */
  creditedClicks: number;
}

export interface ClickCredit {
  /** The clicks this credit pays: the ones not credited yet. */
  clicks: number;
  amountMinor: number;
  currency: string;
  calculation: Record<string, unknown>;
}

/**
 * What an enrollment's not yet credited clicks of a day earn under CPC terms: clicks × the rate
 * per click (the fixed commission, or the enrollment's fixed override), level 0 only. Nothing when
 * no new click arrived, or the rollup now counts fewer than were credited (never taken back).
 */
export function clickCredit(terms: CommissionTerms, facts: ClickCreditFacts): ClickCredit | null {
  if (terms.payoutModel !== 'cpc') return null;
  for (const [name, value] of [
    ['uniqueClicks', facts.uniqueClicks],
    ['creditedClicks', facts.creditedClicks],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
  const rate = terms.fixedMinor;
  if (rate === null) throw new RangeError('a CPC program needs its rate per click (fixedMinor)');
  const clicks = facts.uniqueClicks - facts.creditedClicks;
  if (clicks <= 0 || rate === 0) return null;
  const amountMinor = mulDivRound(clicks, rate, 1);
  return {
    clicks,
    amountMinor,
    currency: terms.currency,
    calculation: {
      model: 'cpc',
      type: terms.commissionType,
      rule: 'cpc',
      eventType: 'click',
      programId: terms.programId,
      programVersion: terms.programVersion,
      overridden: { ...terms.overridden },
      ...(terms.group ? { group: { ...terms.group }, fromGroup: { ...terms.fromGroup } } : {}),
      level: 0,
      rateBps: null,
      fixedMinor: rate,
      clickDay: facts.day,
      clicks,
      clicksCreditedBefore: facts.creditedClicks,
      uniqueClicks: facts.uniqueClicks,
      formula: `${clicks} unique clicks × ${rate} ${terms.currency} = ${amountMinor}`,
    },
  };
}
