import { beforeAll, describe, expect, it } from 'vitest';
import { signatureHeader } from '../../workers/domain/request-signature';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { expectStatus } from '../api-client';
import { endpointPath, setBillingSecret } from '../billing-providers';
import { insertClick, nextEventId } from '../conversions';
import { nowSeconds, sendRaw } from '../inbound';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const SECRET = 'generic-billing-secret-0123456789abcdef';
const HOUR = 3_600_000;

async function deliver(appId: string, event: unknown, opts: { t?: number; secret?: string } = {}) {
  const body = JSON.stringify(event);
  const header = await signatureHeader(opts.secret ?? SECRET, opts.t ?? nowSeconds(), new TextEncoder().encode(body));
  return sendRaw(endpointPath('billing', appId), {
    body,
    headers: { 'content-type': 'application/json', 'x-ae-signature': header },
  });
}

const at = () => new Date().toISOString();

beforeAll(async () => {
  await setBillingSecret(acme, 'generic', SECRET);
});

describe('generic billing webhook', () => {
  let clickId: string;
  beforeAll(async () => {
    clickId = (await insertClick(db, acme, { at: new Date(Date.now() - HOUR) })).id;
  });

  it('records a sale, a partial refund of exactly that payment, a dispute and a cancel; repeats record nothing', async () => {
    const sale = {
      id: nextEventId('chargebee'),
      type: 'sale',
      occurred_at: at(),
      order_id: 'inv_1001',
      customer_id: 'cust_1',
      amount: 2900,
      currency: 'USD',
      click_id: clickId,
    };
    const res = await deliver(acme.app.id, sale);
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      conversion: { type: 'sale', source: 'billing_webhook', amountMinor: 2900 },
      attribution: { affiliateId: acme.affiliate.id },
    });
    const again = await deliver(acme.app.id, sale);
    expectStatus(again, 200);
    expect(again.body.duplicate).toBe(true);

    const refund = await deliver(acme.app.id, {
      id: nextEventId('chargebee'),
      type: 'refund',
      occurred_at: at(),
      order_id: 'inv_1001',
      amount: 900,
      currency: 'USD',
    });
    expectStatus(refund, 201);
    expect(refund.body.conversion).toMatchObject({ amountMinor: 900, parentConversionId: res.body.conversion.id });

    const dispute = await deliver(acme.app.id, {
      id: nextEventId('chargebee'),
      type: 'dispute.opened',
      occurred_at: at(),
      order_id: 'inv_1001',
      dispute_id: 'dp_1',
      amount: 2000,
      currency: 'USD',
    });
    expectStatus(dispute, 200);
    expect(dispute.body.dispute).toMatchObject({ status: 'open', conversionId: res.body.conversion.id });

    const cancel = await deliver(acme.app.id, {
      id: nextEventId('chargebee'),
      type: 'cancel',
      occurred_at: at(),
      customer_id: 'cust_1',
    });
    expectStatus(cancel, 201);
    expect(cancel.body.conversion).toMatchObject({ type: 'cancel', amountMinor: 0 });
  });

  it('answers 400 with the field for a shape it cannot use', async () => {
    const res = await deliver(acme.app.id, { id: 'x1', type: 'sale', occurred_at: at(), amount: 100, currency: 'USD' });
    expectStatus(res, 400);
    expect(JSON.stringify(res.body.error)).toContain('order_id');
    const unknown = await deliver(acme.app.id, { id: 'x2', type: 'payment', occurred_at: at(), order_id: 'o' });
    expectStatus(unknown, 400);
  });

  it('refuses a bad signature, a stale one, and answers 404 to an app without the generic webhook', async () => {
    const event = { id: 'x3', type: 'cancel', occurred_at: at(), customer_id: 'c' };
    const bad = await deliver(acme.app.id, event, { secret: 'another-secret-0123456789abcdefghijkl' });
    expectStatus(bad, 401);
    expect(bad.body.error.code).toBe('invalid_signature');
    const stale = await deliver(acme.app.id, event, { t: nowSeconds() - 3600 });
    expectStatus(stale, 401);
    expect(stale.body.error.code).toBe('signature_expired');
    expectStatus(await deliver(other.app.id, event), 404);
  });
});
