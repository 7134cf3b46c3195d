import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { conversionEvent } from '../contracts/conversion-event';
import { mapStripeEvent, stripeEventEnvelope, type StripeEventEnvelope } from './stripe-event';

// Fixtures shaped like Stripe's API objects (trimmed to realistic fields, extra ones included on
// purpose: the mapping must ignore what it does not read).
const CLICK = '01963a4e-8f2b-7c3d-9e4f-0a1b2c3d4e5f';
const created = 1_760_000_000;

const envelope = (
  type: string,
  object: Record<string, unknown>,
  previous?: Record<string, unknown>,
): StripeEventEnvelope =>
  stripeEventEnvelope.parse({
    id: `evt_${type.replace(/\W/g, '')}`,
    object: 'event',
    api_version: '2025-03-31.basil',
    created,
    livemode: false,
    pending_webhooks: 1,
    request: { id: 'req_1', idempotency_key: null },
    type,
    data: { object, ...(previous ? { previous_attributes: previous } : {}) },
  });

const session = (over: Record<string, unknown> = {}) => ({
  id: 'cs_test_a1',
  object: 'checkout.session',
  mode: 'payment',
  client_reference_id: CLICK,
  amount_subtotal: 4900,
  amount_total: 4900,
  currency: 'usd',
  customer: 'cus_123',
  customer_details: { email: 'buyer@example.com', name: 'Buyer', address: null },
  payment_intent: 'pi_123',
  invoice: null,
  metadata: {},
  payment_status: 'paid',
  status: 'complete',
  ...over,
});

const invoice = (over: Record<string, unknown> = {}) => ({
  id: 'in_123',
  object: 'invoice',
  amount_due: 2900,
  amount_paid: 2900,
  currency: 'eur',
  customer: 'cus_123',
  customer_email: 'buyer@example.com',
  billing_reason: 'subscription_cycle',
  metadata: {},
  parent: { type: 'subscription_details', subscription_details: { metadata: {}, subscription: 'sub_1' } },
  lines: { object: 'list', data: [] },
  ...over,
});

const charge = (over: Record<string, unknown> = {}) => ({
  id: 'ch_123',
  object: 'charge',
  amount: 4900,
  amount_refunded: 4900,
  currency: 'usd',
  customer: 'cus_123',
  payment_intent: 'pi_123',
  refunded: true,
  metadata: {},
  ...over,
});

const occurredAt = new Date(created * 1000).toISOString();

