import { z } from 'zod';
import type { ConversionEvent } from '../contracts/conversion-event';
import type { DisputeEvent } from '../contracts/dispute-event';
import { type BillingMapping, clickIdOf, conversion, emailOf, ignored } from './billing-mapping';

/**
 * Stripe events turned into our conversion events. Only the fields we read are declared; Stripe
 * adds fields often, so unknown ones are ignored rather than refused. Expandable references
 * (`customer`, `invoice`, `payment_intent`) arrive as an id or as the expanded object.
 */

export const ref = z
  .union([z.string(), z.object({ id: z.string() })])
  .nullish()
  .transform((v) => (typeof v === 'string' ? v : (v?.id ?? null)));
const metadata = z.record(z.string(), z.unknown()).nullish();
const currency = z
  .string()
  .min(3)
  .max(3)
  .transform((c) => c.toUpperCase());

export const stripeEventEnvelope = z.object({
  id: z.string().min(1).max(200),
  type: z.string().min(1).max(200),
  /** The API version the event is rendered in (`2025-03-31.basil`); absent on very old endpoints. */
  api_version: z.string().max(64).nullish(),
  created: z.number().int().nonnegative(),
  data: z.object({
    object: z.record(z.string(), z.unknown()),
    previous_attributes: z.record(z.string(), z.unknown()).nullish(),
  }),
});
export type StripeEventEnvelope = z.infer<typeof stripeEventEnvelope>;

const checkoutSession = z.object({
  id: z.string(),
  client_reference_id: z.string().nullish(),
  metadata,
  amount_total: z.number().int().nullish(),
  currency: currency.nullish(),
  customer: ref,
  customer_details: z.object({ email: z.string().nullish() }).nullish(),
  payment_intent: ref,
  invoice: ref,
  payment_status: z.string().nullish(),
  mode: z.string().nullish(),
  subscription: ref,
});

const invoice = z.object({
  id: z.string(),
  amount_paid: z.number().int(),
  currency,
  customer: ref,
  customer_email: z.string().nullish(),
  billing_reason: z.string().nullish(),
  metadata,
  // Where the subscription's metadata lives: before and after Stripe's 2025-03-31 API version.
  subscription_details: z.object({ metadata }).nullish(),
  parent: z.object({ subscription_details: z.object({ metadata }).nullish() }).nullish(),
});

const charge = z.object({
  id: z.string(),
  amount_refunded: z.number().int(),
  currency,
  customer: ref,
  payment_intent: ref,
  invoice: ref,
  metadata,
});

const subscription = z.object({ id: z.string(), customer: ref, metadata });

export type StripeMapping = BillingMapping;

const metadataClickIds = (m: Record<string, unknown> | null | undefined): unknown[] => [m?.aff_click_id, m?.click_id];

/** Our event for a Stripe object, keyed by the Stripe event id. */
function event(
  envelope: StripeEventEnvelope,
  objectId: string,
  fields: Omit<ConversionEvent, 'event_id' | 'occurred_at' | 'metadata'>,
): StripeMapping {
  return conversion(
    {
      eventId: envelope.id,
      occurredAt: new Date(envelope.created * 1000).toISOString(),
      metadata: { stripe_event_type: envelope.type, stripe_object_id: objectId },
    },
    fields,
  );
}

function fromCheckoutSession(envelope: StripeEventEnvelope): StripeMapping {
  const session = checkoutSession.parse(envelope.data.object);
  // A free trial's checkout (amount 0) or a payment still settling is no sale yet, but it ties
  // the Stripe customer to the click, so the first paid invoice is attributed. A subscription's
  // money always arrives as invoice.paid (subscription_create), so its checkout is the lead too:
  // counting both would pay the first month twice.
  const subscription = session.mode === 'subscription' || Boolean(session.subscription);
  const paid = !subscription && (session.amount_total ?? 0) > 0 && session.payment_status !== 'unpaid';
  const customer = {
    click_id: clickIdOf(session.client_reference_id, ...metadataClickIds(session.metadata)),
    customer_id: session.customer ?? undefined,
    customer_email: emailOf(session.customer_details?.email),
    order_id: session.payment_intent ?? session.invoice ?? session.id,
  };
  if (!paid) return event(envelope, session.id, { type: 'lead', ...customer });
  return event(envelope, session.id, {
    type: 'sale',
    ...customer,
    amount: session.amount_total!,
    currency: session.currency ?? undefined,
  });
}

