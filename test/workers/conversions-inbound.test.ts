import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { computeSignature, signatureHeader } from '../../workers/domain/request-signature';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, nextEventId } from '../conversions';
import { issueAppKey, nowSeconds, postConversion, sendRaw, type AppKey } from '../inbound';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

let key: AppKey;
beforeAll(async () => {
  key = await issueAppKey(acme);
});

const HOUR = 3_600_000;
const lead = () => ({ event_id: nextEventId(), type: 'lead' });
const conversionRows = (eventId: string) => db.select().from(s.conversions).where(eq(s.conversions.eventId, eventId));

describe('POST /api/v1/conversions: valid requests', () => {
  it('records a signed sale, attributes it to the click and answers 201 with the outcome', async () => {
    const click = await insertClick(db, acme, { at: new Date(Date.now() - HOUR) });
    const event = {
      event_id: nextEventId(),
      type: 'sale',
      click_id: click.id,
      amount: 4900,
      currency: 'USD',
      order_id: 'order-1',
      customer_id: 'cus-1',
    };
    const res = await postConversion(key, event);
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      duplicate: false,
      conversion: { eventId: event.event_id, type: 'sale', source: 'api', amountMinor: 4900, currency: 'USD' },
      attribution: {
        method: 'click_id',
        clickId: click.id,
        affiliateId: acme.affiliate.id,
        programId: acme.program.id,
      },
    });
    // 30 % of 49.00 for the affiliate.
    expect(res.body.commissions).toEqual([
      expect.objectContaining({ level: 0, amountMinor: 1470, currency: 'USD', beneficiaryId: acme.affiliate.id }),
    ]);
    const [row] = await conversionRows(event.event_id);
    expect(row).toMatchObject({
      id: res.body.conversion.id,
      appId: acme.app.id,
      organizationId: acme.org.id,
      source: 'api',
      orderId: 'order-1',
    });
  });

  it('answers a repeated event with 200, duplicate: true and the same conversion', async () => {
    const event = lead();
    const first = await postConversion(key, event);
    expectStatus(first, 201);
    const again = await postConversion(key, event);
    expectStatus(again, 200);
    expect(again.body).toMatchObject({ duplicate: true, conversion: { id: first.body.conversion.id } });
    expect(await conversionRows(event.event_id)).toHaveLength(1);
  });

  it('records the same event sent 20 times concurrently exactly once, with one set of commissions', async () => {
    const click = await insertClick(db, acme, { at: new Date(Date.now() - HOUR) });
    const event = { event_id: nextEventId('race'), type: 'sale', click_id: click.id, amount: 10_000, currency: 'USD' };
    const answers = await Promise.all(Array.from({ length: 20 }, () => postConversion(key, event)));
    expect(answers.map((a) => a.status).sort()).toEqual([...Array<number>(19).fill(200), 201]);
    const ids = new Set(answers.map((a) => a.body.conversion.id));
    expect(ids.size).toBe(1);
    expect(answers.filter((a) => a.body.duplicate === false)).toHaveLength(1);
    const rows = await conversionRows(event.event_id);
    expect(rows).toHaveLength(1);
    const commissions = await db.select().from(s.commissions).where(eq(s.commissions.conversionId, rows[0]!.id));
    expect(commissions.map((c) => [c.level, c.amountMinor])).toEqual([[0, 3000]]);
    // Every answer names the same commission set, including the duplicates.
    for (const a of answers)
      expect(a.body.commissions.map((c: { id: string }) => c.id)).toEqual(commissions.map((c) => c.id));
  });

  it('accepts a header with two v1 signatures while the sender rotates keys', async () => {
    const body = JSON.stringify(lead());
    const t = nowSeconds();
    const bytes = new TextEncoder().encode(body);
    const signature = `t=${t},v1=${await computeSignature('ae_sig_retired_secret', t, bytes)},v1=${await computeSignature(key.signingSecret, t, bytes)}`;
    expectStatus(await postConversion(key, body, { signature }), 201);
  });

  it('accepts a clock up to the tolerance apart, in both directions', async () => {
    expectStatus(await postConversion(key, lead(), { t: nowSeconds() - 240 }), 201);
    expectStatus(await postConversion(key, lead(), { t: nowSeconds() + 240 }), 201);
  });

  it('accepts a content type with a charset', async () => {
    expectStatus(
      await postConversion(key, lead(), { headers: { 'content-type': 'application/json; charset=utf-8' } }),
      201,
    );
  });

  it('updates the key’s last_used_at, at most once a minute', async () => {
    const fresh = await issueAppKey(acme);
    const lastUsed = async () => (await db.select().from(s.apiKeys).where(eq(s.apiKeys.id, fresh.id)))[0]!.lastUsedAt;
    expect(await lastUsed()).toBeNull();
    expectStatus(await postConversion(fresh, lead()), 201);
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    expectStatus(await postConversion(fresh, lead()), 201);
    expect((await lastUsed())!.getTime()).toBe(first!.getTime());
    // A minute later (moved back in the row), the next request writes again.
    await db
      .update(s.apiKeys)
      .set({ lastUsedAt: new Date(Date.now() - 2 * 60_000) })
      .where(eq(s.apiKeys.id, fresh.id));
    expectStatus(await postConversion(fresh, lead()), 201);
    expect(Date.now() - (await lastUsed())!.getTime()).toBeLessThan(30_000);
  });
});

