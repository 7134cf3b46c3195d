import { env } from 'cloudflare:workers';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, inject, vi } from 'vitest';
import * as s from '../../schema';
import type { PostbackEventType } from '../../schema/enums';
import { consumePostbacks } from '../../workers/consumers/postbacks';
import type { Db } from '../../workers/db/client';
import { uuidv7 } from '../../workers/contracts/ids';
import { loadConfig, type Config } from '../../workers/env';
import worker from '../../workers/index';
import { enqueuePostbacks, type PostbackRequest } from '../../workers/services/postbacks';
import { DELIVERY_MAX_ATTEMPTS } from '../../workers/domain/delivery-retry-schedule';
import { createStaff } from '../actors';
import { call } from '../api-client';
import { eventually } from '../eventually';
import { createTenant, testDb } from '../fixtures';
import { POSTBACK_TEST_HOST } from '../postback-server';
import { recordingBatch } from '../queue-batch';
import { serviceCtx } from '../conversions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const BASE = `https://${POSTBACK_TEST_HOST}`;
const server = `http://127.0.0.1:${inject('postbackServerPort')}`;

interface Received {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** What the local tracker received for URLs containing `key`. */
async function received(key: string): Promise<Received[]> {
  return (await fetch(`${server}/__requests?key=${encodeURIComponent(key)}`)).json();
}

/** A tenant whose affiliate has postbacks on with `template`. */
async function affiliateWith(
  template: string | null,
  events: PostbackEventType[] = ['click', 'lead', 'sale', 'rejected'],
  enabled = true,
) {
  const t = await createTenant(db);
  await db
    .update(s.users)
    .set({ postbackUrlTemplate: template, postbackEnabled: enabled, postbackEvents: events })
    .where(eq(s.users.id, t.affiliate.id));
  return t;
}

function request(
  t: Awaited<ReturnType<typeof createTenant>>,
  overrides: Partial<PostbackRequest> = {},
): PostbackRequest {
  const conversionId = uuidv7();
  return {
    v: 1,
    affiliateId: t.affiliate.id,
    organizationId: t.org.id,
    eventType: 'sale',
    eventKey: conversionId,
    conversionId,
    clickId: uuidv7(),
    programId: t.program.id,
    occurredAt: '2026-01-01T00:00:00.000Z',
    values: {
      status: 'sale',
      payout: '15.00',
      currency: 'USD',
      affiliate_id: t.affiliate.id,
      advertiser_id: t.org.id,
      offer_id: t.program.id,
      timestamp: '1767225600',
    },
    ...overrides,
  };
}

/** Delivers `body` once, as the runtime would on its `attempts`-th try; returns what the consumer decided. */
async function deliver(body: unknown, attempts: number, queue = 'postbacks', config?: Config) {
  const { batch, outcomes } = recordingBatch(queue, [{ body, attempts }]);
  if (config) await consumePostbacks(batch, config);
  else await worker.queue(batch, env);
  const [outcome] = outcomes;
  return { acked: outcome!.acked, retry: outcome!.retried ? { delaySeconds: outcome!.delaySeconds } : undefined };
}

/** The schedule's first delay: 5 s, jittered by ±20 %. */
function expectFirstRetryDelay(delay: number | undefined) {
  expect(delay).toBeGreaterThanOrEqual(4);
  expect(delay).toBeLessThanOrEqual(6);
}

async function deliveryOf(affiliateId: string, eventKey: string) {
  const [row] = await db
    .select()
    .from(s.postbackDeliveries)
    .where(and(eq(s.postbackDeliveries.affiliateId, affiliateId), eq(s.postbackDeliveries.eventKey, eventKey)));
  return row;
}

const inAppOf = (userId: string) =>
  db
    .select()
    .from(s.notifications)
    .where(and(eq(s.notifications.userId, userId), eq(s.notifications.channel, 'in_app')));

const attemptsOf = (deliveryId: string) =>
  db
    .select()
    .from(s.postbackAttempts)
    .where(eq(s.postbackAttempts.deliveryId, deliveryId))
    .orderBy(asc(s.postbackAttempts.attempt));

describe('delivery', () => {
  it('expands every macro URL-encoded, sends GET with our user agent, and logs success', async () => {
    const key = crypto.randomUUID();
    const t = await affiliateWith(
      `${BASE}/ok/${key}?cid={click_id}&aff={affiliate_id}&adv={advertiser_id}&o={offer_id}&st={status}&p={payout}&c={currency}&s1={sub1}&s10={sub10}&ts={timestamp}`,
    );
    const body = request(t, {
      values: { ...request(t).values, click_id: 'c-1', sub1: 'spring sale&x=1/#', sub10: 'é' },
    });
    expect(await deliver(body, 1)).toMatchObject({ acked: true, retry: undefined });

    const [hit] = await received(key);
    expect(hit!.method).toBe('GET');
    expect(hit!.headers['user-agent']).toBe('AffiliateEdge-Postback/1');
    expect(hit!.headers['x-original-host']).toBe(POSTBACK_TEST_HOST);
    const url = new URL(hit!.url, 'http://x');
    expect(url.search).toContain('s1=spring%20sale%26x%3D1%2F%23');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      cid: 'c-1',
      aff: t.affiliate.id,
      adv: t.org.id,
      o: t.program.id,
      st: 'sale',
      p: '15.00',
      c: 'USD',
      s1: 'spring sale&x=1/#',
      s10: 'é',
      ts: '1767225600',
    });
    const row = await deliveryOf(t.affiliate.id, body.eventKey);
    expect(row).toMatchObject({
      status: 'success',
      attempts: 1,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
      organizationId: t.org.id,
      conversionId: body.conversionId,
      eventType: 'sale',
      // The delivery lists sort by when the event happened and show its program.
      programId: t.program.id,
      occurredAt: new Date('2026-01-01T00:00:00.000Z'),
    });
    expect(row!.deliveredAt).toBeInstanceOf(Date);
    expect(row!.url).toBe(`${BASE}${hit!.url}`);
    expect(await attemptsOf(row!.id)).toMatchObject([{ attempt: 1, outcome: 'success', statusCode: 200 }]);
  });

