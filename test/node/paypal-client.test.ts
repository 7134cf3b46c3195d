import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPayPalServer, type PayPalServer } from '../../dev/paypal-server';
import { createPayout, type PayoutItemInput } from '../../workers/integrations/paypal/create-payout';
import { getAccessToken } from '../../workers/integrations/paypal/get-access-token';
import { getPayoutBatch, listAllPayoutItems } from '../../workers/integrations/paypal/get-payout-batch';
import type { PayPalConfig } from '../../workers/integrations/paypal/paypal-config';
import { PayPalRequestError, PayPalUnavailableError } from '../../workers/integrations/paypal/paypal-errors';
import { parsePayPalWebhookEvent } from '../../workers/integrations/paypal/paypal-events';
import { verifyWebhookSignature } from '../../workers/integrations/paypal/verify-webhook-signature';
import { eventually } from '../eventually';

const CLIENT_ID = 'node-test-client';
const CLIENT_SECRET = 'node-test-secret';
const WEBHOOK_ID = 'NODETESTWEBHOOK1';

let server: PayPalServer;
let cfg: PayPalConfig;

beforeAll(async () => {
  server = await startPayPalServer({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    webhookId: WEBHOOK_ID,
    processingDelayMs: 100,
  });
  cfg = {
    baseUrl: server.url,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    webhookId: WEBHOOK_ID,
    timeoutMs: 2_000,
    retryDelaysMs: [20, 40, 80],
  };
});
afterAll(() => server.close());

const batchId = () => `test-${randomUUID()}`;
const item = (n: number, over: Partial<PayoutItemInput> = {}): PayoutItemInput => ({
  senderItemId: `item-${n}`,
  receiverEmail: `affiliate${n}@example.com`,
  amountMinor: 10_000 + n,
  currency: 'USD',
  ...over,
});

async function controlGet<T>(path: string): Promise<T> {
  return (await (await fetch(`${server.url}${path}`)).json()) as T;
}
async function controlPost(path: string, body?: unknown): Promise<void> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? '' : JSON.stringify(body),
  });
  expect(res.ok).toBe(true);
}
const calls = (senderBatchId: string) =>
  controlGet<{ createPayoutCalls: number; batches: number; tokensIssued: number }>(
    `/__control/calls?senderBatchId=${encodeURIComponent(senderBatchId)}`,
  );
const fault = (senderBatchId: string, status: number | 'timeout' | 'accept_then_500', times = 1) =>
  controlPost('/__control/faults', { path: '/v1/payments/payouts', method: 'POST', status, times, senderBatchId });

