import type { PaypalItemStatus } from '../../../../domain/payout-item-transition';

/**
 * A Tremendous order's status as the item result the one transition table reads: EXECUTED means the
 * funding source was charged and the reward is on its way (paid); FAILED and CANCELED moved no money
 * (the lines return to the balance); a cart or an order waiting for an approval is still pending.
 */
export function orderItemStatus(status: string): PaypalItemStatus {
  switch (status) {
    case 'EXECUTED':
      return 'SUCCESS';
    case 'FAILED':
      return 'FAILED';
    case 'CANCELED':
      return 'CANCELED';
    default:
      return 'PENDING';
  }
}

/** A Tremendous item result for settle-item-result: Tremendous has no PayPal ids, only its order. */
export const tremendousResult = (payoutItemId: string, transactionStatus: PaypalItemStatus, reason: string | null) => ({
  payoutItemId,
  paypalItemId: null,
  transactionStatus,
  transactionId: null,
  error: reason ? { name: `TREMENDOUS_${transactionStatus}`, message: reason, debugId: null } : null,
});