  it('fails 4 times, then succeeds on the 5th attempt: 5 attempt rows, backoff 5 s, 5 min, 30 min, 2 h (±20 %)', async () => {
    const key = crypto.randomUUID();
    const t = await affiliateWith(`${BASE}/flaky/4/${key}?cid={click_id}`);
    const body = request(t);
    const delays: (number | undefined)[] = [];
    for (let attempts = 1; attempts <= 4; attempts++) {
      const result = await deliver(body, attempts);
      expect(result.acked).toBe(false);
      delays.push(result.retry?.delaySeconds);
      const row = await deliveryOf(t.affiliate.id, body.eventKey);
      expect(row).toMatchObject({ status: 'retrying', attempts, lastStatusCode: 500, lastError: 'HTTP 500' });
      expect(row!.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + (delays.at(-1)! - 5) * 1000);
    }
    const nominal = [5, 300, 1800, 7200];
    delays.forEach((delay, i) => {
      expect(delay).toBeGreaterThanOrEqual(Math.round(nominal[i]! * 0.8));
      expect(delay).toBeLessThanOrEqual(Math.round(nominal[i]! * 1.2));
    });
    expect(await deliver(body, 5)).toMatchObject({ acked: true });

    const row = await deliveryOf(t.affiliate.id, body.eventKey);
    expect(row).toMatchObject({
      status: 'success',
      attempts: 5,
      lastStatusCode: 200,
      nextAttemptAt: null,
      lastError: null,
    });
    const log = await attemptsOf(row!.id);
    expect(log.map((a) => [a.attempt, a.outcome, a.statusCode])).toEqual([
      [1, 'retrying', 500],
      [2, 'retrying', 500],
      [3, 'retrying', 500],
      [4, 'retrying', 500],
      [5, 'success', 200],
    ]);
    expect(log.every((a) => typeof a.latencyMs === 'number')).toBe(true);
    expect(await received(key)).toHaveLength(5);
  });

