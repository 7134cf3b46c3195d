/** The daily payout proposal's Cron Trigger (wrangler.toml, cron/jobs.ts): 04:30 UTC. */
export const PAYOUT_PROPOSAL_CRON = '30 4 * * *';
const PROPOSAL_UTC_MINUTES = 4 * 60 + 30;
const DAY_MS = 86_400_000;

/**
 * Where an affiliate's next payout with one advertiser in one currency stands:
 * in_payout: already in a batch finance sends; scheduled: the next proposal takes it;
 * needs_paypal: enough, but no verified PayPal email to pay; below_minimum: short of the minimum;
 * not_paid_out: the currency has no payout minimum (PayPal does not pay it); nothing: nothing owed.
 */
export type NextPayoutState = 'in_payout' | 'scheduled' | 'needs_paypal' | 'below_minimum' | 'not_paid_out' | 'nothing';

export interface NextPayout {
  state: NextPayoutState;
  /** What it would carry, in minor units. */
  amountMinor: number;
  /** When the daily proposal puts it in a batch (scheduled only); finance approves and sends it after. */
  expectedAt: Date | null;
  /** How much is still missing to reach the minimum (below_minimum only, else 0). */
  shortfallMinor: number;
}

/** The first proposal run after `now`. */
export function nextProposalAt(now: Date): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const today = midnight + PROPOSAL_UTC_MINUTES * 60_000;
  return new Date(today > now.getTime() ? today : today + DAY_MS);
}

/**
 * The next payout from a balance (finance/balances.ts) and its minimum (listMyBalances), following the
 * proposal's rule (domain/payout-plan.ts): the approved net must be positive and reach the minimum, and
 * the affiliate needs a verified PayPal email.
 */
export function nextPayout(input: {
  inPayoutMinor: number;
  availableMinor: number;
  payoutMinimumMinor: number | null;
  paypalVerified: boolean;
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
  if (!input.paypalVerified) return { state: 'needs_paypal', amountMinor: input.availableMinor, ...none };
  return {
    state: 'scheduled',
    amountMinor: input.availableMinor,
    expectedAt: nextProposalAt(input.now),
    shortfallMinor: 0,
  };
}
