import { standardVatRateBps } from './vat-rates';
import { reverseChargeApplies, viesCountryToIso } from './vat-id';

/**
 * The VAT of a self-billing invoice, from the supplier's VAT country (its VIES code) and the customer's country:
 * - `domestic`: both in the same member state: VAT at that state's standard rate (vat-rates.ts), charged by
 *   the supplier and shown on the invoice. The payout is the invoice's total: the amount paid includes the VAT,
 *   split into net and VAT here (the VAT rounded half up to a minor unit);
 * - `reverse_charge`: a B2B service across member states: no VAT on the invoice, the customer accounts for
 *   it (Directive 2006/112/EC, art. 196);
 * - `outside_scope`: the customer is outside the EU (or unknown): no EU VAT on the invoice.
 */
export type SelfBillingVatTreatment = 'domestic' | 'reverse_charge' | 'outside_scope';

export interface SelfBillingVat {
  treatment: SelfBillingVatTreatment;
  /** The rate applied (domestic only), in basis points. */
  rateBps: number | null;
  /** Country whose rate applies (domestic only), ISO 3166. */
  country: string | null;
  netMinor: number;
  vatMinor: number;
  totalMinor: number;
}

export function selfBillingVat(input: {
  supplierViesCode: string;
  customerCountry: string | null;
  /** What was paid (a credit note: what is taken back), in minor units. */
  totalMinor: number;
  issuedAt: Date;
}): SelfBillingVat {
  const { totalMinor } = input;
  const none = (treatment: SelfBillingVatTreatment): SelfBillingVat => ({
    treatment,
    rateBps: null,
    country: null,
    netMinor: totalMinor,
    vatMinor: 0,
    totalMinor,
  });
  if (reverseChargeApplies(input.supplierViesCode, input.customerCountry)) return none('reverse_charge');
  const country = viesCountryToIso(input.supplierViesCode);
  const rate = country === input.customerCountry ? standardVatRateBps(country, input.issuedAt) : null;
  if (rate === null) return none('outside_scope');
  // total = net + net × rate: net = total × 10000 / (10000 + rate), VAT the rest (rounded half up).
  const vatMinor = Number(
    (BigInt(totalMinor) * BigInt(rate) * 2n + BigInt(10_000 + rate)) / BigInt(2 * (10_000 + rate)),
  );
  return { treatment: 'domestic', rateBps: rate, country, netMinor: totalMinor - vatMinor, vatMinor, totalMinor };
}
