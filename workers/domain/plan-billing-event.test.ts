import { expect, test } from 'vitest';
import { billingEventTarget } from './plan-billing-event';

const event = (type: string, object: Record<string, unknown>) => ({ id: 'evt_1', type, created: 1, data: { object } });

test.each([
  {
    label: 'completed subscription checkout',
    e: event('checkout.session.completed', { mode: 'subscription', customer: 'cus_1', subscription: 'sub_1' }),
    expected: { kind: 'subscription', customerId: 'cus_1', subscriptionId: 'sub_1', fromCheckout: true },
  },
  {
    label: 'payment-mode checkout is not ours',
    e: event('checkout.session.completed', { mode: 'payment', customer: 'cus_1' }),
    expected: { kind: 'ignored', reason: 'not a subscription checkout' },
  },
  {
    label: 'subscription updated',
    e: event('customer.subscription.updated', { id: 'sub_2', customer: 'cus_2' }),
    expected: { kind: 'subscription', customerId: 'cus_2', subscriptionId: 'sub_2', fromCheckout: false },
  },
  {
    label: 'invoice of API 2025-03-31 (parent)',
    e: event('invoice.paid', { customer: 'cus_3', parent: { subscription_details: { subscription: 'sub_3' } } }),
    expected: { kind: 'subscription', customerId: 'cus_3', subscriptionId: 'sub_3', fromCheckout: false },
  },
  {
    label: 'invoice of an older API (subscription field), expanded customer',
    e: event('invoice.payment_failed', { customer: { id: 'cus_4' }, subscription: 'sub_4' }),
    expected: { kind: 'subscription', customerId: 'cus_4', subscriptionId: 'sub_4', fromCheckout: false },
  },
  {
    label: 'one-off invoice',
    e: event('invoice.paid', { customer: 'cus_5' }),
    expected: { kind: 'ignored', reason: 'the invoice is not a subscription’s' },
  },
  {
    label: 'other types',
    e: event('charge.refunded', { customer: 'cus_6' }),
    expected: { kind: 'ignored', reason: 'charge.refunded does not change a subscription' },
  },
  {
    label: 'no customer',
    e: event('invoice.paid', { subscription: 'sub_7' }),
    expected: { kind: 'ignored', reason: 'the event names no customer' },
  },
])('$label', ({ e, expected }) => expect(billingEventTarget(e)).toEqual(expected));
