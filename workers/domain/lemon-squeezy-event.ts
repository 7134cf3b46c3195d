import { z } from 'zod';
import {
  type SourceMapping,
  conversion,
  currencyCode,
  customClickId,
  customCoupon,
  emailOf,
  ignored,
} from './source-mapping';

/**
 * Lemon Squeezy webhooks turned into our events. The body is a JSON:API resource (an order, a
 * subscription or a subscription invoice) with `meta.event_name` and the checkout's
 * `meta.custom_data` (docs.lemonsqueezy.com/help/webhooks/webhook-requests). Amounts are integers
 * in the currency's minor units (cents; yen for JPY).
 *
 * Lemon Squeezy sends no event id, so each event's idempotency key is built from what identifies
 * it: the event name and the resource, plus the refunded total for refunds (each partial refund
 * raises it) and the update time for cancellations (a resumed subscription can be cancelled again).
 * A replayed or resent delivery builds the same key and records nothing.
 */
export const lemonSqueezyEnvelope = z.object({
  meta: z.object({
    event_name: z.string().min(1).max(100),
    custom_data: z.record(z.string(), z.unknown()).nullish(),
    test_mode: z.boolean().nullish(),
  }),
  data: z.object({
    type: z.string().min(1).max(100),
    id: z.union([z.string().min(1).max(100), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)]).transform(String),
    attributes: z.record(z.string(), z.unknown()),
  }),
});
export type LemonSqueezyEnvelope = z.infer<typeof lemonSqueezyEnvelope>;

const id = z.union([z.string().max(100), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)]).transform(String);
const cents = z.number().int().nonnegative();

const order = z.object({
  customer_id: id.nullish(),
  user_email: z.string().nullish(),
  currency: currencyCode,
  total: cents,
  status: z.string(),
  refunded_amount: cents.nullish(),
  created_at: z.iso.datetime({ offset: true }),
  updated_at: z.iso.datetime({ offset: true }).nullish(),
});

const invoice = order.extend({
  subscription_id: id,
  /** initial: the first payment (its order is the sale); renewal or updated: a later payment. */
  billing_reason: z.string(),
});

const subscription = z.object({
  customer_id: id.nullish(),
  user_email: z.string().nullish(),
  updated_at: z.iso.datetime({ offset: true }),
});

/** Our order id for a resource: its JSON:API type and id, so an order and an invoice never collide. */
const orderIdOf = (envelope: LemonSqueezyEnvelope) => `${envelope.data.type}/${envelope.data.id}`;

const base = (envelope: LemonSqueezyEnvelope, eventId: string, occurredAt: string) => ({
  eventId,
  occurredAt,
  metadata: { lemon_squeezy_event: envelope.meta.event_name, lemon_squeezy_object_id: orderIdOf(envelope) },
});

const attribution = (envelope: LemonSqueezyEnvelope) => ({
  click_id: customClickId(envelope.meta.custom_data),
  coupon: customCoupon(envelope.meta.custom_data),
});

function fromOrderCreated(envelope: LemonSqueezyEnvelope): SourceMapping {
  const o = order.parse(envelope.data.attributes);
  if (o.status !== 'paid') return ignored(`order_created with status ${o.status}: not paid`);
  const who = {
    ...attribution(envelope),
    customer_id: o.customer_id ?? undefined,
    customer_email: emailOf(o.user_email),
    order_id: orderIdOf(envelope),
  };
  const key = base(envelope, `order_created:${envelope.data.id}`, o.created_at);
  // A free order (a 100% discount, a free trial's checkout) binds the customer to the click.
  if (o.total <= 0) return conversion(key, { type: 'lead', ...who });
  return conversion(key, { type: 'sale', ...who, amount: o.total, currency: o.currency });
}

function fromPaymentSuccess(envelope: LemonSqueezyEnvelope): SourceMapping {
  const inv = invoice.parse(envelope.data.attributes);
  // The first payment arrives as order_created too, which is its sale; counting both would pay it twice.
  if (inv.billing_reason === 'initial') return ignored('the first payment of a subscription is its order_created');
  if (inv.total <= 0) return ignored('subscription payment with nothing paid');
  return conversion(base(envelope, `subscription_payment_success:${envelope.data.id}`, inv.created_at), {
    type: 'rebill',
    ...attribution(envelope),
    customer_id: inv.customer_id ?? undefined,
    customer_email: emailOf(inv.user_email),
    order_id: orderIdOf(envelope),
    amount: inv.total,
    currency: inv.currency,
  });
}

/**
 * A refund, full or partial, of an order or of a renewal's invoice. refunded_amount is the
 * running total of the payment's refunds (the whole total when absent), so the recorder books
 * only what is new (refundedToDate).
 */
function fromRefund(envelope: LemonSqueezyEnvelope): SourceMapping {
  const schema = envelope.data.type === 'subscription-invoices' ? invoice : order;
  const r = schema.parse(envelope.data.attributes);
  if ('billing_reason' in r && r.billing_reason === 'initial')
    return ignored('a refund of the first payment of a subscription arrives as order_refunded');
  const refunded = r.refunded_amount ?? r.total;
  if (refunded <= 0) return ignored(`${envelope.meta.event_name} without a refunded amount`);
  const mapping = conversion(
    base(envelope, `${envelope.meta.event_name}:${envelope.data.id}:${refunded}`, r.updated_at ?? r.created_at),
    {
      type: 'refund',
      customer_id: r.customer_id ?? undefined,
      order_id: orderIdOf(envelope),
      amount: refunded,
      currency: r.currency,
    },
  );
  return mapping.kind === 'event' ? { ...mapping, refundedToDate: true } : mapping;
}

function fromSubscriptionCancelled(envelope: LemonSqueezyEnvelope): SourceMapping {
  const sub = subscription.parse(envelope.data.attributes);
  const at = sub.updated_at;
  return conversion(base(envelope, `subscription_cancelled:${envelope.data.id}:${at}`, at), {
    type: 'cancel',
    click_id: customClickId(envelope.meta.custom_data),
    customer_id: sub.customer_id ?? undefined,
    customer_email: emailOf(sub.user_email),
  });
}

const MAPPERS: Record<string, (envelope: LemonSqueezyEnvelope) => SourceMapping> = {
  order_created: fromOrderCreated,
  subscription_payment_success: fromPaymentSuccess,
  order_refunded: fromRefund,
  subscription_payment_refunded: fromRefund,
  subscription_cancelled: fromSubscriptionCancelled,
};

/** The events to tick on the Lemon Squeezy webhook. */
export const LEMON_SQUEEZY_EVENT_TYPES = Object.keys(MAPPERS);

/** Our event for a Lemon Squeezy webhook, or why it is ignored. Throws a ZodError when a field we need is missing. */
export function mapLemonSqueezyEvent(envelope: LemonSqueezyEnvelope): SourceMapping {
  const mapper = MAPPERS[envelope.meta.event_name];
  return mapper ? mapper(envelope) : ignored(`${envelope.meta.event_name} is not an event we act on`);
}
