import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { mapStripeEvent, STRIPE_EVENT_TYPES, stripeEventEnvelope } from './stripe-event';

const created = 1_760_000_000;

// Shaped like Stripe's Dispute object, extra fields included: the mapping ignores what it does not read.
const dispute = (over: Record<string, unknown> = {}) => ({
  id: 'dp_1',
  object: 'dispute',
  amount: 4900,
  currency: 'usd',
  charge: 'ch_1',
  payment_intent: 'pi_1',
  reason: 'fraudulent',
  status: 'needs_response',
  evidence_details: { due_by: created + 86_400, has_evidence: false },
  is_charge_refundable: false,
  metadata: {},
  ...over,
});

const map = (type: string, object: Record<string, unknown>) =>
  mapStripeEvent(stripeEventEnvelope.parse({ id: `evt_${type}`, object: 'event', created, type, data: { object } }));

describe('mapStripeEvent: disputes', () => {
  it.each([
    { type: 'charge.dispute.created', status: 'needs_response', phase: 'opened' },
    // Stripe withdraws the funds when a dispute opens: still open, not lost.
    { type: 'charge.dispute.funds_withdrawn', status: 'needs_response', phase: 'opened' },
    { type: 'charge.dispute.funds_reinstated', status: 'won', phase: 'won' },
    { type: 'charge.dispute.closed', status: 'won', phase: 'won' },
    { type: 'charge.dispute.closed', status: 'warning_closed', phase: 'won' },
    { type: 'charge.dispute.closed', status: 'lost', phase: 'lost' },
  ])('$type ($status) → $phase', ({ type, status, phase }) => {
    expect(map(type, dispute({ status }))).toEqual({
      kind: 'dispute',
      dispute: {
        eventId: `evt_${type}`,
        disputeId: 'dp_1',
        phase,
        orderId: 'pi_1',
        amountMinor: 4900,
        currency: 'USD',
        occurredAt: new Date(created * 1000).toISOString(),
        sourceType: type,
      },
    });
  });

  it('names the charge when there is no payment intent, and reads expanded references', () => {
    const plain = map('charge.dispute.created', dispute({ payment_intent: null }));
    expect(plain.kind === 'dispute' && plain.dispute.orderId).toBe('ch_1');
    const expanded = map(
      'charge.dispute.created',
      dispute({ payment_intent: { id: 'pi_9', object: 'payment_intent' } }),
    );
    expect(expanded.kind === 'dispute' && expanded.dispute.orderId).toBe('pi_9');
  });

  it('lists the dispute events among those we act on', () => {
    expect(STRIPE_EVENT_TYPES).toEqual(
      expect.arrayContaining([
        'charge.dispute.created',
        'charge.dispute.funds_withdrawn',
        'charge.dispute.funds_reinstated',
        'charge.dispute.closed',
      ]),
    );
  });

  it('throws a ZodError for a dispute without its amount', () => {
    expect(() => map('charge.dispute.created', dispute({ amount: undefined }))).toThrow(ZodError);
  });
});