describe('mapStripeEvent', () => {
  it.each([
    {
      label: 'a paid checkout session → sale with the click from client_reference_id',
      input: envelope('checkout.session.completed', session()),
      event: {
        type: 'sale',
        click_id: CLICK,
        customer_id: 'cus_123',
        customer_email: 'buyer@example.com',
        order_id: 'pi_123',
        amount: 4900,
        currency: 'USD',
      },
    },
    {
      label: 'a subscription checkout is the lead: its money arrives as invoice.paid (no double sale)',
      input: envelope(
        'checkout.session.completed',
        session({ mode: 'subscription', payment_intent: null, invoice: 'in_first' }),
      ),
      event: { type: 'lead', click_id: CLICK, customer_id: 'cus_123', order_id: 'in_first' },
    },
    {
      label: 'no payment intent nor invoice: the order is the session',
      input: envelope('checkout.session.completed', session({ payment_intent: null })),
      event: { type: 'sale', order_id: 'cs_test_a1' },
    },
    {
      label: 'expanded customer and payment intent objects',
      input: envelope(
        'checkout.session.completed',
        session({
          customer: { id: 'cus_x', object: 'customer' },
          payment_intent: { id: 'pi_x', object: 'payment_intent' },
        }),
      ),
      event: { customer_id: 'cus_x', order_id: 'pi_x' },
    },
    {
      label: 'the click from metadata.aff_click_id when client_reference_id is something else',
      input: envelope(
        'checkout.session.completed',
        session({ client_reference_id: 'user-42', metadata: { aff_click_id: CLICK } }),
      ),
      event: { click_id: CLICK },
    },
    {
      label: 'the click from metadata.click_id, upper case accepted',
      input: envelope(
        'checkout.session.completed',
        session({ client_reference_id: null, metadata: { click_id: CLICK.toUpperCase() } }),
      ),
      event: { click_id: CLICK },
    },
    {
      label: 'a trial start (amount 0) → lead binding the customer to the click',
      input: envelope(
        'checkout.session.completed',
        session({ mode: 'subscription', amount_total: 0, payment_intent: null, invoice: 'in_trial' }),
      ),
      event: { type: 'lead', click_id: CLICK, customer_id: 'cus_123', order_id: 'in_trial' },
    },
    {
      label: 'a payment still settling (unpaid) → lead, the sale comes with async_payment_succeeded',
      input: envelope('checkout.session.completed', session({ payment_status: 'unpaid' })),
      event: { type: 'lead' },
    },
    {
      label: 'checkout.session.async_payment_succeeded → sale',
      input: envelope('checkout.session.async_payment_succeeded', session()),
      event: { type: 'sale', amount: 4900 },
    },
    {
      label: 'the first invoice of a subscription → sale',
      input: envelope('invoice.paid', invoice({ billing_reason: 'subscription_create' })),
      event: {
        type: 'sale',
        order_id: 'in_123',
        customer_id: 'cus_123',
        customer_email: 'buyer@example.com',
        amount: 2900,
        currency: 'EUR',
      },
    },
    {
      label: 'a renewal invoice → rebill',
      input: envelope('invoice.paid', invoice()),
      event: { type: 'rebill', order_id: 'in_123', amount: 2900, currency: 'EUR' },
    },
    {
      label: 'an invoice with the click in the subscription metadata (new API shape)',
      input: envelope(
        'invoice.paid',
        invoice({ parent: { subscription_details: { metadata: { aff_click_id: CLICK } } } }),
      ),
      event: { click_id: CLICK },
    },
    {
      label: 'an invoice with the click in the subscription metadata (old API shape)',
      input: envelope(
        'invoice.paid',
        invoice({ parent: null, subscription_details: { metadata: { aff_click_id: CLICK } } }),
      ),
      event: { click_id: CLICK },
    },
    {
      label: 'a full refund → refund of the whole amount',
      input: envelope('charge.refunded', charge()),
      event: { type: 'refund', amount: 4900, currency: 'USD', order_id: 'pi_123', customer_id: 'cus_123' },
    },
    {
      label: 'a second partial refund → only this refund (the running total minus the previous one)',
      input: envelope('charge.refunded', charge({ amount_refunded: 3000 }), { amount_refunded: 1000, refunds: {} }),
      event: { type: 'refund', amount: 2000 },
    },
    {
      label: 'a refund of an invoice charge without a payment intent',
      input: envelope('charge.refunded', charge({ payment_intent: null, invoice: 'in_9' })),
      event: { order_id: 'in_9' },
    },
    {
      label: 'a refund of an invoice charge on an API version before 2025-03-31: the invoice, not the payment intent',
      input: envelope('charge.refunded', charge({ invoice: 'in_9' })),
      event: { order_id: 'in_9' },
    },
    {
      label: 'a refund of a charge without a payment intent nor an invoice: the charge itself',
      input: envelope('charge.refunded', charge({ payment_intent: null })),
      event: { order_id: 'ch_123' },
    },
    {
      label: 'a deleted subscription → cancel for the customer',
      input: envelope('customer.subscription.deleted', {
        id: 'sub_1',
        object: 'subscription',
        customer: 'cus_123',
        status: 'canceled',
        metadata: {},
      }),
      event: { type: 'cancel', customer_id: 'cus_123' },
    },
  ])('$label', ({ input, event }) => {
    const mapped = mapStripeEvent(input);
    expect(mapped.kind).toBe('event');
    if (mapped.kind !== 'event') return;
    expect(mapped.event).toMatchObject({
      ...event,
      event_id: input.id,
      occurred_at: occurredAt,
      metadata: { stripe_event_type: input.type },
    });
    // What the mapping builds must pass the public schema unchanged.
    expect(conversionEvent.parse(mapped.event)).toEqual(mapped.event);
  });

  it('leaves out what Stripe did not send: no click, no email, no customer', () => {
    const mapped = mapStripeEvent(
      envelope(
        'checkout.session.completed',
        session({ client_reference_id: null, customer: null, customer_details: null }),
      ),
    );
    expect(mapped.kind === 'event' && Object.keys(mapped.event).sort()).toEqual([
      'amount',
      'currency',
      'event_id',
      'metadata',
      'occurred_at',
      'order_id',
      'type',
    ]);
  });

  it('drops an address that is not one rather than losing the sale', () => {
    const mapped = mapStripeEvent(
      envelope('checkout.session.completed', session({ customer_details: { email: 'not an email' } })),
    );
    expect(mapped.kind === 'event' && mapped.event.customer_email).toBeUndefined();
  });

  it.each([
    {
      label: 'an unpaid invoice.paid (trial, 100% coupon)',
      input: envelope('invoice.paid', invoice({ amount_paid: 0 })),
    },
    {
      label: 'a refund event with no new refunded amount',
      input: envelope('charge.refunded', charge({ amount_refunded: 1000 }), { amount_refunded: 1000 }),
    },
    {
      label: 'an event type we do not act on',
      input: envelope('customer.created', { id: 'cus_1', object: 'customer' }),
    },
    {
      label: 'payment_intent.succeeded (the checkout event carries the sale)',
      input: envelope('payment_intent.succeeded', { id: 'pi_1' }),
    },
  ])('ignores $label', ({ input }) => {
    expect(mapStripeEvent(input).kind).toBe('ignored');
  });

  it('throws a ZodError when an event we act on lacks a field we need', () => {
    expect(() => mapStripeEvent(envelope('invoice.paid', { id: 'in_1', object: 'invoice' }))).toThrow(ZodError);
  });
});
