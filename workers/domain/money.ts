/**
 * The one rounding rule for money: a basis-point share of an amount in minor units, rounded half
 * away from zero to a whole minor unit, in integer arithmetic (BigInt, so no float ever rounds).
 */
export function applyBasisPoints(amountMinor: number, bps: number): number {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`amountMinor must be a safe integer, got ${amountMinor}`);
  if (!Number.isInteger(bps) || bps < 0 || bps > 10_000) throw new RangeError(`bps must be an integer in 0..10000, got ${bps}`);
  const product = BigInt(amountMinor) * BigInt(bps);
  const magnitude = (product < 0n ? -product : product) + 5_000n;
  const rounded = magnitude / 10_000n;
  return Number(product < 0n ? -rounded : rounded);
}