function fromInvoicePaid(envelope: StripeEventEnvelope): StripeMapping {
  const inv = invoice.parse(envelope.data.object);
  if (inv.amount_paid <= 0) return ignored('invoice.paid with nothing paid (trial or 100% discount)');
  const subscriptionMetadata = inv.parent?.subscription_details?.metadata ?? inv.subscription_details?.metadata;
  return event(envelope, inv.id, {
    // Later invoices are rebills; the core turns a customer's first paid rebill after a trial into the sale.
    type: inv.billing_reason === 'subscription_create' ? 'sale' : 'rebill',
    click_id: clickIdOf(...metadataClickIds(inv.metadata), ...metadataClickIds(subscriptionMetadata)),
    customer_id: inv.customer ?? undefined,
    customer_email: emailOf(inv.customer_email),
    order_id: inv.id,
    amount: inv.amount_paid,
    currency: inv.currency,
  });
}

/**
 * The order a refunded charge belongs to: its invoice where the API version still says so, else
 * its payment (intent, or the charge itself without one), which the invoice ↔ payment links
 * recorded from other events lead to the invoice's sale.
 */
function refundedOrderId(ch: z.infer<typeof charge>): string {
  return ch.invoice ?? ch.payment_intent ?? ch.id;
}

function fromChargeRefunded(envelope: StripeEventEnvelope): StripeMapping {
  const ch = charge.parse(envelope.data.object);
  const before = envelope.data.previous_attributes?.amount_refunded;
  // A charge refunded in parts sends one event per refund; amount_refunded is the running total.
  const refunded = ch.amount_refunded - (typeof before === 'number' ? before : 0);
  if (refunded <= 0) return ignored('charge.refunded without a new refunded amount');
  return event(envelope, ch.id, {
    type: 'refund',
    customer_id: ch.customer ?? undefined,
    order_id: refundedOrderId(ch),
    amount: refunded,
    currency: ch.currency,
  });
}

function fromSubscriptionDeleted(envelope: StripeEventEnvelope): StripeMapping {
  const sub = subscription.parse(envelope.data.object);
  return event(envelope, sub.id, {
    type: 'cancel',
    customer_id: sub.customer ?? undefined,
    click_id: clickIdOf(...metadataClickIds(sub.metadata)),
  });
}

const dispute = z.object({
  id: z.string(),
  amount: z.number().int().nonnegative(),
  currency,
  charge: ref,
  payment_intent: ref,
  status: z.string(),
});

/**
 * A dispute's events. Stripe withdraws the disputed funds as soon as a dispute opens, so
 * `funds_withdrawn` is part of an open dispute, not its loss: only `closed` with status `lost`
 * reverses. `won`, an inquiry closed without a chargeback (`warning_closed`) and reinstated funds
 * give the lines back.
 */
function fromDispute(envelope: StripeEventEnvelope): StripeMapping {
  const dp = dispute.parse(envelope.data.object);
  const phase: DisputeEvent['phase'] =
    envelope.type === 'charge.dispute.closed'
      ? dp.status === 'lost'
        ? 'lost'
        : 'won'
      : envelope.type === 'charge.dispute.funds_reinstated'
        ? 'won'
        : 'opened';
  return {
    kind: 'dispute',
    dispute: {
      eventId: envelope.id,
      disputeId: dp.id,
      phase,
      orderId: dp.payment_intent ?? dp.charge ?? null,
      amountMinor: dp.amount,
      currency: dp.currency,
      occurredAt: new Date(envelope.created * 1000).toISOString(),
      sourceType: envelope.type,
    },
  };
}

const MAPPERS: Record<string, (envelope: StripeEventEnvelope) => StripeMapping> = {
  'checkout.session.completed': fromCheckoutSession,
  'checkout.session.async_payment_succeeded': fromCheckoutSession,
  'invoice.paid': fromInvoicePaid,
  'charge.refunded': fromChargeRefunded,
  'customer.subscription.deleted': fromSubscriptionDeleted,
  'charge.dispute.created': fromDispute,
  'charge.dispute.funds_withdrawn': fromDispute,
  'charge.dispute.funds_reinstated': fromDispute,
  'charge.dispute.closed': fromDispute,
};

/** The events we act on, for the README and the setup screen. */
export const STRIPE_EVENT_TYPES = Object.keys(MAPPERS);

/**
 * Our conversion event for a Stripe event, or why it is ignored. Throws a ZodError when an event
 * we act on lacks a field we need.
 */
export function mapStripeEvent(envelope: StripeEventEnvelope): StripeMapping {
  const mapper = MAPPERS[envelope.type];
  return mapper ? mapper(envelope) : ignored(`${envelope.type} is not an event we act on`);
}
