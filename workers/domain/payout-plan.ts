/** One approved, unlinked commission or adjustment line of an affiliate, as the proposal sees it. */
export interface OpenLine {
  commissionId: string;
  affiliateId: string;
  amountMinor: number;
  /** The payout minimum of the program the line comes from. */
  programMinMinor: number;
}

/** An affiliate's item already in the open proposal, which new lines extend. */
export interface ExistingItem {
  itemId: string;
  affiliateId: string;
  amountMinor: number;
  /** The highest program minimum among the item's linked lines. */
  programMinMinor: number;
}

export interface PlannedItem {
  affiliateId: string;
  /** Set when the affiliate already has an item in the proposal: it grows by addMinor. */
  existingItemId: string | null;
  addMinor: number;
  totalMinor: number;
  commissionIds: string[];
}

/**
 * The threshold an affiliate's balance must reach: the platform minimum, raised by the highest
 * payout minimum among the programs its lines come from (a program may ask for more, never less).
 */
export function payoutThreshold(platformMinMinor: number, programMinsMinor: readonly number[]): number {
  return Math.max(platformMinMinor, ...programMinsMinor);
}

/**
 * Which affiliates get paid, and with which lines. Lines of one affiliate net (negative
 * adjustments included); an affiliate whose net (plus any item it already has) is below the
 * threshold, or not positive, is left out and its lines stay approved for a later batch.
 * Affiliates without a verified PayPal email are never planned.
 */
export function planPayoutItems(input: {
  lines: readonly OpenLine[];
  existing: readonly ExistingItem[];
  verifiedAffiliates: ReadonlySet<string>;
  platformMinMinor: number;
}): PlannedItem[] {
  const byAffiliate = new Map<string, OpenLine[]>();
  for (const line of input.lines) {
    const list = byAffiliate.get(line.affiliateId);
    if (list) list.push(line);
    else byAffiliate.set(line.affiliateId, [line]);
  }
  const existing = new Map(input.existing.map((e) => [e.affiliateId, e]));
  const planned: PlannedItem[] = [];
  for (const [affiliateId, lines] of byAffiliate) {
    if (!input.verifiedAffiliates.has(affiliateId)) continue;
    const item = existing.get(affiliateId);
    const addMinor = lines.reduce((sum, l) => sum + l.amountMinor, 0);
    const totalMinor = (item?.amountMinor ?? 0) + addMinor;
    const mins = lines.map((l) => l.programMinMinor);
    if (item) mins.push(item.programMinMinor);
    if (totalMinor <= 0 || totalMinor < payoutThreshold(input.platformMinMinor, mins)) continue;
    planned.push({
      affiliateId,
      existingItemId: item?.itemId ?? null,
      addMinor,
      totalMinor,
      commissionIds: lines.map((l) => l.commissionId),
    });
  }
  return planned;
}
