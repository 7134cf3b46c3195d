/**
 * Where a Stripe Connect platform can pay a connected account, and under which service agreement.
 *
 * Source: Stripe, "Cross-border payouts" (docs.stripe.com/connect/cross-border-payouts, Availability):
 * platforms based in the US, the UK, the EEA, Canada or Switzerland can transfer funds to connected
 * accounts in any of those regions; Stripe doesn't support self-serve cross-border payouts to countries
 * outside them. And "Service agreement types" (docs.stripe.com/connect/service-agreement-types):
 * cross-border payouts only work with accounts under the `recipient` service agreement
 * (`tos_acceptance[service_agreement]=recipient`, with the account's country passed explicitly), and a
 * recipient account can't request the `card_payments` capability (transfers only, which is all the
 * payout rail asks for). This is the one copy of that list: the affiliate's method picker, the account
 * creation and the local Stripe server (dev/stripe-server/connect.ts) all read it.
 */

/** The EEA: the 27 EU member states, Iceland, Liechtenstein and Norway. */
// biome-ignore format: a list of codes reads best packed
const EEA = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO',
] as const;

/** Stripe's self-serve cross-border regions: US, UK, EEA, Canada, Switzerland. */
export const STRIPE_CROSS_BORDER_COUNTRIES: ReadonlySet<string> = new Set(['US', 'GB', 'CA', 'CH', ...EEA]);

export type StripeServiceAgreement = 'full' | 'recipient';

/**
 * How a platform in `platformCountry` may open an account in `country`: in its own country under the
 * default (`full`) agreement; across a border only between two countries of the self-serve list, under
 * `recipient`; otherwise not at all (null).
 */
export function stripeAccountAgreement(platformCountry: string, country: string): StripeServiceAgreement | null {
  if (platformCountry === country) return 'full';
  return STRIPE_CROSS_BORDER_COUNTRIES.has(platformCountry) && STRIPE_CROSS_BORDER_COUNTRIES.has(country)
    ? 'recipient'
    : null;
}
