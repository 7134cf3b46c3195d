import type { PayoutRail } from '../../schema/enums';
import { railPaysCurrency } from './payout-rails';

/** Where an item's money goes, fixed when it is proposed. */
export type PayoutDestination =
  | { rail: 'paypal'; receiverEmail: string; stripeAccountId: null }
  | { rail: 'stripe'; receiverEmail: null; stripeAccountId: string };

/**
 * Why an affiliate's approved balance is not proposed yet; it stays in the balance, and goes out
 * with the first proposal after the reason is gone. One list, so a new reason (a missing tax
 * form, say) is one more entry here and one more check in `payoutDestination`.
 */
export const PAYOUT_HOLD_REASONS = [
  'paypal_email_unverified',
  'stripe_onboarding_incomplete',
  'stripe_not_configured',
  'rail_currency_unsupported',
] as const;
export type PayoutHoldReason = (typeof PAYOUT_HOLD_REASONS)[number];

export interface DestinationFacts {
  currency: string;
  /** The affiliate's chosen method with this advertiser; null: none chosen, PayPal as before rails existed. */
  method: { rail: PayoutRail; stripeAccountId: string | null; stripePayoutsEnabled: boolean } | null;
  /** The affiliate's verified PayPal email, or null. */
  paypalEmail: string | null;
  /** The advertiser can pay on Stripe (its own account or the deployment's). */
  stripeConfigured: boolean;
}

/** Pure: the destination of an affiliate's next item, or why they are held. */
export function payoutDestination(
  f: DestinationFacts,
): { ok: true; destination: PayoutDestination } | { ok: false; hold: PayoutHoldReason } {
  const rail = f.method?.rail ?? 'paypal';
  if (!railPaysCurrency(rail, f.currency)) return { ok: false, hold: 'rail_currency_unsupported' };
  if (rail === 'paypal')
    return f.paypalEmail
      ? { ok: true, destination: { rail, receiverEmail: f.paypalEmail, stripeAccountId: null } }
      : { ok: false, hold: 'paypal_email_unverified' };
  if (!f.stripeConfigured) return { ok: false, hold: 'stripe_not_configured' };
  if (!f.method?.stripeAccountId || !f.method.stripePayoutsEnabled)
    return { ok: false, hold: 'stripe_onboarding_incomplete' };
  return { ok: true, destination: { rail, receiverEmail: null, stripeAccountId: f.method.stripeAccountId } };
}
