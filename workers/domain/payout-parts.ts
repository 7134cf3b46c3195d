/** PayPal accepts at most this many items in one create-payout call. */
export const PAYPAL_MAX_ITEMS_PER_CALL = 15_000;

/**
 * PayPal's idempotency key of one part: the batch id for part 0 (the common case: one call per
 * batch, `sender_batch_id` = batch id), `${batchId}-${part}` after it.
 */
export function senderBatchId(batchId: string, part: number): string {
  if (!Number.isInteger(part) || part < 0) throw new RangeError(`part must be a non-negative integer, got ${part}`);
  return part === 0 ? batchId : `${batchId}-${part}`;
}

/** How many parts `itemCount` items need, and which part the item at `index` (0-based) goes to. */
export function partCount(itemCount: number, maxPerPart = PAYPAL_MAX_ITEMS_PER_CALL): number {
  return Math.ceil(itemCount / maxPerPart);
}

export function partOfIndex(index: number, maxPerPart = PAYPAL_MAX_ITEMS_PER_CALL): number {
  return Math.floor(index / maxPerPart);
}