describe('POST /api/v1/conversions: authentication', () => {
  it('answers 401 unauthorized without a key, with a malformed one, or with an unknown one', async () => {
    const body = new TextEncoder().encode(JSON.stringify(lead()));
    const signature = await signatureHeader(key.signingSecret, nowSeconds(), body);
    for (const authorization of [
      undefined,
      'Basic dXNlcjpwYXNz',
      'Bearer not-a-key',
      'Bearer ae_live_abcdefgh_0123456789abcdefghijklmnopqrstuv',
    ]) {
      const headers: Record<string, string> = { 'content-type': 'application/json', 'x-ae-signature': signature };
      if (authorization) headers.authorization = authorization;
      expectStatus(await sendRaw('/api/v1/conversions', { body, headers }), 401, 'unauthorized');
    }
  });

  it('answers 401 unauthorized once the key is revoked', async () => {
    const doomed = await issueAppKey(acme);
    expectStatus(await postConversion(doomed, lead()), 201);
    expectStatus(
      await call(acme.owner, 'DELETE', `/orgs/${acme.org.id}/apps/${acme.app.id}/api-keys/${doomed.id}`),
      204,
    );
    expectStatus(await postConversion(doomed, lead()), 401, 'unauthorized');
  });

  it('answers 403 when the key’s app is disabled', async () => {
    const [app] = await db
      .insert(s.apps)
      .values({
        organizationId: acme.org.id,
        name: 'Disabled',
        siteUrl: 'https://off.example/',
        allowedDomains: ['off.example'],
      })
      .returning();
    const disabledKey = await issueAppKey(acme, app!.id);
    await db.update(s.apps).set({ status: 'disabled' }).where(eq(s.apps.id, app!.id));
    expectStatus(await postConversion(disabledKey, lead()), 403, 'forbidden');
  });

  it.each([
    { label: 'no signature header', opts: { signature: null } },
    { label: 'a malformed signature header', opts: { signature: 'sha256=abc' } },
    { label: 'a signature with a wrong secret', opts: { secret: 'ae_sig_wrong' } },
    { label: 'an empty v1', opts: { signature: `t=${Math.floor(Date.now() / 1000)},v1=` } },
  ])('answers 401 invalid_signature to $label', async ({ opts }) => {
    expectStatus(await postConversion(key, lead(), opts), 401, 'invalid_signature');
  });

  it('answers 401 invalid_signature to a body changed after signing', async () => {
    const signed = new TextEncoder().encode(JSON.stringify({ ...lead(), amount: 100, currency: 'USD' }));
    const signature = await signatureHeader(key.signingSecret, nowSeconds(), signed);
    const tampered = new TextDecoder().decode(signed).replace('"amount":100', '"amount":999');
    expectStatus(await postConversion(key, tampered, { signature }), 401, 'invalid_signature');
  });

  it('answers 401 invalid_signature to a request signed with another app’s secret', async () => {
    const otherKey = await issueAppKey(other);
    expectStatus(await postConversion(key, lead(), { secret: otherKey.signingSecret }), 401, 'invalid_signature');
  });

  it('answers 401 signature_expired to a replay (an old timestamp) and to a timestamp far ahead', async () => {
    const event = lead();
    const t = nowSeconds() - 600;
    const res = await postConversion(key, event, { t });
    expectStatus(res, 401, 'signature_expired');
    expectStatus(await postConversion(key, lead(), { t: nowSeconds() + 600 }), 401, 'signature_expired');
    expect(await conversionRows(event.event_id)).toHaveLength(0);
  });
});

