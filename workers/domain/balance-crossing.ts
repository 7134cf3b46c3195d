export interface BalanceLevel {
  organizationId: string;
  affiliateId: string;
  currency: string;
  /** Approved and not yet in a payout, in minor units. */
  availableMinor: number;
  /** The currency's payout minimum, in minor units. */
  minimumMinor: number;
}

export const balanceKey = (b: { organizationId: string; affiliateId: string; currency: string }) =>
  `${b.organizationId}:${b.affiliateId}:${b.currency}`;

/** At or above the minimum, and something to pay (a zero minimum is not reached by a zero balance). */
export const reachesMinimum = (b: Pick<BalanceLevel, 'availableMinor' | 'minimumMinor'>) =>
  b.availableMinor > 0 && b.availableMinor >= b.minimumMinor;

export interface Crossings {
  /** Balances that reached the minimum since the last check: notify once each. */
  reached: BalanceLevel[];
  /** State changes to store (key → reached), the reached ones included. */
  changes: { organizationId: string; affiliateId: string; currency: string; reached: boolean }[];
}

/**
 * Compares the balances now against what was stored at the last check. Only an upward crossing
 * notifies; dropping below (a payout took it) re-arms the next one. A balance not listed now
 * (nothing approved left) counts as below.
 */
export function balanceCrossings(
  now: readonly BalanceLevel[],
  previous: ReadonlyMap<string, { organizationId: string; affiliateId: string; currency: string; reached: boolean }>,
): Crossings {
  const reached: BalanceLevel[] = [];
  const changes: Crossings['changes'] = [];
  const seen = new Set<string>();
  for (const b of now) {
    const key = balanceKey(b);
    seen.add(key);
    const on = reachesMinimum(b);
    const before = previous.get(key)?.reached ?? false;
    if (on !== before || !previous.has(key)) changes.push({ ...pick(b), reached: on });
    if (on && !before) reached.push(b);
  }
  for (const [key, p] of previous) if (!seen.has(key) && p.reached) changes.push({ ...pick(p), reached: false });
  return { reached, changes };
}

const pick = (b: { organizationId: string; affiliateId: string; currency: string }) => ({
  organizationId: b.organizationId,
  affiliateId: b.affiliateId,
  currency: b.currency,
});