async function rawGet(path: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${await getAccessToken(cfg)}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

const finished = (payoutBatchId: string) =>
  eventually(
    async () => {
      const page = await getPayoutBatch(cfg, payoutBatchId, { page: 1, pageSize: 1000 });
      return page.batchStatus === 'SUCCESS' ? page : undefined;
    },
    30_000,
    'batch SUCCESS',
  );

describe('access token', () => {
  it('is requested once and reused from the isolate cache', async () => {
    const before = (await calls('-')).tokensIssued;
    const [a, b] = await Promise.all([getAccessToken(cfg), getAccessToken(cfg)]);
    const c = await getAccessToken(cfg);
    expect(a).toBe(b);
    expect(c).toBe(a);
    expect((await calls('-')).tokensIssued - before).toBeLessThanOrEqual(1);
  });

  it('is refreshed 60 s before expires_in', async () => {
    const short = await startPayPalServer({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      webhookId: WEBHOOK_ID,
      tokenTtlSeconds: 61,
    });
    try {
      const shortCfg = { ...cfg, baseUrl: short.url };
      const first = await getAccessToken(shortCfg);
      expect(await getAccessToken(shortCfg)).toBe(first);
      await new Promise((r) => setTimeout(r, 1_100));
      const second = await getAccessToken(shortCfg);
      expect(second).not.toBe(first);
    } finally {
      await short.close();
    }
  });

  it('a 401 on a later call drops the cached token and retries once', async () => {
    const created = await createPayout(cfg, { senderBatchId: batchId(), emailSubject: 'x', items: [item(1)] });
    const stale = await getAccessToken(cfg);
    await controlPost('/__control/expire-tokens');
    const page = await getPayoutBatch(cfg, created.payoutBatchId, { page: 1, pageSize: 10 });
    expect(page.items).toHaveLength(1);
    expect(await getAccessToken(cfg)).not.toBe(stale);
  });

  it('wrong credentials are a PayPalRequestError (invalid_client)', async () => {
    // A different client id: the cache is keyed by base URL + client id, so it must ask PayPal.
    const err = await getAccessToken({ ...cfg, clientId: 'someone-else', clientSecret: 'wrong' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PayPalRequestError);
    expect(err).toMatchObject({ status: 401, paypalName: 'invalid_client' });
  });
});

describe('createPayout and getPayoutBatch', () => {
  it('250 items read back in 3 pages of 100, and in full by listAllPayoutItems', async () => {
    const id = batchId();
    const items = Array.from({ length: 250 }, (_, n) => item(n));
    const created = await createPayout(cfg, {
      senderBatchId: id,
      emailSubject: 'Your payout',
      emailMessage: 'Thanks',
      items,
    });
    expect(created).toMatchObject({ kind: 'created', batchStatus: 'PENDING' });
    const pages = await Promise.all(
      [1, 2, 3].map((page) => getPayoutBatch(cfg, created.payoutBatchId, { page, pageSize: 100 })),
    );
    expect(pages.map((p) => p.totalPages)).toEqual([3, 3, 3]);
    expect(pages.map((p) => p.items.length)).toEqual([100, 100, 50]);
    expect(pages[0]!.senderBatchId).toBe(id);
    expect(pages.flatMap((p) => p.items.map((i) => i.senderItemId))).toEqual(items.map((i) => i.senderItemId));
    const all = await listAllPayoutItems(cfg, created.payoutBatchId);
    expect(all.items).toHaveLength(250);
    expect(new Set(all.items.map((i) => i.payoutItemId)).size).toBe(250);
  });

  it('sends amounts with the decimals PayPal wants: USD 2, JPY and HUF none, KWD 3', async () => {
    const created = await createPayout(cfg, {
      senderBatchId: batchId(),
      emailSubject: 'amounts',
      items: [
        item(1, { amountMinor: 1234, currency: 'USD' }),
        item(2, { amountMinor: 1500, currency: 'JPY' }),
        item(3, { amountMinor: 1500, currency: 'KWD' }),
        item(4, { amountMinor: 150_000, currency: 'HUF' }),
        item(5, { amountMinor: 5, currency: 'usd' }),
      ],
    });
    const body = await rawGet(`/v1/payments/payouts/${created.payoutBatchId}`);
    const amounts = (body.items as { payout_item: { amount: { value: string; currency: string } } }[]).map(
      (i) => i.payout_item.amount,
    );
    expect(amounts).toEqual([
      { value: '12.34', currency: 'USD' },
      { value: '1500', currency: 'JPY' },
      { value: '1.500', currency: 'KWD' },
      { value: '1500', currency: 'HUF' },
      { value: '0.05', currency: 'USD' },
    ]);
  });

  it.each([
    ['HUF with fillér', { amountMinor: 150_050, currency: 'HUF' }],
    ['TWD with cents', { amountMinor: 1, currency: 'TWD' }],
    ['zero', { amountMinor: 0, currency: 'USD' }],
    ['fractional minor units', { amountMinor: 1.5, currency: 'USD' }],
  ])('refuses %s before calling PayPal', async (_label, over) => {
    const id = batchId();
    await expect(createPayout(cfg, { senderBatchId: id, emailSubject: 'x', items: [item(1, over)] })).rejects.toThrow(
      RangeError,
    );
    expect((await calls(id)).createPayoutCalls).toBe(0);
  });

  it('refuses an empty batch and one over 15,000 items (the caller splits)', async () => {
    await expect(createPayout(cfg, { senderBatchId: batchId(), emailSubject: 'x', items: [] })).rejects.toThrow(
      RangeError,
    );
    const many = Array.from({ length: 15_001 }, (_, n) => item(n));
    await expect(createPayout(cfg, { senderBatchId: batchId(), emailSubject: 'x', items: many })).rejects.toThrow(
      RangeError,
    );
  });

  it('a repeated sender_item_id is PayPal DUPLICATE_ITEM', async () => {
    const err = await createPayout(cfg, {
      senderBatchId: batchId(),
      emailSubject: 'x',
      items: [item(1), item(2, { senderItemId: 'item-1' })],
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PayPalRequestError);
    expect(err).toMatchObject({
      status: 400,
      paypalName: 'DUPLICATE_ITEM',
      details: [expect.objectContaining({ field: 'items[1].sender_item_id' })],
    });
  });

  it('the server refuses amounts with the wrong decimals (VALIDATION_ERROR)', async () => {
    const res = await fetch(`${server.url}/v1/payments/payouts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await getAccessToken(cfg)}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        sender_batch_header: { sender_batch_id: batchId() },
        items: [
          { amount: { value: '12.3', currency: 'USD' }, receiver: 'a@example.com' },
          { amount: { value: '15.00', currency: 'JPY' }, receiver: 'b@example.com' },
        ],
      }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { name: string; details: { field: string }[] };
    expect(body.name).toBe('VALIDATION_ERROR');
    expect(body.details.map((d) => d.field)).toEqual(['items[0].amount.value', 'items[1].amount.value']);
  });

  it('an unknown payout batch is a 404 PayPalRequestError', async () => {
    await expect(getPayoutBatch(cfg, 'NOSUCHBATCH', { page: 1, pageSize: 10 })).rejects.toMatchObject({
      status: 404,
      paypalName: 'RESOURCE_NOT_FOUND',
    });
  });
});

describe('idempotency and retries (one sender_batch_id, one batch)', () => {
  it('a reused sender_batch_id resolves to the original payout', async () => {
    const id = batchId();
    const first = await createPayout(cfg, { senderBatchId: id, emailSubject: 'x', items: [item(1)] });
    const again = await createPayout(cfg, { senderBatchId: id, emailSubject: 'x', items: [item(1)] });
    expect(again).toEqual({ kind: 'duplicate', payoutBatchId: first.payoutBatchId, batchStatus: expect.any(String) });
    expect(await calls(id)).toMatchObject({ createPayoutCalls: 2, batches: 1 });
  });

  it.each([500, 503, 429])('%s then success is retried with the same sender_batch_id', async (status) => {
    const id = batchId();
    await fault(id, status, 2);
    const created = await createPayout(cfg, { senderBatchId: id, emailSubject: 'x', items: [item(1)] });
    expect(created.kind).toBe('created');
    expect(await calls(id)).toMatchObject({ createPayoutCalls: 3, batches: 1 });
  });

  it('accept_then_500 (a crash after PayPal applied it): the retry resolves to the original, still one batch', async () => {
    const id = batchId();
    await fault(id, 'accept_then_500');
    const result = await createPayout(cfg, { senderBatchId: id, emailSubject: 'x', items: [item(1), item(2)] });
    expect(result.kind).toBe('duplicate');
    expect(await calls(id)).toMatchObject({ createPayoutCalls: 2, batches: 1 });
    const page = await getPayoutBatch(cfg, result.payoutBatchId, { page: 1, pageSize: 10 });
    expect(page.senderBatchId).toBe(id);
    expect(page.items).toHaveLength(2);
  });

  it('a timeout is retried with the same sender_batch_id', async () => {
    const id = batchId();
    await fault(id, 'timeout');
    const created = await createPayout(
      { ...cfg, timeoutMs: 300 },
      { senderBatchId: id, emailSubject: 'x', items: [item(1)] },
    );
    expect(created.kind).toBe('created');
    expect(await calls(id)).toMatchObject({ createPayoutCalls: 2, batches: 1 });
  });

  it('after 3 retries it throws PayPalUnavailableError — and the payout may exist, as here', async () => {
    const id = batchId();
    await fault(id, 'accept_then_500', 4);
    const err = await createPayout(cfg, { senderBatchId: id, emailSubject: 'x', items: [item(1)] }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PayPalUnavailableError);
    expect(err).toMatchObject({ attempts: 4 });
    expect(await calls(id)).toMatchObject({ createPayoutCalls: 4, batches: 1 });
    // The caller's later retry with the same id finds it instead of paying twice.
    const later = await createPayout(cfg, { senderBatchId: id, emailSubject: 'x', items: [item(1)] });
    expect(later.kind).toBe('duplicate');
    expect(await calls(id)).toMatchObject({ batches: 1 });
  });
});

describe('results and webhooks', () => {
  it('each receiver address gets its documented outcome', async () => {
    const tags = ['', '+failed', '+unclaimed', '+returned', '+blocked', '+refunded', '+reversed', '+onhold'];
    const created = await createPayout(cfg, {
      senderBatchId: batchId(),
      emailSubject: 'outcomes',
      items: tags.map((tag, n) => item(n, { receiverEmail: `aff${tag}@example.com` })),
    });
    const pending = await getPayoutBatch(cfg, created.payoutBatchId, { page: 1, pageSize: 100 });
    expect(pending.items.every((i) => i.transactionStatus === 'PENDING')).toBe(true);
    const done = await finished(created.payoutBatchId);
    expect(done.items.map((i) => [i.transactionStatus, i.transactionId === null, i.error?.name ?? null])).toEqual([
      ['SUCCESS', false, null],
      ['FAILED', true, 'RECEIVER_ACCOUNT_LOCKED'],
      ['UNCLAIMED', false, 'RECEIVER_UNREGISTERED'],
      ['RETURNED', false, 'RECEIVER_UNREGISTERED'],
      ['BLOCKED', true, 'RECEIVER_ACCOUNT_LOCKED'],
      ['REFUNDED', false, null],
      ['REVERSED', false, null],
      ['ONHOLD', false, 'PENDING_RECIPIENT_NON_HOLDING_CURRENCY_PAYMENT_PREFERENCE'],
    ]);
  });

  it('sends signed batch and item events that verify; tampered, wrong webhook id and missing headers do not', async () => {
    const id = batchId();
    const created = await createPayout(cfg, {
      senderBatchId: id,
      emailSubject: 'hooks',
      items: [item(1), item(2, { receiverEmail: 'x+failed@example.com' })],
    });
    await finished(created.payoutBatchId);
    type Hook = { eventType: string; headers: Record<string, string>; body: string };
    const { webhooks } = await controlGet<{ webhooks: Hook[] }>(`/__control/webhooks?senderBatchId=${id}`);
    expect(webhooks.map((w) => w.eventType)).toEqual([
      'PAYMENT.PAYOUTSBATCH.PROCESSING',
      'PAYMENT.PAYOUTS-ITEM.SUCCEEDED',
      'PAYMENT.PAYOUTS-ITEM.FAILED',
      'PAYMENT.PAYOUTSBATCH.SUCCESS',
    ]);
    for (const hook of webhooks) {
      expect(await verifyWebhookSignature(cfg, new Headers(hook.headers), JSON.parse(hook.body))).toBe(true);
    }

    const [processing, succeeded, failed, success] = webhooks.map((w) => parsePayPalWebhookEvent(JSON.parse(w.body)));
    expect(processing).toMatchObject({
      kind: 'batch',
      payoutBatchId: created.payoutBatchId,
      senderBatchId: id,
      batchStatus: 'PROCESSING',
    });
    expect(succeeded).toMatchObject({
      kind: 'item',
      payoutBatchId: created.payoutBatchId,
      senderItemId: 'item-1',
      transactionStatus: 'SUCCESS',
      error: null,
    });
    expect(failed).toMatchObject({
      kind: 'item',
      senderItemId: 'item-2',
      transactionStatus: 'FAILED',
      transactionId: null,
      error: { name: 'RECEIVER_ACCOUNT_LOCKED' },
    });
    expect(success).toMatchObject({ kind: 'batch', batchStatus: 'SUCCESS' });

    const hook = webhooks[1]!;
    const event = JSON.parse(hook.body) as { resource: { transaction_status: string } };
    event.resource.transaction_status = 'FAILED';
    expect(await verifyWebhookSignature(cfg, new Headers(hook.headers), event)).toBe(false);
    expect(
      await verifyWebhookSignature(
        { ...cfg, webhookId: 'OTHERWEBHOOK2' },
        new Headers(hook.headers),
        JSON.parse(hook.body),
      ),
    ).toBe(false);
    const otherBody = JSON.parse(webhooks[2]!.body) as unknown;
    expect(await verifyWebhookSignature(cfg, new Headers(hook.headers), otherBody)).toBe(false);

    // Missing headers answer false without a call: a dead base URL would otherwise throw.
    const dead = { ...cfg, baseUrl: 'http://127.0.0.1:1', retryDelaysMs: [] };
    const partial = new Headers(hook.headers);
    partial.delete('paypal-transmission-sig');
    expect(await verifyWebhookSignature(dead, partial, JSON.parse(hook.body))).toBe(false);
    expect(
      await verifyWebhookSignature({ ...dead, webhookId: null }, new Headers(hook.headers), JSON.parse(hook.body)),
    ).toBe(false);
  });

  it('ignores event types we do not subscribe to', () => {
    expect(parsePayPalWebhookEvent({ id: 'WH-1', event_type: 'PAYMENT.SALE.COMPLETED', resource: {} })).toEqual({
      kind: 'unsupported',
      eventId: 'WH-1',
      eventType: 'PAYMENT.SALE.COMPLETED',
    });
  });

  it('with a webhook URL, POSTs each event there with the PayPal headers (as npm start does)', async () => {
    const received: { headers: Headers; body: string }[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: new Headers(req.headers as Record<string, string>), body });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const pushing = await startPayPalServer({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      webhookId: WEBHOOK_ID,
      processingDelayMs: 50,
      webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/v1/paypal/webhooks`,
    });
    try {
      const pushCfg = { ...cfg, baseUrl: pushing.url };
      await createPayout(pushCfg, { senderBatchId: batchId(), emailSubject: 'push', items: [item(1)] });
      await eventually(async () => (received.length === 3 ? true : undefined), 30_000, 'three deliveries');
      for (const delivery of received) {
        expect(delivery.headers.get('paypal-auth-algo')).toBe('SHA256withRSA');
        expect(await verifyWebhookSignature(pushCfg, delivery.headers, JSON.parse(delivery.body))).toBe(true);
      }
    } finally {
      await pushing.close();
      await new Promise<void>((r) => receiver.close(() => r()));
    }
  });
});

/** PayPal's OpenAPI `error` schema (payments_payouts_batch_v1, notifications_webhooks_v1): these are required. */
const REQUIRED_ERROR_FIELDS = ['name', 'message', 'debug_id'] as const;
const missingErrorFields = (error: unknown): string[] =>
  REQUIRED_ERROR_FIELDS.filter((f) => {
    const v = (error as Record<string, unknown> | null)?.[f];
    return typeof v !== 'string' || v.length === 0;
  });

describe("error objects follow PayPal's error schema", () => {
  it('top-level error bodies carry name, message and debug_id', async () => {
    const token = await getAccessToken(cfg);
    const ask = async (path: string, init: RequestInit = {}) => {
      const res = await fetch(`${server.url}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
      });
      return { status: res.status, body: (await res.json()) as unknown };
    };
    const replies = {
      unauthenticated: await ask('/v1/payments/payouts/X', { headers: { authorization: 'Bearer nope' } }),
      unknownBatch: await ask('/v1/payments/payouts/NOSUCHBATCH'),
      unknownRoute: await ask('/v1/no/such/route'),
      badPage: await ask('/v1/payments/payouts/X?page=0'),
      malformed: await ask('/v1/payments/payouts', { method: 'POST', body: '{not json' }),
      invalid: await ask('/v1/payments/payouts', { method: 'POST', body: '{}' }),
    };
    for (const [label, reply] of Object.entries(replies)) {
      expect(reply.status, label).toBeGreaterThanOrEqual(400);
      expect(missingErrorFields(reply.body), label).toEqual([]);
    }
  });

  it("each item's errors, in the batch and in its webhook, carry name, message and debug_id; the client keeps debug_id", async () => {
    const id = batchId();
    const tags = ['+failed', '+unclaimed', '+returned', '+blocked', '+onhold'];
    const created = await createPayout(cfg, {
      senderBatchId: id,
      emailSubject: 'errors',
      items: tags.map((tag, n) => item(n, { receiverEmail: `aff${tag}@example.com` })),
    });
    const done = await finished(created.payoutBatchId);
    expect(done.items.map((i) => i.error?.debugId)).toEqual(tags.map(() => expect.stringMatching(/^[0-9a-f]{13}$/)));

    const raw = await rawGet(`/v1/payments/payouts/${created.payoutBatchId}`);
    const itemErrors = (raw.items as { errors?: unknown }[]).map((i) => i.errors);
    expect(itemErrors).toHaveLength(tags.length);
    for (const error of itemErrors) expect(missingErrorFields(error)).toEqual([]);

    type Hook = { eventType: string; body: string };
    const { webhooks } = await controlGet<{ webhooks: Hook[] }>(`/__control/webhooks?senderBatchId=${id}`);
    const itemHooks = webhooks.filter((w) => w.eventType.startsWith('PAYMENT.PAYOUTS-ITEM.'));
    expect(itemHooks.length).toBeGreaterThan(0);
    for (const hook of itemHooks) {
      const { resource } = JSON.parse(hook.body) as { resource: { errors?: unknown } };
      expect(missingErrorFields(resource.errors), hook.eventType).toEqual([]);
      const parsed = parsePayPalWebhookEvent(JSON.parse(hook.body));
      expect(parsed.kind === 'item' && parsed.error?.debugId).toMatch(/^[0-9a-f]{13}$/);
    }
  });
});
