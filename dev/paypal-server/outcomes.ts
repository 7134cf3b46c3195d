import { errorBody, type PayPalErrorBody } from './http';
import type { TransactionStatus } from './state';

/**
 * Each item's final status comes from its receiver address: a `+tag` in the local part picks it
 * (`alice+failed@example.com` → FAILED), anything else succeeds. Tags are case-insensitive.
 */
const TAGS: Readonly<Record<string, TransactionStatus>> = {
  failed: 'FAILED',
  unclaimed: 'UNCLAIMED',
  returned: 'RETURNED',
  blocked: 'BLOCKED',
  refunded: 'REFUNDED',
  reversed: 'REVERSED',
  onhold: 'ONHOLD',
};

/** The rule in one line, for the start banner and docs. */
export const RECEIVER_RULE =
  'receiver user+TAG@domain → TAG: failed→FAILED, unclaimed→UNCLAIMED, returned→RETURNED, blocked→BLOCKED, refunded→REFUNDED, reversed→REVERSED, onhold→ONHOLD; any other address → SUCCESS';

/** The errors object PayPal attaches to items that did not reach the receiver. */
const ERRORS: Partial<Record<TransactionStatus, { name: string; message: string }>> = {
  FAILED: { name: 'RECEIVER_ACCOUNT_LOCKED', message: 'Receiver account is locked or inactive' },
  UNCLAIMED: { name: 'RECEIVER_UNREGISTERED', message: 'Receiver is unregistered' },
  RETURNED: {
    name: 'RECEIVER_UNREGISTERED',
    message: 'Receiver did not claim the payment within 30 days; it was returned',
  },
  BLOCKED: { name: 'RECEIVER_ACCOUNT_LOCKED', message: 'The payment was blocked by PayPal risk checks' },
  ONHOLD: {
    name: 'PENDING_RECIPIENT_NON_HOLDING_CURRENCY_PAYMENT_PREFERENCE',
    message: 'Payment is on hold for review',
  },
};

/** No money moved for these, so PayPal gives them no transaction id. */
const WITHOUT_TRANSACTION = new Set<TransactionStatus>(['FAILED', 'BLOCKED']);

/** PayPal's webhook event for an item reaching a status; REVERSED has none. */
export const ITEM_EVENT_TYPES: Partial<Record<TransactionStatus, string>> = {
  SUCCESS: 'PAYMENT.PAYOUTS-ITEM.SUCCEEDED',
  FAILED: 'PAYMENT.PAYOUTS-ITEM.FAILED',
  UNCLAIMED: 'PAYMENT.PAYOUTS-ITEM.UNCLAIMED',
  RETURNED: 'PAYMENT.PAYOUTS-ITEM.RETURNED',
  BLOCKED: 'PAYMENT.PAYOUTS-ITEM.BLOCKED',
  REFUNDED: 'PAYMENT.PAYOUTS-ITEM.REFUNDED',
  ONHOLD: 'PAYMENT.PAYOUTS-ITEM.HELD',
};

export function outcomeFor(receiver: string): {
  status: TransactionStatus;
  hasTransaction: boolean;
  errors: PayPalErrorBody | null;
} {
  const local = receiver.split('@')[0] ?? '';
  const tag = local.includes('+') ? local.slice(local.lastIndexOf('+') + 1).toLowerCase() : '';
  const status = TAGS[tag] ?? 'SUCCESS';
  const error = ERRORS[status];
  return {
    status,
    hasTransaction: !WITHOUT_TRANSACTION.has(status),
    errors: error ? errorBody(error.name, error.message) : null,
  };
}
