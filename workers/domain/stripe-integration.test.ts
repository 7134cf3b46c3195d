import { describe, expect, test } from 'vitest';
import {
  needsInvoicePaymentEvent,
  refundWaitReason,
  STRIPE_SUBSCRIBED_EVENT_TYPES,
  stripeIntegrationState,
  type SeenEventType,
} from './stripe-integration';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 12, minute));
const seen = (eventType: string, minute: number, apiVersion: string | null = '2025-03-31.basil'): SeenEventType => ({
  eventType,
  firstSeenAt: at(0),
  lastSeenAt: at(minute),
  apiVersion,
});

test.each([
  { apiVersion: null, needs: true },
  { apiVersion: '2024-06-20', needs: false },
  { apiVersion: '2025-02-24.acacia', needs: false },
  { apiVersion: '2025-03-31.basil', needs: true },
  { apiVersion: '2026-07-29.dahlia', needs: true },
])('API $apiVersion needs invoice_payment.paid: $needs', ({ apiVersion, needs }) =>
  expect(needsInvoicePaymentEvent(apiVersion)).toBe(needs),
);

describe('stripeIntegrationState', () => {
  test('nothing received yet: every required type is missing, no verdict on the link event', () => {
    const state = stripeIntegrationState([]);
    expect(state).toMatchObject({ apiVersion: null, lastEventAt: null, invoicePaymentEventMissing: false });
    expect(state.missingEventTypes).toEqual(
      STRIPE_SUBSCRIBED_EVENT_TYPES.filter((t) => t.required).map((t) => t.eventType),
    );
  });

  test('invoices paid on a 2025-03-31+ version without invoice_payment.paid: the link event is missing', () => {
    const state = stripeIntegrationState([
      seen('checkout.session.completed', 1),
      seen('invoice.paid', 2),
      seen('charge.refunded', 3),
      seen('customer.subscription.deleted', 4),
    ]);
    expect(state).toMatchObject({
      apiVersion: '2025-03-31.basil',
      lastEventAt: at(4),
      invoicePaymentEventMissing: true,
    });
    expect(state.missingEventTypes).toEqual(['invoice_payment.paid']);
    expect(state.eventTypes.find((t) => t.eventType === 'invoice.paid')).toMatchObject({
      required: true,
      seen: true,
      lastSeenAt: at(2),
    });
    expect(refundWaitReason(state)).toBe('invoice_payment_event_missing');
  });

  test('an older API version does not need invoice_payment.paid; the latest event decides the version', () => {
    const old = stripeIntegrationState([
      seen('invoice.paid', 2, '2024-06-20'),
      seen('charge.refunded', 3, '2024-06-20'),
    ]);
    expect(old.invoicePaymentEventMissing).toBe(false);
    expect(old.missingEventTypes).not.toContain('invoice_payment.paid');
    expect(refundWaitReason(old)).toBe('sale_not_received');
    // The endpoint was upgraded: its latest event is rendered in basil.
    const upgraded = stripeIntegrationState([seen('invoice.paid', 2, '2024-06-20'), seen('charge.refunded', 9)]);
    expect(upgraded).toMatchObject({ apiVersion: '2025-03-31.basil', invoicePaymentEventMissing: true });
  });

  test('with invoice_payment.paid received, a waiting refund waits for its sale', () => {
    const state = stripeIntegrationState([seen('invoice.paid', 1), seen('invoice_payment.paid', 2)]);
    expect(state.invoicePaymentEventMissing).toBe(false);
    expect(state.missingEventTypes).not.toContain('invoice_payment.paid');
    expect(refundWaitReason(state)).toBe('sale_not_received');
  });
});
