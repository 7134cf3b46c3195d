import { z } from 'zod';
import type { ConversionEvent } from '../contracts/conversion-event';
import type { DisputeEvent } from '../contracts/dispute-event';
import { type SourceMapping, clickIdOf, conversion, emailOf, ignored } from './source-mapping';

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

// A discount as invoices name it: its id, or the expanded object with its promotion code and coupon
// (`source.coupon` from API 2025-09-30, a `coupon` object before it).
const discountRef = z.union([
  z.string(),
  z.object({
    id: z.string(),
    promotion_code: ref,
    coupon: ref,
    source: z.object({ coupon: ref }).nullish(),
  }),
]);

const checkoutSession = z.object({
  id: z.string(),
  discounts: z.array(z.object({ coupon: ref, promotion_code: ref })).nullish(),
  total_details: z.object({ amount_discount: z.number().int().nullish() }).nullish(),
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
  discounts: z.array(discountRef).nullish(),
  total_discount_amounts: z.array(z.object({ amount: z.number().int(), discount: ref })).nullish(),
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

export type StripeMapping = SourceMapping;

const metadataClickIds = (m: Record<string, unknown> | null | undefined): unknown[] => [m?.aff_click_id, m?.click_id];

/**
 * Which discount a sale used, as the conversion's metadata keeps it (`stripe_discount`): the amount
 * taken off in the sale's currency, and Stripe's promotion code and coupon where the event names them
 * (checkout sessions do; invoices name their discounts by id unless expanded). Null: no discount.
 */
export interface StripeDiscountUsed {
  amount_minor: number;
  promotion_code: string | null;
  coupon: string | null;
  discount_ids: string[];
}

function invoiceDiscount(inv: z.infer<typeof invoice>): StripeDiscountUsed | null {
  const amount = (inv.total_discount_amounts ?? []).reduce((sum, d) => sum + d.amount, 0);
  const refs = inv.discounts ?? [];
  if (amount <= 0 && refs.length === 0) return null;
  const expanded = refs.find((d) => typeof d !== 'string');
  return {
    amount_minor: amount,
    promotion_code: expanded?.promotion_code ?? null,
    coupon: expanded?.source?.coupon ?? expanded?.coupon ?? null,
    discount_ids: refs.map((d) => (typeof d === 'string' ? d : d.id)),
  };
}

function sessionDiscount(session: z.infer<typeof checkoutSession>): StripeDiscountUsed | null {
  const amount = session.total_details?.amount_discount ?? 0;
  const first = session.discounts?.[0];
  if (amount <= 0 && !first) return null;
  return {
    amount_minor: amount,
    promotion_code: first?.promotion_code ?? null,
    coupon: first?.coupon ?? null,
    discount_ids: [],
  };
}

/** Our event for a Stripe object, keyed by the Stripe event id. */
function event(
  envelope: StripeEventEnvelope,
  objectId: string,
  fields: Omit<ConversionEvent, 'event_id' | 'occurred_at' | 'metadata'>,
  discount: StripeDiscountUsed | null = null,
): StripeMapping {
  return conversion(
    {
      eventId: envelope.id,
      occurredAt: new Date(envelope.created * 1000).toISOString(),
      metadata: {
        stripe_event_type: envelope.type,
        stripe_object_id: objectId,
        ...(discount ? { stripe_discount: discount } : {}),
      },
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
  if (!paid) return event(envelope, session.id, { type: 'lead', ...customer }, sessionDiscount(session));
  return event(
    envelope,
    session.id,
    { type: 'sale', ...customer, amount: session.amount_total!, currency: session.currency ?? undefined },
    sessionDiscount(session),
  );
}

function fromInvoicePaid(envelope: StripeEventEnvelope): StripeMapping {
  const inv = invoice.parse(envelope.data.object);
  if (inv.amount_paid <= 0) return ignored('invoice.paid with nothing paid (trial or 100% discount)');
  const subscriptionMetadata = inv.parent?.subscription_details?.metadata ?? inv.subscription_details?.metadata;
  return event(
    envelope,
    inv.id,
    {
      // Later invoices are rebills; the core turns a customer's first paid rebill after a trial into the sale.
      type: inv.billing_reason === 'subscription_create' ? 'sale' : 'rebill',
      click_id: clickIdOf(...metadataClickIds(inv.metadata), ...metadataClickIds(subscriptionMetadata)),
      customer_id: inv.customer ?? undefined,
      customer_email: emailOf(inv.customer_email),
      order_id: inv.id,
      amount: inv.amount_paid,
      currency: inv.currency,
    },
    invoiceDiscount(inv),
  );
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
