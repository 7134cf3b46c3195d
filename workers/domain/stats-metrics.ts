/** A ratio, or null when the denominator is zero or unknown: "no clicks" is not "0 % converted". */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

/** Integer sums a report row is made of; null where the answering rollups do not hold the metric. */
export interface StatsCounts {
  clicks: number | null;
  uniqueClicks: number | null;
  rejectedClicks: number | null;
  leads: number | null;
  sales: number | null;
}

/** Conversion rate over all accepted clicks and over unique ones: (leads + sales) ÷ clicks. */
export function conversionRates(counts: StatsCounts): { cr: number | null; crUnique: number | null } {
  const converted = counts.leads === null || counts.sales === null ? null : counts.leads + counts.sales;
  return { cr: ratio(converted, counts.clicks), crUnique: ratio(converted, counts.uniqueClicks) };
}

/** Earnings per click in minor units of the currency: payout ÷ clicks. */
export function earningsPerClick(payoutMinor: number, clicks: number | null): number | null {
  return ratio(payoutMinor, clicks);
}

/** The advertiser's margin in one currency: profit = revenue − payout (integer), ROI = profit ÷ payout. */
export function profitAndRoi(revenueMinor: number, payoutMinor: number): { profitMinor: number; roi: number | null } {
  const profitMinor = revenueMinor - payoutMinor;
  return { profitMinor, roi: ratio(profitMinor, payoutMinor) };
}
