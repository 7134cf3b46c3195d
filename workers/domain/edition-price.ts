/**
 * How an edition may price one of the app's plans (the shape of edition_settings.plans[].bounds; domain/
 * never imports tables): a range in minor units, or a fixed discount off the list price.
 */
export type EditionPlanBounds =
  | { kind: 'range'; minMinor: number; maxMinor: number }
  | { kind: 'discount'; discountMinor: number };

export interface EditionPlanOfferFacts {
  code: string;
  listPriceMinor: number;
  currency: string;
  bounds: EditionPlanBounds;
}

/** Why an advertiser's offer is inconsistent, or null. Amounts are integers of minor units. */
export function offerIssue(offer: EditionPlanOfferFacts): string | null {
  const b = offer.bounds;
  if (b.kind === 'range') {
    if (b.minMinor > b.maxMinor) return `${offer.code}: the minimum price is above the maximum`;
    return null;
  }
  if (b.discountMinor > offer.listPriceMinor) return `${offer.code}: the discount is larger than the list price`;
  return null;
}

/** The price an edition gets for the plan when the affiliate names none: the list price, or the discounted one. */
export function defaultEditionPrice(offer: EditionPlanOfferFacts): number {
  const b = offer.bounds;
  if (b.kind === 'discount') return offer.listPriceMinor - b.discountMinor;
  return Math.min(Math.max(offer.listPriceMinor, b.minMinor), b.maxMinor);
}

/** Why `priceMinor` is outside the offer's bounds, or null. A discounted plan sells at exactly its one price. */
export function priceIssue(offer: EditionPlanOfferFacts, priceMinor: number): string | null {
  if (!Number.isSafeInteger(priceMinor) || priceMinor < 0) return `${offer.code}: the price must be whole minor units`;
  const b = offer.bounds;
  if (b.kind === 'discount') {
    const only = offer.listPriceMinor - b.discountMinor;
    return priceMinor === only ? null : `${offer.code}: the price is fixed at ${only} (list less the discount)`;
  }
  if (priceMinor < b.minMinor) return `${offer.code}: the price is below the minimum ${b.minMinor}`;
  if (priceMinor > b.maxMinor) return `${offer.code}: the price is above the maximum ${b.maxMinor}`;
  return null;
}