describe('POST /api/v1/conversions: malformed input (signed correctly) is a 4xx, never a 500', () => {
  it.each([
    { label: 'a broken JSON body', body: '{"event_id":', status: 400, code: 'invalid_json' },
    { label: 'an empty body', body: '', status: 400, code: 'invalid_json' },
    {
      label: 'invalid UTF-8',
      body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
      status: 400,
      code: 'invalid_json',
    },
    { label: 'a JSON array', body: '[]', status: 400, code: 'validation_failed' },
    { label: 'JSON null', body: 'null', status: 400, code: 'validation_failed' },
    {
      label: 'a wrong type (amount as a string)',
      body: { event_id: 'e-types', type: 'sale', amount: '49.00', currency: 'USD' },
      status: 400,
      code: 'validation_failed',
    },
    {
      label: 'an unknown event type',
      body: { event_id: 'e-kind', type: 'purchase' },
      status: 400,
      code: 'validation_failed',
    },
    {
      label: 'the event id prefix reserved for pay-per-click credits',
      body: { event_id: 'CPC:0193a1b2:2026-11-20:0', type: 'lead' },
      status: 400,
      code: 'validation_failed',
    },
    {
      label: 'an unknown field',
      body: { event_id: 'e-unknown', type: 'lead', affiliate_id: 'me' },
      status: 400,
      code: 'validation_failed',
    },
    {
      label: 'a sale without an amount',
      body: { event_id: 'e-noamount', type: 'sale' },
      status: 400,
      code: 'validation_failed',
    },
    {
      label: 'a float amount',
      body: { event_id: 'e-float', type: 'sale', amount: 49.5, currency: 'USD' },
      status: 400,
      code: 'validation_failed',
    },
    {
      label: 'a click id that is no UUIDv7',
      body: { event_id: 'e-click', type: 'lead', click_id: 'abc' },
      status: 400,
      code: 'validation_failed',
    },
    {
      label: 'a NUL in the event id',
      body: { event_id: 'e\u0000nul', type: 'lead' },
      status: 400,
      code: 'validation_failed',
    },
    {
      label: '20,000 nested arrays',
      body: '['.repeat(20_000) + ']'.repeat(20_000),
      status: 400,
      code: 'validation_failed',
    },
    {
      label: 'a body over 64 KiB',
      body: { event_id: 'e-huge', type: 'lead', metadata: { blob: 'x'.repeat(70_000) } },
      status: 413,
      code: 'payload_too_large',
    },
  ])('$label → $status $code', async ({ body, status, code }) => {
    expectStatus(await postConversion(key, body), status, code);
  });

  it('names the failing fields in details', async () => {
    const res = await postConversion(key, { event_id: 'e-details', type: 'sale', amount: -1, currency: 'usd' });
    expectStatus(res, 400, 'validation_failed');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['amount', 'currency']),
    );
  });

  it('answers 415 to a body that is not declared as JSON', async () => {
    expectStatus(
      await postConversion(key, lead(), { headers: { 'content-type': 'text/plain' } }),
      415,
      'unsupported_media_type',
    );
  });

  it('answers 405 or 404 to other methods, not 500', async () => {
    const res = await sendRaw('/api/v1/conversions', { method: 'GET' });
    expect([404, 405]).toContain(res.status);
  });

  it('stored nothing for any refused request', async () => {
    const refused = await db.select().from(s.conversions).where(eq(s.conversions.eventId, 'e-unknown'));
    expect(refused).toHaveLength(0);
  });
});

describe('the OpenAPI document', () => {
  it('documents the operation with the API key and signature security schemes', async () => {
    const doc = (await call(null, 'GET', '/openapi.json')).body;
    const op = doc.paths['/api/v1/conversions'].post;
    expect(op.security).toEqual([{ appApiKey: [], requestSignature: [] }]);
    expect(op.requestBody.content['application/json'].schema).toBeDefined();
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '401']));
    expect(doc.components.securitySchemes.requestSignature).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'X-AE-Signature',
    });
    expect(doc.components.securitySchemes.appApiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/api/v1/stripe/{appId}/webhooks'].post.security).toEqual([{ stripeSignature: [] }]);
  });
});
