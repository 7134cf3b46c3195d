import { describe, expect, it } from 'vitest';
import { defaultEditionPrice, type EditionPlanOfferFacts, offerIssue, priceIssue } from './edition-price';

const range: EditionPlanOfferFacts = {
  code: 'pro',
  listPriceMinor: 1000,
  currency: 'USD',
  bounds: { kind: 'range', minMinor: 1000, maxMinor: 1300 },
};
const discount: EditionPlanOfferFacts = { ...range, bounds: { kind: 'discount', discountMinor: 200 } };

describe('edition prices', () => {
  it.each<[EditionPlanOfferFacts, number, boolean]>([
    [range, 1000, true],
    [range, 1300, true],
    [range, 1150, true],
    [range, 999, false],
    [range, 1301, false],
    [range, 1000.5, false],
    [range, -1, false],
    [discount, 800, true],
    [discount, 1000, false],
    [discount, 799, false],
  ])('%j at %d allowed: %s', (offer, price, ok) => {
    expect(priceIssue(offer, price) === null).toBe(ok);
  });

  it('defaults to the list price inside the range, or the discounted price', () => {
    expect(defaultEditionPrice(range)).toBe(1000);
    expect(defaultEditionPrice({ ...range, bounds: { kind: 'range', minMinor: 1100, maxMinor: 1200 } })).toBe(1100);
    expect(defaultEditionPrice(discount)).toBe(800);
  });

  it('refuses inconsistent offers', () => {
    expect(offerIssue(range)).toBeNull();
    expect(offerIssue({ ...range, bounds: { kind: 'range', minMinor: 2, maxMinor: 1 } })).toMatch(/minimum/);
    expect(offerIssue({ ...range, bounds: { kind: 'discount', discountMinor: 1001 } })).toMatch(/discount/);
  });
});
