import type { CommissionTerms } from './commission-terms';
import { addCalendarMonths } from './hold-until';
import { applyBasisPoints } from './money';

/**
 * The product's written commission rules. Every amount is an integer count of minor units; every
 * share goes through applyBasisPoints (half away from zero, BigInt), so no float touches money.
 *
 * 1. Which events a payout model pays:
 *    cpl → lead only; cpa → sale only; cps and revshare → sale, and rebill when recurring is on;
 *    cpc → none (it pays accepted unique clicks instead, click-credit.ts).
 *    Any other pair → `event_not_paid_by_model`; a cps/revshare rebill with recurring `none` →
 *    `recurring_off` (the more useful reason: the model would pay it, the program turned it off).
 * 2. Rebills: none after the customer cancelled (customerCancelledAt at or before the rebill) →
 *    `subscription_cancelled`. `months` pays while occurredAt < customerFirstSaleAt + recurringMonths calendar
 *    months (UTC, day of month clamped; hold-until.ts), else `recurring_expired`; with no first
 *    sale on record the window cannot be checked, so it is `recurring_expired` too ("no first sale
 *    on record"). `lifetime` pays every rebill. The rebill rate is recurringRateBps ?? rateBps;
 *    a fixed program pays fixedMinor per rebill; a hybrid pays both parts, the percent at that rate.
 * 3. The direct line (level 0), by commission type. An event "has an amount" when it carries a
 *    currency:
 *    percent → rateBps of the amount, in the event currency; no amount → `no_amount`.
 *    fixed   → fixedMinor in the program currency; needs no amount.
 *    hybrid  → percent part + fixed part, only when the event currency is the program currency
 *              (else `currency_mismatch`: the two parts could not be added); no amount → the
 *              fixed part only.
 * 4. A declared payout (S2S `payout=`) replaces the direct line's amount, in the event currency or
 *    else the program currency. Rules 1 and 2 still apply: the advertiser can state how much, not
 *    make an unpaid event paid.
 * 5. A direct amount of 0 → `zero_amount`, and no upline lines either.
 * 6. Upline lines, level L in 1..min(uplineDepth, multiLevelRatesBps.length) at rate
 *    multiLevelRatesBps[L-1], as a share of the event amount in its currency when the event has a
 *    positive amount (a share of the order), otherwise of the direct commission in its
 *    currency (e.g. a CPL lead, or a fixed payout on a $0 order). A level whose rate is 0 or whose
 *    amount rounds to 0 is skipped; deeper levels are still paid.
 * 7. Each line's `calculation` records the inputs and a human `formula`, so an advertiser and an
 *    affiliate both see why the amount is what it is (unless `explain` is false: the backtest's
 *    replay sums amounts only, and building the explanation was most of its time).
 *
 * Inconsistent terms (a percent program without a rate, `months` without a count) and malformed
 * events throw RangeError: the database CHECKs and the inbound schema already exclude them.
 */

export interface CommissionEvent {
  type: 'lead' | 'sale' | 'rebill';
  /** 0 when the event carried none. */
  amountMinor: number;
  /** null when the event carried no amount. */
  currency: string | null;
  /** S2S `payout=`: replaces the rule for the direct line, in `currency` ?? terms.currency. */
  declaredPayoutMinor: number | null;
  occurredAt: Date;
  /** When the referred customer's first sale happened (for recurring limits). */
  customerFirstSaleAt: Date | null;
  /** When the customer cancelled (referred_customers.cancelled_at); absent or null: subscribed. */
  customerCancelledAt?: Date | null;
}

export interface CommissionLine {
  level: number;
  amountMinor: number;
  currency: string;
  rateBps: number | null;
  calculation: Record<string, unknown>;
}

export type NoCommissionReason =
  | 'event_not_paid_by_model'
  | 'no_amount'
  | 'currency_mismatch'
  | 'recurring_off'
  | 'recurring_expired'
  | 'subscription_cancelled'
  | 'zero_amount';

export type CommissionDecision =
  /** lines[0] is level 0 (direct); then levels 1..n. */
  { ok: true; lines: CommissionLine[] } | { ok: false; reason: NoCommissionReason; detail: string };

type Refusal = Extract<CommissionDecision, { ok: false }>;

export function computeCommissions(
  terms: CommissionTerms,
  event: CommissionEvent,
  uplineDepth: number,
  /** false: the same lines with an empty `calculation` (the backtest sums hundreds of thousands and shows none). */
  explain = true,
): CommissionDecision {
  assertInputs(event, uplineDepth);
  const refusal = modelRefusal(terms, event);
  if (refusal) return refusal;
  const recurring = recurringWindow(terms, event);
  if ('ok' in recurring) return recurring;

  const common = explain
    ? {
        model: terms.payoutModel,
        type: terms.commissionType,
        eventType: event.type,
        programId: terms.programId,
        programVersion: terms.programVersion,
        overridden: { ...terms.overridden },
        ...(terms.group ? { group: { ...terms.group }, fromGroup: { ...terms.fromGroup } } : {}),
        recurring: event.type === 'rebill' ? recurringInfo(terms, event, recurring.windowEndsAt) : null,
      }
    : null;
  const direct = directLine(terms, event, recurring.rateBps, common);
  if ('ok' in direct) return direct;
  if (direct.amountMinor === 0) {
    return refuse('zero_amount', `the commission is 0: ${String(direct.calculation.formula)}`);
  }
  const lines = [direct];
  addUplineLines(lines, terms, event, direct, uplineDepth, common);
  return { ok: true, lines };
}

