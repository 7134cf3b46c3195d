import { DEFAULT_PAYOUT_SCHEDULE, nextScheduledRun, type PayoutSchedule, thresholdMet } from './payout-schedule';

/**
 * Where an affiliate's next payout with one advertiser in one currency stands:
 * in_payout: already in a batch finance sends; scheduled: payable, a proposal takes it (when: expectedAt);
 * needs_payout_method: enough, but the affiliate's chosen rail cannot pay them yet (for PayPal: no verified email;
 * for Wise: no bank details…); below_minimum: short of the minimum;
 * not_paid_out: the currency has no payout minimum (PayPal does not pay it); nothing: nothing owed.
 */
export type NextPayoutState =
  | 'in_payout'
  | 'scheduled'
  | 'needs_payout_method'
  | 'below_minimum'
  | 'not_paid_out'
  | 'nothing';

export interface NextPayout {
  state: NextPayoutState;
  /** What it would carry, in minor units. */
  amountMinor: number;
  /**
   * When a scheduled run puts it in a batch (scheduled only), finance approving and sending it after; null when no
   * run will (manual schedules, thresholds not reached): the advertiser proposes it by hand.
   */
  expectedAt: Date | null;
  /** How much is still missing to reach the minimum (below_minimum only, else 0). */
  shortfallMinor: number;
}

/** A program behind a balance: its payout schedule and what that schedule needs to date the payout. */
export interface PayoutProgram {
  schedule: PayoutSchedule;
  /** The periods its schedule already ran in the balance's currency (payout_schedule_runs). */
  ranPeriods: ReadonlySet<string>;
  /**
   * The affiliate's approved, unpaid sum in the program in the program's own currency, the sum its threshold is
   * measured on; 0 when the balance is in another currency (a threshold run never takes those lines).
   */
  thresholdBalanceMinor: number;
}

/**
 * When a run next proposes a payable balance: the earliest next run among the programs behind it
 * (domain/payout-schedule.ts). Daily and monthly: their next run; threshold: the next run once the program's sum
 * reaches it, else none; manual: none (finance proposes by hand). No program known: the daily default.
 */
export function scheduledPayoutAt(programs: readonly PayoutProgram[], now: Date): Date | null {
  const behind = programs.length
    ? programs
    : [{ schedule: DEFAULT_PAYOUT_SCHEDULE, ranPeriods: new Set<string>(), thresholdBalanceMinor: 0 }];
  let earliest: Date | null = null;
  for (const p of behind) {
    if (p.schedule.kind === 'threshold' && !thresholdMet(p.thresholdBalanceMinor, p.schedule.thresholdMinor)) continue;
    const run = nextScheduledRun(p.schedule, now, p.ranPeriods);
    if (run && (!earliest || run < earliest)) earliest = run;
  }
  return earliest;
}

/**
 * The next payout from a balance (finance/balances.ts) and its minimum (listMyBalances), following the
 * proposal's rule (domain/payout-plan.ts): the approved net must be positive and reach the minimum, and
 * the affiliate's chosen rail must be able to pay them (services/payouts/read-payout-readiness.ts).
 */
export function nextPayout(input: {
  inPayoutMinor: number;
  availableMinor: number;
  payoutMinimumMinor: number | null;
  /** The affiliate's chosen rail could pay them now. */
  methodReady: boolean;
  /** The programs behind the balance, whose schedules date it. */
  programs: readonly PayoutProgram[];
  now: Date;
}): NextPayout {
  const none = { expectedAt: null, shortfallMinor: 0 };
  if (input.inPayoutMinor > 0) return { state: 'in_payout', amountMinor: input.inPayoutMinor, ...none };
  if (input.payoutMinimumMinor === null) return { state: 'not_paid_out', amountMinor: input.availableMinor, ...none };
  if (input.availableMinor <= 0 && input.payoutMinimumMinor <= 0) return { state: 'nothing', amountMinor: 0, ...none };
  if (input.availableMinor <= 0 || input.availableMinor < input.payoutMinimumMinor)
    return {
      state: 'below_minimum',
      amountMinor: input.availableMinor,
      expectedAt: null,
      shortfallMinor: Math.max(input.payoutMinimumMinor - input.availableMinor, 0),
    };
  if (!input.methodReady) return { state: 'needs_payout_method', amountMinor: input.availableMinor, ...none };
  return {
    state: 'scheduled',
    amountMinor: input.availableMinor,
    expectedAt: scheduledPayoutAt(input.programs, input.now),
    shortfallMinor: 0,
  };
}
