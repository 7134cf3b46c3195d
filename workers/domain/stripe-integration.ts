/**
 * What an app's Stripe endpoint should be subscribed to, and what its deliveries so far say about
 * it. Pure: the service passes the event types recorded per app (stripe_event_types).
 */

/** The API version from which an invoice no longer names its payment: refunds link only through invoice_payment.paid. */
export const INVOICE_PAYMENT_EVENT_SINCE = '2025-03-31';

/**
 * The event types to subscribe the endpoint to, in the order the setup page lists them. `required`:
 * the integration misses conversions or reversals without it; the others arrive only when
 * something happens (a delayed payment method, a dispute), so their absence says nothing.
 */
export const STRIPE_SUBSCRIBED_EVENT_TYPES = [
  { eventType: 'checkout.session.completed', required: true },
  { eventType: 'checkout.session.async_payment_succeeded', required: false },
  { eventType: 'invoice.paid', required: true },
  { eventType: 'invoice_payment.paid', required: true },
  { eventType: 'charge.refunded', required: true },
  { eventType: 'customer.subscription.deleted', required: true },
  { eventType: 'charge.dispute.created', required: false },
  { eventType: 'charge.dispute.funds_withdrawn', required: false },
  { eventType: 'charge.dispute.funds_reinstated', required: false },
  { eventType: 'charge.dispute.closed', required: false },
] as const;

/** Whether events rendered in `apiVersion` (`2025-03-31.basil`, `2024-06-20`) link refunds to invoices only through invoice_payment.paid. */
export function needsInvoicePaymentEvent(apiVersion: string | null): boolean {
  // Unknown: the endpoint is new, and a new endpoint gets the current version.
  if (apiVersion === null) return true;
  return apiVersion.slice(0, 10) >= INVOICE_PAYMENT_EVENT_SINCE;
}

export interface SeenEventType {
  eventType: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  apiVersion: string | null;
}

export interface EventTypeState {
  eventType: string;
  required: boolean;
  seen: boolean;
  firstSeenAt: Date | null;
  lastSeenAt: Date | null;
}

export interface StripeIntegrationState {
  /** The API version of the latest event; null before the first one. */
  apiVersion: string | null;
  lastEventAt: Date | null;
  eventTypes: EventTypeState[];
  /** Required types that never arrived. */
  missingEventTypes: string[];
  /**
   * invoice_payment.paid never arrived although invoices are paid on an API version that needs it:
   * the endpoint is not subscribed to it, and refunds of invoice payments cannot find their sale.
   */
  invoicePaymentEventMissing: boolean;
}

/** The integration's state from the event types seen. invoice_payment.paid is required only on versions that need it. */
export function stripeIntegrationState(seen: readonly SeenEventType[]): StripeIntegrationState {
  const byType = new Map(seen.map((s) => [s.eventType, s]));
  const latest = seen.reduce<SeenEventType | null>((a, s) => (a && a.lastSeenAt >= s.lastSeenAt ? a : s), null);
  const apiVersion = latest?.apiVersion ?? null;
  const linkEventNeeded = needsInvoicePaymentEvent(apiVersion);
  const eventTypes = STRIPE_SUBSCRIBED_EVENT_TYPES.map(({ eventType, required }) => {
    const row = byType.get(eventType);
    return {
      eventType,
      required: eventType === 'invoice_payment.paid' ? required && linkEventNeeded : required,
      seen: row !== undefined,
      firstSeenAt: row?.firstSeenAt ?? null,
      lastSeenAt: row?.lastSeenAt ?? null,
    };
  });
  return {
    apiVersion,
    lastEventAt: latest?.lastSeenAt ?? null,
    eventTypes,
    missingEventTypes: eventTypes.filter((t) => t.required && !t.seen).map((t) => t.eventType),
    invoicePaymentEventMissing: linkEventNeeded && byType.has('invoice.paid') && !byType.has('invoice_payment.paid'),
  };
}

/** Why a Stripe refund still waits for its sale, for the advertiser. */
export type RefundWaitReason = 'invoice_payment_event_missing' | 'sale_not_received';

export function refundWaitReason(state: Pick<StripeIntegrationState, 'apiVersion' | 'eventTypes'>): RefundWaitReason {
  const linkEvent = state.eventTypes.find((t) => t.eventType === 'invoice_payment.paid');
  return needsInvoicePaymentEvent(state.apiVersion) && !linkEvent?.seen
    ? 'invoice_payment_event_missing'
    : 'sale_not_received';
}
