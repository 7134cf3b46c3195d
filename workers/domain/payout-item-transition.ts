import { PayoutItemStatus } from '../../schema/enums';

/** Item transaction statuses PayPal reports (Payouts v1 `transaction_status`). */
export const PaypalItemStatus = [
  'SUCCESS',
  'FAILED',
  'PENDING',
  'UNCLAIMED',
  'RETURNED',
  'ONHOLD',
  'BLOCKED',
  'REFUNDED',
  'REVERSED',
  'DENIED',
  'CANCELED',
] as const;
export type PaypalItemStatus = (typeof PaypalItemStatus)[number];

/** Statuses in which the money did not reach the affiliate (or came back): it returns to the balance. */
export const RETURNED_ITEM_STATUSES = [
  'failed',
  'returned',
  'blocked',
  'refunded',
  'reversed',
  'denied',
  'canceled',
] as const satisfies readonly PayoutItemStatus[];

/** An item in one of these will not change again on its own; a batch whose items all are is complete. */
export const FINAL_ITEM_STATUSES: ReadonlySet<PayoutItemStatus> = new Set<PayoutItemStatus>([
  'success',
  ...RETURNED_ITEM_STATUSES,
]);

/**
 * What a reported status does to an item:
 * - none: nothing (a late or repeated report; also what keeps redeliveries idempotent)
 * - wait: PayPal is still working on it; only the status is recorded
 * - pay: success; its lines become paid
 * - unclaimed: the receiver has no PayPal account yet; lines stay in payout until claimed or returned
 * - return: not paid; lines go back to approved and can be paid again
 * - reverse: paid, then taken back (refund, reversal, return after success); lines go back to approved
 */
export type ItemTransition =
  | { kind: 'none' }
  | { kind: 'wait'; to: 'pending' | 'onhold' }
  | { kind: 'pay'; to: 'success' }
  | { kind: 'unclaimed'; to: 'unclaimed' }
  | { kind: 'return'; to: (typeof RETURNED_ITEM_STATUSES)[number] }
  | { kind: 'reverse'; to: 'returned' | 'refunded' | 'reversed' };

const NONE: ItemTransition = { kind: 'none' };
const TAKEN_BACK = new Set<PaypalItemStatus>(['RETURNED', 'REFUNDED', 'REVERSED']);

const lower = <S extends PaypalItemStatus>(s: S) => s.toLowerCase() as Lowercase<S>;

/**
 * The one table of item status changes. Monotonic: a final status never moves back to pending,
 * a late PENDING after SUCCESS changes nothing, and the same report twice does nothing the
 * second time. After SUCCESS only a take-back (RETURNED, REFUNDED, REVERSED) moves money: the
 * lines return to the balance rather than booking adjustments, because nothing was kept.
 */
export function itemTransition(current: PayoutItemStatus, reported: PaypalItemStatus): ItemTransition {
  if (current === 'success')
    return TAKEN_BACK.has(reported)
      ? { kind: 'reverse', to: lower(reported as 'RETURNED' | 'REFUNDED' | 'REVERSED') }
      : NONE;
  if (FINAL_ITEM_STATUSES.has(current)) return NONE;
  switch (reported) {
    case 'SUCCESS':
      return { kind: 'pay', to: 'success' };
    case 'UNCLAIMED':
      return current === 'unclaimed' ? NONE : { kind: 'unclaimed', to: 'unclaimed' };
    case 'PENDING':
    case 'ONHOLD':
      // Once unclaimed, PayPal's own processing is over: only a claim or a return follows.
      if (current === 'unclaimed' || current === lower(reported)) return NONE;
      return { kind: 'wait', to: lower(reported) };
    default:
      return { kind: 'return', to: lower(reported) };
  }
}

/** Item statuses a SUCCESS pays from (the table's `pay` rows), for callers settling many at once. */
export const PAYABLE_ITEM_STATUSES: readonly PayoutItemStatus[] = PayoutItemStatus.filter(
  (s) => itemTransition(s, 'SUCCESS').kind === 'pay',
);