  it('never fires a delivered postback again on redelivery', async () => {
    const key = crypto.randomUUID();
    const t = await affiliateWith(`${BASE}/ok/${key}`);
    const body = request(t);
    await deliver(body, 1);
    expect(await deliver(body, 2)).toMatchObject({ acked: true, retry: undefined });
    expect(await deliver(body, 1)).toMatchObject({ acked: true });
    expect(await received(key)).toHaveLength(1);
    const row = await deliveryOf(t.affiliate.id, body.eventKey);
    expect(row).toMatchObject({ status: 'success', attempts: 1 });
    expect(await attemptsOf(row!.id)).toHaveLength(1);
  });

  it('one row per (affiliate, event type, event key): a rejection of the same conversion is its own delivery', async () => {
    const key = crypto.randomUUID();
    const t = await affiliateWith(`${BASE}/ok/${key}?st={status}`);
    const sale = request(t);
    const rejected = request(t, {
      eventType: 'rejected',
      eventKey: `${sale.conversionId}:rejected`,
      conversionId: sale.conversionId,
      values: { status: 'rejected' },
    });
    await deliver(sale, 1);
    await deliver(rejected, 1);
    await deliver(sale, 1);
    expect((await received(key)).map((r) => new URL(r.url, 'http://x').searchParams.get('st'))).toEqual([
      'sale',
      'rejected',
    ]);
  });

  it('a timeout is retried with the timeout in the log', async () => {
    const key = crypto.randomUUID();
    const t = await affiliateWith(`${BASE}/slow/3000/${key}`);
    const body = request(t);
    const config: Config = { ...loadConfig(env), POSTBACK_TIMEOUT_MS: 200 };
    const first = await deliver(body, 1, 'postbacks', config);
    expect(first.acked).toBe(false);
    expectFirstRetryDelay(first.retry?.delaySeconds);
    expect(await deliveryOf(t.affiliate.id, body.eventKey)).toMatchObject({
      status: 'retrying',
      lastStatusCode: null,
      lastError: 'timed out after 200 ms',
    });
  });

  it('an unreachable tracker is a network error, retried', async () => {
    // Overridden to a closed local port: the connection is refused.
    const t = await affiliateWith('https://postbacks-down.partner-tracker.com/pb');
    const body = request(t);
    const result = await deliver(body, 1);
    expectFirstRetryDelay(result.retry?.delaySeconds);
    expect((await deliveryOf(t.affiliate.id, body.eventKey))!.lastError).toMatch(/^network error/);
  });
});

describe('opt-out and opt-in', () => {
  it('skips (ack, no row, no request) when postbacks are disabled', async () => {
    const key = crypto.randomUUID();
    const t = await affiliateWith(`${BASE}/ok/${key}`, ['sale'], false);
    const body = request(t);
    expect(await deliver(body, 1)).toMatchObject({ acked: true, retry: undefined });
    expect(await deliveryOf(t.affiliate.id, body.eventKey)).toBeUndefined();
    expect(await received(key)).toHaveLength(0);
  });

  it('skips an event the affiliate did not opt into (click is opt-in)', async () => {
    const key = crypto.randomUUID();
    const t = await affiliateWith(`${BASE}/ok/${key}`, ['lead', 'sale', 'rejected']);
    const clickId = uuidv7();
    const body = request(t, { eventType: 'click', eventKey: clickId, clickId, conversionId: null });
    expect(await deliver(body, 1)).toMatchObject({ acked: true });
    expect(await deliveryOf(t.affiliate.id, clickId)).toBeUndefined();
    expect(await received(key)).toHaveLength(0);
  });
});

