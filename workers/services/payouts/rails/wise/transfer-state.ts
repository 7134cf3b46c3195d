import type { PaypalItemStatus } from '../../../../domain/payout-item-transition';

/**
 * A Wise transfer state (docs.wise.com, tracking transfers) as the item result the one transition table reads:
 * outgoing_payment_sent is paid; cancelled before or after funding and funds_refunded returned the money to the
 * balance (the lines return); charged_back took it back after payment; bounced_back waits for the refund; every
 * other state (incoming_payment_waiting, processing, funds_converted) is still on its way.
 */
export function transferItemStatus(state: string): PaypalItemStatus {
  switch (state) {
    case 'outgoing_payment_sent':
      return 'SUCCESS';
    case 'cancelled':
      return 'CANCELED';
    case 'funds_refunded':
      return 'REFUNDED';
    case 'charged_back':
      return 'REVERSED';
    default:
      return 'PENDING';
  }
}

/** A Wise item result for settle-item-result: Wise has no PayPal ids, only its transfer. */
export const wiseResult = (payoutItemId: string, state: string) => {
  const status = transferItemStatus(state);
  return {
    payoutItemId,
    paypalItemId: null,
    transactionStatus: status,
    transactionId: null,
    error:
      status === 'SUCCESS' || status === 'PENDING'
        ? null
        : { name: `WISE_${state.toUpperCase()}`, message: `Wise transfer ${state}`, debugId: null },
  };
};
