const HOUR_MS = 3_600_000;

/**
 * How long before the event that first binds a customer to an affiliate a sale of that customer
 * may have happened and still be credited: Stripe sends a subscription's checkout and its first
 * invoice seconds apart, in either order, and the window is measured between the events' own times.
 */
export const LATE_REFERRAL_WINDOW_MS = 24 * HOUR_MS;

/**
 * How long a Stripe refund whose payment we know nothing of yet waits for the sale or the invoice
 * link that names it: Stripe retries a failed delivery for up to three days.
 */
export const REFUND_WAIT_MS = 72 * HOUR_MS;

/**
 * The earliest time an unattributed sale may have happened to be credited to the affiliate whose
 * conversion just bound its customer: never before that affiliate's click (it could not have
 * caused the sale), and not more than the window before the binding event.
 */
export function earliestCreditableSale(input: { boundAt: Date; clickedAt: Date | null }): Date {
  const windowStart = input.boundAt.getTime() - LATE_REFERRAL_WINDOW_MS;
  return new Date(Math.max(windowStart, input.clickedAt?.getTime() ?? windowStart));
}

/** Whether a refund received at `receivedAt` may still wait for the sale it refunds. */
export function refundStillWaits(input: { receivedAt: Date; now: Date }): boolean {
  return input.now.getTime() - input.receivedAt.getTime() < REFUND_WAIT_MS;
}

/**
 * The paths whose refunds always name the payment they refund (a billing provider's webhook):
 * such a refund reverses that payment's sale or nothing, never another sale of the customer, and
 * waits for its sale when it arrives first, as providers deliver out of order.
 */
const PAYMENT_NAMING_SOURCES: ReadonlySet<string> = new Set(['stripe', 'paddle', 'lemon_squeezy', 'billing_webhook']);

export const refundNamesItsPayment = (conversion: { source?: string | null; eventType?: string | null }): boolean =>
  conversion.eventType === 'refund' && PAYMENT_NAMING_SOURCES.has(conversion.source ?? '');