describe('SSRF: refused at send time, no request, no retry', () => {
  // Templates stored before the rules (or bypassing the API): the consumer checks the real URL.
  it.each([
    { label: 'http:// to an overridden host', template: `http://${POSTBACK_TEST_HOST}/ok/KEY` },
    { label: 'a non-443 port on an overridden host', template: `https://${POSTBACK_TEST_HOST}:8443/ok/KEY` },
    { label: 'userinfo on an overridden host', template: `https://user:pw@${POSTBACK_TEST_HOST}/ok/KEY` },
    { label: 'loopback 127.0.0.1', template: 'https://127.0.0.1/ok/KEY' },
    { label: 'private 10.x', template: 'https://10.1.2.3/ok/KEY' },
    { label: 'cloud metadata 169.254.169.254', template: 'https://169.254.169.254/latest/meta-data/KEY' },
    { label: 'IPv6 loopback [::1]', template: 'https://[::1]/ok/KEY' },
    { label: 'decimal IPv4', template: 'https://2130706433/ok/KEY' },
    { label: 'hex IPv4', template: 'https://0x7f.0.0.1/ok/KEY' },
    { label: 'localhost', template: 'https://localhost/ok/KEY' },
    { label: '*.internal', template: 'https://metadata.google.internal/ok/KEY' },
    { label: 'nip.io', template: 'https://127.0.0.1.nip.io/ok/KEY' },
    { label: 'an unknown macro left in an old template', template: `${BASE}/ok/KEY?x={secret}` },
  ])('$label', async ({ template }) => {
    const key = crypto.randomUUID();
    const t = await affiliateWith(template.replace('KEY', key));
    const body = request(t);
    expect(await deliver(body, 1)).toMatchObject({ acked: true, retry: undefined });
    const row = await deliveryOf(t.affiliate.id, body.eventKey);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: null, nextAttemptAt: null });
    expect(row!.lastError).toMatch(/^refused: /);
    expect(await attemptsOf(row!.id)).toMatchObject([{ attempt: 1, outcome: 'failed', statusCode: null }]);
    expect(await received(key)).toHaveLength(0);
  });

  it('a host outside the platform allow-list is refused', async () => {
    const key = crypto.randomUUID();
    const t = await affiliateWith(`${BASE}/ok/${key}`);
    const body = request(t);
    const config: Config = { ...loadConfig(env), POSTBACK_ALLOWED_DOMAINS: 'keitaro.io,voluum.com' };
    expect(await deliver(body, 1, 'postbacks', config)).toEqual({ acked: true, retry: undefined });
    expect((await deliveryOf(t.affiliate.id, body.eventKey))!.lastError).toMatch(/allow-list/);
    expect(await received(key)).toHaveLength(0);
  });

  it('a redirect answer is not followed: one request, logged as a failed attempt, retried', async () => {
    const key = crypto.randomUUID();
    const t = await affiliateWith(`${BASE}/redirect/${key}`);
    const body = request(t);
    const result = await deliver(body, 1);
    expectFirstRetryDelay(result.retry?.delaySeconds);
    const row = await deliveryOf(t.affiliate.id, body.eventKey);
    expect(row).toMatchObject({
      status: 'retrying',
      lastStatusCode: 302,
      lastError: 'redirect to http://127.0.0.1:1/internal-secret not followed',
    });
    expect(await received(key)).toHaveLength(1);
  });
});

