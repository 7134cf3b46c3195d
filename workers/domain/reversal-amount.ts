import { mulDivRound } from './money';

export interface ReversalInput {
  commissionMinor: number;
  /** The original sale's amount; 0 when it had none (e.g. a fixed payout on a $0 order). */
  saleMinor: number;
  /** The sum of this sale's earlier refunds. */
  refundedBeforeMinor: number;
  /** This refund's amount; null = the whole remainder. */
  refundMinor: number | null;
  /** What earlier reversals of this commission actually took, when known: the remainder is then exact. */
  reversedBeforeMinor?: number;
}

/**
 * The part of `commissionMinor` this refund reverses:
 *   round(c × min(1, (before + refund) / sale)) − round(c × before / sale)
 * rounded by THE rule (half away from zero, BigInt; money.ts). Computed cumulatively, from the
 * running total of refunds rather than from this refund alone, so partial refunds that add up to
 * the sale reverse exactly the commission: no cent is lost or reversed twice to rounding
 * (3 × ⅓ of 1000 reverses 333 + 334 + 333, not 3 × 333).
 *
 * `refundMinor` null reverses the whole remainder. A sale of 0 cannot be proportioned, so any refund
 * of it reverses the whole remainder. Refunds beyond the sale are capped at it, and the result is
 * never more than what is left: commission − `reversedBeforeMinor` when given, otherwise
 * commission − the share the earlier refunds reversed.
 */
export function reversalAmount(input: ReversalInput): number {
  const { commissionMinor: commission, saleMinor: sale, refundedBeforeMinor: before, refundMinor: refund } = input;
  assertAmount('commissionMinor', commission);
  assertAmount('saleMinor', sale);
  assertAmount('refundedBeforeMinor', before);
  if (refund !== null) assertAmount('refundMinor', refund);
  if (input.reversedBeforeMinor !== undefined) assertAmount('reversedBeforeMinor', input.reversedBeforeMinor);

  if (sale === 0) return Math.max(0, commission - (input.reversedBeforeMinor ?? 0));
  const refundedBefore = Math.min(before, sale);
  const shareBefore = mulDivRound(commission, refundedBefore, sale);
  const left = Math.max(0, commission - (input.reversedBeforeMinor ?? shareBefore));
  if (refund === null) return left;
  // Compared before adding, so two amounts near 2^53 never sum past a safe integer.
  const refundedAfter = refund >= sale - refundedBefore ? sale : refundedBefore + refund;
  return Math.min(mulDivRound(commission, refundedAfter, sale) - shareBefore, left);
}

function assertAmount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${name} must be a non-negative safe integer, got ${value}`);
}
