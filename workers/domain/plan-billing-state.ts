/**
 * Billing rules: how a Stripe subscription's state becomes an organization's plan. Stripe is the
 * source of truth, so each webhook re-reads the subscription and these rules map what it says;
 * an event's own order or repetition then cannot roll anything back.
 */
export type SubscriptionState = 'none' | 'active' | 'past_due' | 'canceled';
export type BillingPeriodName = 'monthly' | 'yearly';

/** Stripe's subscription status in our four states; statuses that do not pay count as past_due. */
export function subscriptionStateOf(stripeStatus: string): SubscriptionState {
  switch (stripeStatus) {
    case 'active':
    case 'trialing':
      return 'active';
    case 'canceled':
    case 'incomplete_expired':
      return 'canceled';
    default:
      // past_due, unpaid, incomplete, paused: money is owed or nothing is being collected.
      return 'past_due';
  }
}

export function billingPeriodOf(interval: string | undefined): BillingPeriodName | null {
  if (interval === 'month') return 'monthly';
  if (interval === 'year') return 'yearly';
  return null;
}

export const intervalOf = (period: BillingPeriodName): 'month' | 'year' => (period === 'yearly' ? 'year' : 'month');

export interface GraceInput {
  state: SubscriptionState;
  /** The grace period already running, if any. */
  graceUntil: Date | null;
  now: Date;
  graceDays: number;
}

export interface GraceOutcome {
  graceUntil: Date | null;
  /** A grace period starts with this change: the owners are told. */
  graceStarted: boolean;
  /** Which plan the organization is on afterwards. */
  plan: 'subscribed' | 'lowest';
}

/**
 * A failed payment (past_due) keeps the paid plan for graceDays, then the lowest plan applies; a
 * paid subscription clears any grace; a cancelled one falls to the lowest plan at once (Stripe
 * ends a subscription cancelled "at period end" only when that period is over).
 */
export function graceOutcome({ state, graceUntil, now, graceDays }: GraceInput): GraceOutcome {
  if (state === 'active') return { graceUntil: null, graceStarted: false, plan: 'subscribed' };
  if (state === 'canceled' || state === 'none') return { graceUntil: null, graceStarted: false, plan: 'lowest' };
  const until = graceUntil ?? new Date(now.getTime() + graceDays * 86_400_000);
  return {
    graceUntil: until,
    graceStarted: graceUntil === null,
    plan: until.getTime() <= now.getTime() ? 'lowest' : 'subscribed',
  };
}
