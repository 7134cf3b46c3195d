/**
 * PayPal's payout item error names (Payouts API, "errors.name" of an item) that people get a sentence for.
 * Shared by the notification templates and the dashboard, which both map an unknown name to a fallback.
 */
export const PAYPAL_PAYOUT_ERRORS = [
  'RECEIVER_UNREGISTERED',
  'RECEIVER_UNCONFIRMED',
  'RECEIVER_ACCOUNT_LOCKED',
  'RECEIVER_ACCOUNT_LIMITATION',
  'RECEIVER_COUNTRY_NOT_ALLOWED',
  'RECEIVER_STATE_RESTRICTED',
  'RECEIVER_YOUTH_ACCOUNT',
  'RECEIVER_REFUSED',
  'RECEIVING_LIMIT_EXCEEDED',
  'PENDING_RECIPIENT_NON_HOLDING_CURRENCY_PAYMENT_PREFERENCE',
  'NON_HOLDING_CURRENCY',
  'CURRENCY_COMPLIANCE',
  'REGULATORY_BLOCKED',
  'REGULATORY_PENDING',
  'RISK_DECLINE',
  'INSUFFICIENT_FUNDS',
  'SENDER_BALANCE_INSUFFICIENT',
  'TRANSACTION_LIMIT_EXCEEDED',
  'ACCOUNT_RESTRICTED',
  'DUPLICATE_ITEM',
  'ZERO_AMOUNT',
] as const;
export type PayPalPayoutError = (typeof PAYPAL_PAYOUT_ERRORS)[number];

/** The known name, or null for one PayPal added since (the reader then gets the fallback sentence). */
export const knownPayPalPayoutError = (name: string | null | undefined): PayPalPayoutError | null =>
  (PAYPAL_PAYOUT_ERRORS as readonly string[]).includes(name ?? '') ? (name as PayPalPayoutError) : null;
