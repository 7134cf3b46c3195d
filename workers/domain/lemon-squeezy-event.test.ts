import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lemonSqueezyEnvelope, mapLemonSqueezyEvent } from './lemon-squeezy-event';
import { verifyLemonSqueezySignature } from './lemon-squeezy-signature';

const click = '019a0000-0000-7000-8000-000000000001';
const order = (attributes: Record<string, unknown>, event = 'order_created') =>
  lemonSqueezyEnvelope.parse({
    meta: { event_name: event, custom_data: { aff_click_id: click, aff_coupon: 'SPRING' } },
    data: {
      type: 'orders',
      id: 42,
      attributes: {
        customer_id: 9,
        currency: 'jpy',
        total: 1200,
        status: 'paid',
        created_at: '2024-05-01T09:45:53.000000Z',
        ...attributes,
      },
    },
  });

describe('mapLemonSqueezyEvent', () => {
  it('a paid order is a sale in the order’s minor units, with the click and coupon of custom_data', () => {
    expect(mapLemonSqueezyEvent(order({}))).toMatchObject({
      kind: 'event',
      event: {
        event_id: 'order_created:42',
        type: 'sale',
        amount: 1200,
        currency: 'JPY',
        click_id: click,
        coupon: 'SPRING',
        customer_id: '9',
        order_id: 'orders/42',
      },
    });
  });

  it('a refund reports the refunded total so far, keyed by it', () => {
    expect(mapLemonSqueezyEvent(order({ refunded_amount: 300 }, 'order_refunded'))).toMatchObject({
      kind: 'event',
      refundedToDate: true,
      event: { event_id: 'order_refunded:42:300', type: 'refund', amount: 300, order_id: 'orders/42' },
    });
  });

  it('ignores an unpaid order and events we do not act on', () => {
    expect(mapLemonSqueezyEvent(order({ status: 'failed' })).kind).toBe('ignored');
    expect(mapLemonSqueezyEvent(order({}, 'license_key_created')).kind).toBe('ignored');
  });
});

describe('verifyLemonSqueezySignature', () => {
  const payload = new TextEncoder().encode('{"meta":{}}');
  const hex = createHmac('sha256', 'secret123').update('{"meta":{}}').digest('hex');
  it.each([
    { header: hex, secret: 'secret123', ok: true },
    { header: hex.toUpperCase(), secret: 'secret123', ok: true },
    { header: hex, secret: 'other-secret', ok: false },
    { header: 'not-hex', secret: 'secret123', ok: false },
    { header: undefined, secret: 'secret123', ok: false },
  ])('$header with $secret → $ok', async ({ header, secret, ok }) => {
    expect(await verifyLemonSqueezySignature({ header, payload, secret })).toBe(ok);
  });
});
