import { describe, expect, it } from 'vitest';
import { AffiliateEdgeError, type ClientOptions, createClient, signatureHeader } from '../src/index';

const SECRET = 'ae_sig_K7mQ2vX9pL4rT8wZ1nB6cF3hJ5dG0sYe';
const NOW = 1_767_225_600_000;

interface Seen {
  url: string;
  headers: Record<string, string>;
  body: string;
}

type Reply = number | 'hang' | 'network';

/** A fake API answering `replies` in order, recording each request; and the waits the client asked for. */
function fakeApi(replies: Reply[], options: Partial<ClientOptions> = {}) {
  const seen: Seen[] = [];
  const sleeps: number[] = [];
  let clock = NOW;
  const fetch = (async (url: string, init: RequestInit) => {
    const body = new TextDecoder().decode(init.body as Uint8Array);
    seen.push({ url, headers: init.headers as Record<string, string>, body });
    const reply = replies[seen.length - 1] ?? 201;
    if (reply === 'network') throw new TypeError('fetch failed');
    if (reply === 'hang')
      return new Promise<Response>((_, reject) => {
        // As fetch does: a signal aborted already rejects at once, a later abort when it comes.
        if (init.signal?.aborted) reject(new DOMException('aborted', 'AbortError'));
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const answer =
      reply < 300
        ? { duplicate: reply === 200, conversion: { eventId: JSON.parse(body).event_id } }
        : {
            error: { code: reply === 400 ? 'validation_failed' : 'internal', message: `status ${reply}`, details: [] },
          };
    return new Response(JSON.stringify(answer), { status: reply, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  const client = createClient({
    apiKey: 'ae_live_test',
    signingSecret: SECRET,
    baseUrl: 'https://track.example.com/',
    fetch,
    timeoutMs: 20,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms + 1_000;
    },
    now: () => clock,
    ...options,
  });
  return { client, seen, sleeps };
}

const eventIds = (seen: Seen[]) => seen.map((s) => JSON.parse(s.body).event_id);

describe('track calls', () => {
  it('POST the event, signed over the exact bytes sent, with the API key', async () => {
    const { client, seen } = fakeApi([201]);
    const outcome = await client.trackSale({ event_id: 'order-1001', amount: 4900, currency: 'USD', order_id: '1001' });
    expect(outcome).toMatchObject({ duplicate: false, conversion: { eventId: 'order-1001' } });
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request!.url).toBe('https://track.example.com/api/v1/conversions');
    expect(JSON.parse(request!.body)).toEqual({
      event_id: 'order-1001',
      type: 'sale',
      amount: 4900,
      currency: 'USD',
      order_id: '1001',
    });
    expect(request!.headers.authorization).toBe('Bearer ae_live_test');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['X-AE-Signature']).toBe(await signatureHeader(SECRET, NOW / 1000, request!.body));
  });

  it.each([
    ['trackLead', 'lead'],
    ['trackRefund', 'refund'],
    ['trackCancel', 'cancel'],
  ] as const)('%s sends type %s, with a generated event_id when none is given', async (method, type) => {
    const { client, seen } = fakeApi([201]);
    await client[method]({ customer_id: 'cus_1' });
    const body = JSON.parse(seen[0]!.body);
    expect(body).toMatchObject({ type, customer_id: 'cus_1' });
    expect(body.event_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a repeat (200) with duplicate: true rather than failing', async () => {
    const { client } = fakeApi([200]);
    expect(await client.trackRebill({ event_id: 'inv-1', amount: 900, currency: 'EUR' })).toMatchObject({
      duplicate: true,
    });
  });
});

describe('retries', () => {
  it('retries 5xx with the same bytes (same event_id), a fresh signature time and growing waits', async () => {
    const { client, seen, sleeps } = fakeApi([503, 500, 502, 201]);
    await client.trackLead({});
    expect(seen).toHaveLength(4);
    const ids = eventIds(seen);
    expect(new Set(ids).size).toBe(1);
    expect(new Set(seen.map((s) => s.body)).size).toBe(1);
    // Each attempt is signed when sent: the timestamps move on with the clock.
    const stamps = seen.map((s) => Number(/t=(\d+)/.exec(s.headers['X-AE-Signature']!)![1]));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    expect(new Set(stamps).size).toBe(4);
    expect(sleeps).toHaveLength(3);
    // Equal jitter around 500 · 2^n: each wait is within [ceiling/2, ceiling].
    sleeps.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(250 * 2 ** i);
      expect(ms).toBeLessThanOrEqual(500 * 2 ** i);
    });
  });

  it('retries timeouts and network errors with the same event_id', async () => {
    const { client, seen } = fakeApi(['hang', 'network', 201]);
    const outcome = await client.trackSale({ event_id: 'order-7', amount: 100, currency: 'USD' });
    expect(outcome.conversion.eventId).toBe('order-7');
    expect(eventIds(seen)).toEqual(['order-7', 'order-7', 'order-7']);
  });

  it('gives up after `retries` with a retryable error naming the event_id', async () => {
    const { client, seen } = fakeApi([503, 503, 503], { retries: 2 });
    const error = await client.trackLead({ event_id: 'lead-9' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AffiliateEdgeError);
    expect(error).toMatchObject({ status: 503, eventId: 'lead-9', attempts: 3, retryable: true, code: 'internal' });
    expect(seen).toHaveLength(3);
  });

  it('reports a timeout on the last attempt as code timeout, status null', async () => {
    const { client } = fakeApi(['hang', 'hang'], { retries: 1 });
    await expect(client.trackLead({ event_id: 'lead-10' })).rejects.toMatchObject({
      code: 'timeout',
      status: null,
      attempts: 2,
      retryable: true,
    });
  });

  it.each([400, 401, 403, 409, 413, 429])('never retries a %i', async (status) => {
    const { client, seen, sleeps } = fakeApi([status, 201]);
    const error = await client.trackLead({ event_id: 'lead-11' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AffiliateEdgeError);
    expect(error).toMatchObject({ status, attempts: 1, retryable: status === 429 });
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('passes the API’s error code and details through', async () => {
    const { client } = fakeApi([400]);
    await expect(client.trackLead({ event_id: 'lead-12' })).rejects.toMatchObject({
      code: 'validation_failed',
      details: [],
      message: 'lead lead-12: 400 status 400',
    });
  });

  it('stops at once when the caller aborts', async () => {
    const { client, seen } = fakeApi(['hang', 201], { timeoutMs: 10_000 });
    const controller = new AbortController();
    const call = client.trackLead({ event_id: 'lead-13' }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('shutting down')), 5);
    await expect(call).rejects.toThrow('shutting down');
    expect(seen.length).toBeLessThanOrEqual(1);
  });

  it('sends nothing when the caller has aborted already', async () => {
    const { client, seen } = fakeApi([201], { timeoutMs: 10_000 });
    const controller = new AbortController();
    controller.abort(new Error('shutting down'));
    await expect(client.trackLead({ event_id: 'lead-14' }, { signal: controller.signal })).rejects.toThrow(
      'shutting down',
    );
    expect(seen).toHaveLength(0);
  });
});

it('createClient refuses missing credentials', () => {
  expect(() => createClient({ apiKey: '', signingSecret: SECRET, baseUrl: 'https://x.example' })).toThrow(TypeError);
});
