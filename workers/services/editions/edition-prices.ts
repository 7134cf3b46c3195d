import type { EditionPlanOffer } from '../../../schema';
import { defaultEditionPrice, priceIssue } from '../../domain/edition-price';
import { AppError } from '../../errors/app-error';

export interface ChosenPrice {
  planCode: string;
  priceMinor: number;
  currency: string;
}

/**
 * The prices an edition sells at: the chosen plans each inside its offer's bounds, or (none chosen) every
 * offered plan at its default price. A plan the app does not offer, or a price out of bounds, is refused.
 */
export function chosenPrices(
  offers: EditionPlanOffer[],
  chosen: { code: string; priceMinor: number }[] | undefined,
): ChosenPrice[] {
  if (chosen === undefined)
    return offers.map((o) => ({ planCode: o.code, priceMinor: defaultEditionPrice(o), currency: o.currency }));
  const seen = new Set<string>();
  return chosen.map((c) => {
    const offer = offers.find((o) => o.code === c.code);
    if (!offer) throw new AppError('edition_price_out_of_bounds', `The app offers no plan ${c.code} to editions`);
    if (seen.has(c.code)) throw new AppError('edition_price_out_of_bounds', `${c.code} appears more than once`);
    seen.add(c.code);
    const issue = priceIssue(offer, c.priceMinor);
    if (issue) throw new AppError('edition_price_out_of_bounds', issue, { plan: c.code });
    return { planCode: c.code, priceMinor: c.priceMinor, currency: offer.currency };
  });
}
