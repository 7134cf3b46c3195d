/** PayPal returns a payout nobody claimed 30 days after it was sent (PayPal Payouts: unclaimed payments). */
export const UNCLAIMED_RETURN_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The last moment the receiver can claim an unclaimed payout before PayPal returns it: 30 days
 * after the batch was sent. Null when it has not been sent (nothing to claim yet).
 */
export function unclaimedClaimBy(sentAt: Date | null): Date | null {
  return sentAt ? new Date(sentAt.getTime() + UNCLAIMED_RETURN_DAYS * DAY_MS) : null;
}
