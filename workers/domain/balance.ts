/**
 * A Postgres bigint sum, which the driver hands over as a string, as a number of minor units.
 * Beyond 2^53 a number would silently lose cents, so that is refused instead.
 */
export function sumToMinor(value: string | number | bigint | null): number {
  const big = BigInt(value ?? 0);
  if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`a balance of ${big} minor units is beyond a safe integer`);
  }
  return Number(big);
}

/**
 * The approved balance split in two: what can be paid now, and the negative carry-over (refunds
 * or rejections after payout) that the next approved commissions must first make good.
 */
export function splitApproved(approvedMinor: number): { availableMinor: number; carryOverMinor: number } {
  return { availableMinor: Math.max(0, approvedMinor), carryOverMinor: Math.min(0, approvedMinor) };
}