describe('giving up', () => {
  it('the 8th attempt fails the delivery, dead-letters it with its 8 attempts and notifies the affiliate once', async () => {
    const key = crypto.randomUUID();
    const t = await affiliateWith(`${BASE}/fail/${key}`);
    const body = request(t);
    const delays: number[] = [];
    for (let attempts = 1; attempts < DELIVERY_MAX_ATTEMPTS; attempts++) {
      const result = await deliver(body, attempts);
      expect(result.acked).toBe(false);
      delays.push(result.retry!.delaySeconds!);
    }
    // Spread over about a day: the retries after a ten-minute outage still land, none past 12 h.
    expect(delays.reduce((a, b) => a + b, 0)).toBeGreaterThan(20 * 3600);
    expect(Math.max(...delays)).toBeLessThanOrEqual(43_200);
    expect(await deliveryOf(t.affiliate.id, body.eventKey)).toMatchObject({ status: 'retrying', attempts: 7 });

    expect(await deliver(body, DELIVERY_MAX_ATTEMPTS)).toMatchObject({ acked: true, retry: undefined });
    const row = await deliveryOf(t.affiliate.id, body.eventKey);
    expect(row).toMatchObject({ status: 'failed', attempts: 8, lastError: 'HTTP 500', nextAttemptAt: null });
    expect((await attemptsOf(row!.id)).map((a) => a.outcome)).toEqual([...Array(7).fill('retrying'), 'failed']);
    // The consumer sent it to postbacks-dlq, whose consumer records the letter with the log's count.
    const letter = await eventually(
      async () =>
        (await db.select().from(s.deadLetters).where(eq(s.deadLetters.queue, 'postbacks'))).find(
          (l) => (l.body as PostbackRequest).eventKey === body.eventKey,
        ),
      30_000,
      'dead letter',
    );
    expect(letter).toMatchObject({ attempts: 8, reason: 'max_retries_exceeded: HTTP 500' });
    const api = await call(await createStaff(db, 'platform_admin'), 'GET', '/platform/dead-letters?queue=postbacks');
    expect(api.body.items.find((l: { id: string }) => l.id === letter.id)).toMatchObject({ attempts: 8 });

    const note = await eventually(
      async () => (await inAppOf(t.affiliate.id))[0],
      30_000,
      'postback_error notification',
    );
    expect(note).toMatchObject({
      event: 'postback_error',
      channel: 'in_app',
      organizationId: t.org.id,
      dedupeKey: `postback_error:${row!.id}:8:in_app`,
    });
    expect(note.data).toMatchObject({ deliveryId: row!.id, attempts: 8, lastStatusCode: 500 });
    await new Promise((r) => setTimeout(r, 2500));
    expect(await inAppOf(t.affiliate.id)).toHaveLength(1);
    expect(await received(key)).toHaveLength(8);
  });

  it('a message the runtime moved after crashes: the DLQ consumer fails the delivery and the letter has its true attempts', async () => {
    const key = crypto.randomUUID();
    const t = await affiliateWith(`${BASE}/fail/${key}`);
    const body = request(t);
    for (let attempts = 1; attempts <= 3; attempts++) expect((await deliver(body, attempts)).retry).toBeDefined();
    expect(await deliveryOf(t.affiliate.id, body.eventKey)).toMatchObject({ status: 'retrying', attempts: 3 });

    // The runtime moves the raw message to postbacks-dlq, where its attempts start again at 1.
    expect(await deliver(body, 1, 'postbacks-dlq')).toMatchObject({ acked: true });
    const row = await deliveryOf(t.affiliate.id, body.eventKey);
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lastError: 'HTTP 500', nextAttemptAt: null });
    const letters = await db.select().from(s.deadLetters).where(eq(s.deadLetters.queue, 'postbacks'));
    expect(letters.find((l) => (l.body as PostbackRequest).eventKey === body.eventKey)).toMatchObject({
      reason: 'max_retries_exceeded',
      attempts: 3,
    });

    const note = await eventually(
      async () => (await inAppOf(t.affiliate.id))[0],
      30_000,
      'postback_error notification',
    );
    expect(note).toMatchObject({ dedupeKey: `postback_error:${row!.id}:3:in_app` });
    // …on each of its channels: the affiliate's email (on by default for postback errors) too. The
    // channels are written one after the other, so wait for both before the redelivery below.
    const channelsOf = async () =>
      (await db.select().from(s.notifications).where(eq(s.notifications.userId, t.affiliate.id)))
        .map((n) => n.channel)
        .sort();
    await eventually(async () => ((await channelsOf()).length === 2 ? true : undefined), 30_000, 'both channels');

    // The DLQ consumer is idempotent: a redelivered letter changes nothing and notifies once. (A
    // duplicate would arrive within the wait; the wait can only make this pass late, never fail.)
    await deliver(body, 2, 'postbacks-dlq');
    await new Promise((r) => setTimeout(r, 2500));
    expect(await inAppOf(t.affiliate.id)).toHaveLength(1);
    expect(await channelsOf()).toEqual(['email', 'in_app']);
    expect(await received(key)).toHaveLength(3);
  });

  it('a raw letter of another queue is recorded with max_retries + 1 attempts, not the DLQ’s own count', async () => {
    const marker = crypto.randomUUID();
    const { batch } = recordingBatch('webhooks-dlq', [{ body: { v: 1, marker }, attempts: 1 }]);
    await worker.queue(batch, env);
    const [letter] = (await db.select().from(s.deadLetters).where(eq(s.deadLetters.queue, 'webhooks'))).filter(
      (l) => (l.body as { marker?: string }).marker === marker,
    );
    expect(letter).toMatchObject({ reason: 'max_retries_exceeded', attempts: DELIVERY_MAX_ATTEMPTS });
  });

  it('a malformed message goes straight to the dead letters with the reason', async () => {
    const marker = crypto.randomUUID();
    expect(await deliver({ v: 1, eventKey: marker }, 1)).toMatchObject({ acked: true });
    const letter = await eventually(
      async () =>
        (await db.select().from(s.deadLetters).where(eq(s.deadLetters.queue, 'postbacks'))).find(
          (l) => (l.body as { eventKey?: string }).eventKey === marker,
        ),
      30_000,
      'dead letter',
    );
    expect(letter.reason).toMatch(/^invalid postback message/);
  });
});

