import { z } from 'zod';

/** The Stripe Billing events that move an organization's subscription. */
export const BILLING_EVENT_TYPES = [
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
  'invoice.payment_failed',
] as const;

/** The envelope every Stripe event has; data.object differs by type. */
export const billingEventEnvelope = z.object({
  id: z.string().min(1).max(255),
  type: z.string().min(1).max(255),
  created: z.number().int(),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});
export type BillingEventEnvelope = z.infer<typeof billingEventEnvelope>;

export type BillingEventTarget =
  | { kind: 'ignored'; reason: string }
  | { kind: 'subscription'; customerId: string; subscriptionId: string | null; fromCheckout: boolean };

const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null);
/** An id, or the id of an expanded object. */
const idOf = (v: unknown) => str(v) ?? (v && typeof v === 'object' ? str((v as { id?: unknown }).id) : null);

/**
 * Which customer and subscription an event is about. Invoices name their subscription at
 * `parent.subscription_details.subscription` since API 2025-03-31, at `subscription` before.
 */
export function billingEventTarget(event: BillingEventEnvelope): BillingEventTarget {
  if (!(BILLING_EVENT_TYPES as readonly string[]).includes(event.type))
    return { kind: 'ignored', reason: `${event.type} does not change a subscription` };
  const o = event.data.object;
  const customerId = idOf(o.customer);
  if (!customerId) return { kind: 'ignored', reason: 'the event names no customer' };
  if (event.type === 'checkout.session.completed') {
    if (o.mode !== 'subscription') return { kind: 'ignored', reason: 'not a subscription checkout' };
    return { kind: 'subscription', customerId, subscriptionId: idOf(o.subscription), fromCheckout: true };
  }
  if (event.type.startsWith('customer.subscription.'))
    return { kind: 'subscription', customerId, subscriptionId: idOf(o.id), fromCheckout: false };
  const parent = o.parent as { subscription_details?: { subscription?: unknown } } | null | undefined;
  const subscriptionId = idOf(parent?.subscription_details?.subscription) ?? idOf(o.subscription);
  if (!subscriptionId) return { kind: 'ignored', reason: 'the invoice is not a subscription’s' };
  return { kind: 'subscription', customerId, subscriptionId, fromCheckout: false };
}
