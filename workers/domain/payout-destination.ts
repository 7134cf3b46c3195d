/**
 * Where an item's money goes, fixed when it is proposed: the PayPal email, the Stripe account, or the
 * rail's own payee reference (`destinationRef`: a recipient id, a gift-card email, an external payee).
 * Each rail fills the field it pays to (payout_items_destination_check holds that).
 */
export interface PayoutDestination {
  receiverEmail: string | null;
  stripeAccountId: string | null;
  destinationRef: string | null;
}

/**
 * An affiliate's next item on their rail: its destination, or why their approved balance is not
 * proposed yet (a hold code; it stays in the balance and goes out with the first proposal after the
 * reason is gone). Each rail decides its own holds (rails/<name>/), the proposal one for every rail:
 * `rail_currency_unsupported`.
 */
export type DestinationOutcome = { ok: true; destination: PayoutDestination } | { ok: false; hold: string };

const none: PayoutDestination = { receiverEmail: null, stripeAccountId: null, destinationRef: null };

/** PayPal pays a verified email. */
export function paypalDestination(verifiedEmail: string | null): DestinationOutcome {
  return verifiedEmail
    ? { ok: true, destination: { ...none, receiverEmail: verifiedEmail } }
    : { ok: false, hold: 'paypal_email_unverified' };
}

/** Stripe pays an onboarded Express account on an advertiser that can pay on Stripe. */
export function stripeDestination(f: {
  stripeConfigured: boolean;
  stripeAccountId: string | null;
  stripePayoutsEnabled: boolean;
}): DestinationOutcome {
  if (!f.stripeConfigured) return { ok: false, hold: 'stripe_not_configured' };
  if (!f.stripeAccountId || !f.stripePayoutsEnabled) return { ok: false, hold: 'stripe_onboarding_incomplete' };
  return { ok: true, destination: { ...none, stripeAccountId: f.stripeAccountId } };
}