describe('enqueue', () => {
  it('end to end through the real queue', async () => {
    const key = crypto.randomUUID();
    const t = await affiliateWith(`${BASE}/ok/${key}?p={payout}`);
    const body = request(t);
    await enqueuePostbacks({ ctx: serviceCtx(db), input: { requests: [body] } });
    const row = await eventually(
      async () => {
        const r = await deliveryOf(t.affiliate.id, body.eventKey);
        return r?.status === 'success' ? r : undefined;
      },
      30_000,
      'delivered postback',
    );
    expect(row.attempts).toBe(1);
    expect((await received(key)).map((r) => r.url)).toEqual([`/ok/${key}?p=15.00`]);
  });

  it('never throws: retries the send 3 times, then logs the lost count', async () => {
    const sendBatch = vi.fn(async () => {
      throw new Error('queue unavailable');
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const t = await createTenant(db);
    const requests = Array.from({ length: 150 }, () => request(t));
    const config = { ...loadConfig(env), POSTBACKS: { sendBatch } as unknown as Queue<unknown> };
    await expect(
      enqueuePostbacks({ ctx: { ...serviceCtx(db), config }, input: { requests } }),
    ).resolves.toBeUndefined();
    // Two chunks (100 + 50), three tries each.
    expect(sendBatch).toHaveBeenCalledTimes(6);
    const logged = errors.mock.calls.map((c) => JSON.parse(String(c[0])));
    expect(logged).toEqual([
      expect.objectContaining({ event: 'postback_enqueue_failed', lost: 100, total: 150 }),
      expect.objectContaining({ event: 'postback_enqueue_failed', lost: 50, total: 150 }),
    ]);
    errors.mockRestore();
  });

  it('sends at most 100 messages per call', async () => {
    const sizes: number[] = [];
    const t = await createTenant(db);
    const config = {
      ...loadConfig(env),
      POSTBACKS: { sendBatch: async (m: unknown[]) => void sizes.push(m.length) } as unknown as Queue<unknown>,
    };
    await enqueuePostbacks({
      ctx: { ...serviceCtx(db), config },
      input: { requests: Array.from({ length: 230 }, () => request(t)) },
    });
    expect(sizes).toEqual([100, 100, 30]);
  });
});
