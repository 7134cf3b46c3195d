import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { stripeEventEnvelope } from './stripe-event';
import { STRIPE_HANDLED_EVENT_TYPES, stripePaymentLinks } from './stripe-payment-links';

// Objects shaped like each API version's (trimmed, extra fields on purpose): 2024-06-20 still has
// Invoice.payment_intent / Invoice.charge and Charge.invoice; 2025-03-31.basil and later
// (2026-07-29.dahlia) have the invoice's `payments` list and the invoice_payment object instead.
const envelope = (type: string, apiVersion: string, object: Record<string, unknown>) =>
  stripeEventEnvelope.parse({
    id: `evt_${type.replace(/\W/g, '')}`,
    object: 'event',
    api_version: apiVersion,
    created: 1_760_000_000,
    type,
    data: { object },
  });

const OLD = '2024-06-20';
const NEW = '2026-07-29.dahlia';

const invoicePaymentObject = (over: Record<string, unknown> = {}) => ({
  id: 'inpay_1',
  object: 'invoice_payment',
  amount_paid: 2900,
  amount_requested: 2900,
  currency: 'usd',
  invoice: 'in_1',
  is_default: true,
  livemode: false,
  payment: { type: 'payment_intent', payment_intent: 'pi_1' },
  status: 'paid',
  status_transitions: { canceled_at: null, paid_at: 1_760_000_000 },
  ...over,
});

describe('stripePaymentLinks', () => {
  it.each([
    {
      label: `${OLD} invoice.paid: the invoice names its payment intent and charge`,
      input: envelope('invoice.paid', OLD, {
        id: 'in_1',
        object: 'invoice',
        amount_paid: 2900,
        payment_intent: 'pi_1',
        charge: 'ch_1',
        subscription: 'sub_1',
      }),
      links: [
        { invoiceId: 'in_1', paymentId: 'pi_1' },
        { invoiceId: 'in_1', paymentId: 'ch_1' },
      ],
    },
    {
      label: `${NEW} invoice.paid without the payments list (the webhook default): nothing to link`,
      input: envelope('invoice.paid', NEW, {
        id: 'in_1',
        object: 'invoice',
        amount_paid: 2900,
        parent: { type: 'subscription_details', subscription_details: { subscription: 'sub_1', metadata: {} } },
      }),
      links: [],
    },
    {
      label: `${NEW} invoice.paid with payments included: the paid ones, expanded or not`,
      input: envelope('invoice.paid', NEW, {
        id: 'in_1',
        object: 'invoice',
        amount_paid: 2900,
        payments: {
          object: 'list',
          data: [
            invoicePaymentObject({ status: 'canceled', payment: { type: 'payment_intent', payment_intent: 'pi_0' } }),
            invoicePaymentObject({ payment: { type: 'payment_intent', payment_intent: { id: 'pi_1' } } }),
            invoicePaymentObject({ id: 'inpay_2', payment: { type: 'charge', charge: 'ch_9' } }),
          ],
          has_more: false,
        },
      }),
      links: [
        { invoiceId: 'in_1', paymentId: 'pi_1' },
        { invoiceId: 'in_1', paymentId: 'ch_9' },
      ],
    },
    {
      label: `${NEW} invoice_payment.paid links the invoice to its payment intent`,
      input: envelope('invoice_payment.paid', NEW, invoicePaymentObject()),
      links: [{ invoiceId: 'in_1', paymentId: 'pi_1' }],
    },
    {
      label: `${NEW} invoice_payment.paid of a charge without a payment intent`,
      input: envelope(
        'invoice_payment.paid',
        NEW,
        invoicePaymentObject({
          invoice: { id: 'in_2', object: 'invoice' },
          payment: { type: 'charge', charge: 'ch_2' },
        }),
      ),
      links: [{ invoiceId: 'in_2', paymentId: 'ch_2' }],
    },
    {
      label: 'an invoice_payment.paid whose payment is a record outside Stripe: nothing a refund could name',
      input: envelope(
        'invoice_payment.paid',
        NEW,
        invoicePaymentObject({ payment: { type: 'payment_record', payment_record: 'prec_1' } }),
      ),
      links: [],
    },
    {
      label: 'a checkout session with both a payment intent and an invoice (invoice_creation)',
      input: envelope('checkout.session.completed', NEW, {
        id: 'cs_1',
        object: 'checkout.session',
        payment_intent: 'pi_5',
        invoice: 'in_5',
      }),
      links: [{ invoiceId: 'in_5', paymentId: 'pi_5' }],
    },
    {
      label: `${OLD} charge.refunded: the charge still names its invoice`,
      input: envelope('charge.refunded', OLD, {
        id: 'ch_1',
        object: 'charge',
        amount_refunded: 100,
        payment_intent: 'pi_1',
        invoice: 'in_1',
      }),
      links: [{ invoiceId: 'in_1', paymentId: 'pi_1' }],
    },
    {
      label: `${NEW} charge.refunded: no invoice on the charge, nothing to link`,
      input: envelope('charge.refunded', NEW, {
        id: 'ch_1',
        object: 'charge',
        amount_refunded: 100,
        payment_intent: 'pi_1',
      }),
      links: [],
    },
    {
      label: 'an event that carries no link',
      input: envelope('customer.subscription.deleted', NEW, { id: 'sub_1', object: 'subscription' }),
      links: [],
    },
  ])('$label', ({ input, links }) => {
    expect(stripePaymentLinks(input)).toEqual(links);
  });

  it('refuses an invoice_payment.paid without its invoice (the event exists to tell it)', () => {
    expect(() =>
      stripePaymentLinks(envelope('invoice_payment.paid', NEW, invoicePaymentObject({ invoice: null }))),
    ).toThrow(ZodError);
  });

  it('lists invoice_payment.paid among the events the endpoint acts on', () => {
    expect(STRIPE_HANDLED_EVENT_TYPES).toEqual(expect.arrayContaining(['invoice.paid', 'invoice_payment.paid']));
  });
});
