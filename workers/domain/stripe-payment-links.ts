import { z } from 'zod';
import { ref, STRIPE_EVENT_TYPES, type StripeEventEnvelope } from './stripe-event';

/**
 * Which payment paid which invoice, as a Stripe event tells it. Older API versions put the payment
 * on the invoice (`payment_intent`, `charge`) and the invoice on the charge; since 2025-03-31
 * neither does, and the link comes from the invoice's `payments` list (when included) or the
 * `invoice_payment.paid` event. A refund names only its payment, so these links lead it to the sale.
 */
export interface StripePaymentLink {
  /** The invoice, or the order id a checkout sale was recorded under. */
  invoiceId: string;
  /** A payment intent (pi_…), or a charge (ch_…) of a payment without one. */
  paymentId: string;
}

const payment = z.object({ payment_intent: ref, charge: ref }).nullish();
const invoicePayment = z.object({ invoice: ref.pipe(z.string()), payment, status: z.string().nullish() });
const invoice = z.object({
  id: z.string(),
  payment_intent: ref,
  charge: ref,
  payments: z.object({ data: z.array(invoicePayment.partial({ invoice: true })) }).nullish(),
});
const checkoutSession = z.object({ payment_intent: ref, invoice: ref });
const charge = z.object({ id: z.string(), payment_intent: ref, invoice: ref });

/** Only a payment that went through links; an open or canceled attempt paid nothing. */
const paid = (status: string | null | undefined) => status === undefined || status === null || status === 'paid';

function linksOf(invoiceId: string | null, ...paymentIds: (string | null | undefined)[]): StripePaymentLink[] {
  if (!invoiceId) return [];
  return paymentIds.filter((p): p is string => Boolean(p)).map((paymentId) => ({ invoiceId, paymentId }));
}

function fromInvoice(object: unknown): StripePaymentLink[] {
  const parsed = invoice.safeParse(object);
  if (!parsed.success) return [];
  const inv = parsed.data;
  const listed = (inv.payments?.data ?? [])
    .filter((p) => paid(p.status))
    .flatMap((p) => linksOf(inv.id, p.payment?.payment_intent, p.payment?.charge));
  return [...linksOf(inv.id, inv.payment_intent, inv.charge), ...listed];
}

function fromInvoicePayment(object: unknown): StripePaymentLink[] {
  // The event exists to tell this link, so a payload without it is refused (a ZodError, a 400).
  const p = invoicePayment.parse(object);
  return paid(p.status) ? linksOf(p.invoice, p.payment?.payment_intent, p.payment?.charge) : [];
}

function fromCheckoutSession(object: unknown): StripePaymentLink[] {
  const parsed = checkoutSession.safeParse(object);
  return parsed.success ? linksOf(parsed.data.invoice, parsed.data.payment_intent) : [];
}

function fromCharge(object: unknown): StripePaymentLink[] {
  const parsed = charge.safeParse(object);
  if (!parsed.success) return [];
  // A charge of a payment intent is refunded under the intent; the charge id serves one without.
  return linksOf(parsed.data.invoice, parsed.data.payment_intent ?? parsed.data.id);
}

const READERS: Record<string, (object: unknown) => StripePaymentLink[]> = {
  'invoice.paid': fromInvoice,
  'invoice_payment.paid': fromInvoicePayment,
  'checkout.session.completed': fromCheckoutSession,
  'checkout.session.async_payment_succeeded': fromCheckoutSession,
  'charge.refunded': fromCharge,
};

/** The event types that carry nothing but a link: they record no conversion. */
export const STRIPE_LINK_EVENT_TYPES = ['invoice_payment.paid'];

/** Every invoice ↔ payment link the event carries, each once. */
export function stripePaymentLinks(envelope: StripeEventEnvelope): StripePaymentLink[] {
  const links = READERS[envelope.type]?.(envelope.data.object) ?? [];
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = `${l.invoiceId} ${l.paymentId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every event type the webhook endpoint acts on, for its description and the docs. */
export const STRIPE_HANDLED_EVENT_TYPES = [...STRIPE_EVENT_TYPES, ...STRIPE_LINK_EVENT_TYPES];