function modelRefusal(terms: CommissionTerms, event: CommissionEvent): Refusal | null {
  const model = terms.payoutModel;
  // A CPC program already pays the click that brought the customer (click-credit.ts).
  if (model === 'cpc')
    return refuse('event_not_paid_by_model', `a CPC program pays for clicks, not for a ${event.type}`);
  if (event.type === 'lead' && model === 'cpl') return null;
  if (event.type === 'sale' && model !== 'cpl') return null;
  if (event.type === 'rebill' && (model === 'cps' || model === 'revshare')) {
    return terms.recurringMode === 'none'
      ? refuse('recurring_off', 'the program pays no recurring commission on rebills')
      : null;
  }
  return refuse('event_not_paid_by_model', `a ${model.toUpperCase()} program does not pay for a ${event.type}`);
}

/** For a rebill: whether its date is inside the recurring window (and where that ends), and the rate it earns. */
function recurringWindow(
  terms: CommissionTerms,
  event: CommissionEvent,
): Refusal | { windowEndsAt: Date | null; rateBps: number | null } {
  if (event.type !== 'rebill') return { windowEndsAt: null, rateBps: terms.rateBps };
  const cancelledAt = event.customerCancelledAt ?? null;
  if (cancelledAt !== null && cancelledAt.getTime() <= event.occurredAt.getTime()) {
    return refuse(
      'subscription_cancelled',
      `the customer cancelled at ${cancelledAt.toISOString()}; rebills after that earn no recurring commission`,
    );
  }
  const rateBps = terms.recurringRateBps ?? terms.rateBps;
  if (terms.recurringMode === 'lifetime') return { windowEndsAt: null, rateBps };
  const months = terms.recurringMonths;
  if (months === null || !Number.isInteger(months) || months <= 0) {
    throw new RangeError(`recurring mode 'months' needs a positive recurringMonths, got ${months}`);
  }
  if (event.customerFirstSaleAt === null) return refuse('recurring_expired', 'no first sale on record');
  const windowEndsAt = addCalendarMonths(event.customerFirstSaleAt, months);
  if (event.occurredAt.getTime() >= windowEndsAt.getTime()) {
    return refuse(
      'recurring_expired',
      `recurring commission runs ${months} month(s) after the first sale (${event.customerFirstSaleAt.toISOString()}), until ${windowEndsAt.toISOString()}; this rebill is at ${event.occurredAt.toISOString()}`,
    );
  }
  return { windowEndsAt, rateBps };
}

/** A rebill's recurring window, as an explained calculation shows it. */
function recurringInfo(
  terms: CommissionTerms,
  event: CommissionEvent,
  windowEndsAt: Date | null,
): Record<string, unknown> {
  return {
    mode: terms.recurringMode,
    months: terms.recurringMonths,
    recurringRateBps: terms.recurringRateBps,
    firstSaleAt: event.customerFirstSaleAt?.toISOString() ?? null,
    windowEndsAt: windowEndsAt?.toISOString() ?? null,
  };
}

/** The calculation of a line that is not explained (the backtest's): one shared, never written to. */
const NOT_EXPLAINED: Record<string, unknown> = Object.freeze({});

/**
 * The direct line of `amountMinor`. Its calculation is built only when explained (`common` set): each
 * caller passes `common && { rule, formula, … }`, so an unexplained line builds neither the details nor
 * a closure for them (the backtest computes a million lines; a bundle that keeps function names also
 * wraps every closure made per call in a call that sets its name).
 */
function directLineOf(
  event: CommissionEvent,
  common: Record<string, unknown> | null,
  amountMinor: number,
  currency: string,
  lineRate: number | null,
  details: Record<string, unknown> | null,
): CommissionLine {
  return {
    level: 0,
    amountMinor,
    currency,
    rateBps: lineRate,
    calculation: common
      ? {
          ...common,
          baseAmountMinor: event.currency === null ? null : event.amountMinor,
          baseCurrency: event.currency,
          rateBps: lineRate,
          fixedMinor: null,
          level: 0,
          ...details,
        }
      : NOT_EXPLAINED,
  };
}

function directLine(
  terms: CommissionTerms,
  event: CommissionEvent,
  rateBps: number | null,
  common: Record<string, unknown> | null,
): Refusal | CommissionLine {
  if (event.declaredPayoutMinor !== null) {
    const currency = event.currency ?? terms.currency;
    const amount = event.declaredPayoutMinor;
    return directLineOf(
      event,
      common,
      amount,
      currency,
      null,
      common && {
        rule: 'declared',
        declaredPayoutMinor: amount,
        formula: `declared payout ${amount} ${currency} = ${amount}`,
      },
    );
  }

  switch (terms.commissionType) {
    case 'percent': {
      if (event.currency === null) return refuse('no_amount', `a percent commission needs the ${event.type}'s amount`);
      const rate = required(rateBps, 'rateBps');
      const amount = applyBasisPoints(event.amountMinor, rate);
      return directLineOf(
        event,
        common,
        amount,
        event.currency,
        rate,
        common && {
          rule: 'percent',
          formula: `${percent(rate)} of ${event.amountMinor} ${event.currency} = ${amount}`,
        },
      );
    }
    case 'fixed': {
      const fixed = required(terms.fixedMinor, 'fixedMinor');
      return directLineOf(
        event,
        common,
        fixed,
        terms.currency,
        null,
        common && {
          rule: 'fixed',
          fixedMinor: fixed,
          formula: `fixed ${fixed} ${terms.currency} per ${event.type} = ${fixed}`,
        },
      );
    }
    case 'hybrid': {
      const fixed = required(terms.fixedMinor, 'fixedMinor');
      if (event.currency === null) {
        return directLineOf(
          event,
          common,
          fixed,
          terms.currency,
          null,
          common && {
            rule: 'hybrid',
            fixedMinor: fixed,
            percentPartMinor: null,
            fixedPartMinor: fixed,
            formula: `no amount, so only the fixed part: ${fixed} ${terms.currency} = ${fixed}`,
          },
        );
      }
      if (event.currency !== terms.currency) {
        return refuse(
          'currency_mismatch',
          `a hybrid commission adds a fixed ${terms.currency} part to a share of the amount, but the ${event.type} is in ${event.currency}`,
        );
      }
      const rate = required(rateBps, 'rateBps');
      const percentPart = applyBasisPoints(event.amountMinor, rate);
      const amount = percentPart + fixed;
      return directLineOf(
        event,
        common,
        amount,
        terms.currency,
        rate,
        common && {
          rule: 'hybrid',
          fixedMinor: fixed,
          percentPartMinor: percentPart,
          fixedPartMinor: fixed,
          formula: `${percent(rate)} of ${event.amountMinor} ${event.currency} + fixed ${fixed} ${terms.currency} = ${percentPart} + ${fixed} = ${amount}`,
        },
      );
    }
  }
}

/** Adds the upline's lines to `lines`, after the direct one. */
function addUplineLines(
  lines: CommissionLine[],
  terms: CommissionTerms,
  event: CommissionEvent,
  direct: CommissionLine,
  uplineDepth: number,
  common: Record<string, unknown> | null,
): void {
  const fromEvent = event.currency !== null && event.amountMinor > 0;
  const baseAmount = fromEvent ? event.amountMinor : direct.amountMinor;
  const baseCurrency = fromEvent ? (event.currency as string) : direct.currency;
  const levels = Math.min(uplineDepth, terms.multiLevelRatesBps.length);
  for (let level = 1; level <= levels; level++) {
    const rate = terms.multiLevelRatesBps[level - 1] ?? 0;
    const amount = rate === 0 ? 0 : applyBasisPoints(baseAmount, rate);
    if (amount === 0) continue;
    lines.push({
      level,
      amountMinor: amount,
      currency: baseCurrency,
      rateBps: rate,
      calculation: common
        ? {
            ...common,
            rule: 'upline',
            level,
            baseAmountMinor: baseAmount,
            baseCurrency,
            baseSource: fromEvent ? 'event' : 'direct',
            rateBps: rate,
            fixedMinor: null,
            formula: `level ${level}: ${percent(rate)} of ${baseAmount} ${baseCurrency} ${fromEvent ? `${event.type} amount` : 'direct commission'} = ${amount}`,
          }
        : NOT_EXPLAINED,
    });
  }
}

/** "30.00%" for 3000 bps: exact, from the integer, never a float. */
function percent(bps: number): string {
  return `${Math.trunc(bps / 100)}.${String(bps % 100).padStart(2, '0')}%`;
}

function required(value: number | null, name: string): number {
  if (value === null) throw new RangeError(`the commission terms have no ${name}`);
  return value;
}

function refuse(reason: NoCommissionReason, detail: string): Refusal {
  return { ok: false, reason, detail };
}

function assertInputs(event: CommissionEvent, uplineDepth: number): void {
  if (!Number.isSafeInteger(event.amountMinor) || event.amountMinor < 0) {
    throw new RangeError(`amountMinor must be a non-negative safe integer, got ${event.amountMinor}`);
  }
  if (event.currency === null && event.amountMinor !== 0) throw new RangeError('an amount needs its currency');
  const declared = event.declaredPayoutMinor;
  if (declared !== null && (!Number.isSafeInteger(declared) || declared < 0)) {
    throw new RangeError(`declaredPayoutMinor must be a non-negative safe integer, got ${declared}`);
  }
  if (!Number.isInteger(uplineDepth) || uplineDepth < 0)
    throw new RangeError(`uplineDepth must be a non-negative integer, got ${uplineDepth}`);
}
