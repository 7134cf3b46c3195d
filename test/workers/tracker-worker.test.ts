import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { loadConfig, type TrackerEnv } from '../../workers/env';
import { createLogger } from '../../workers/logging';
import worker from '../../workers/index';
import trackerWorker, { type TrackerWorkerEnv } from '../../workers/tracker-worker';
import { publishRouting } from '../../workers/services/tracking';
import { eventually } from '../eventually';
import { createTenant, testDb } from '../fixtures';
import { useTestDatabase } from '../worker-env';

// The tracker Worker (workers/tracker-worker.ts, wrangler.tracker.toml) with only its own bindings: the API
// Worker's absence, or a KV outage, never stops a redirect. Its clicks go through the shared clicks queue to the
// API Worker's consumer.
useTestDatabase();

const BROWSER =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';

let db: Db;
let close: () => Promise<void>;
let ip = 0;

beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

/** A clicks queue that keeps what the tracker sends, for the test to hand to the API Worker's consumer. */
function recordingQueue(sent: unknown[] = []): Queue<unknown> {
  return { send: async (body: unknown) => void sent.push(body) } as unknown as Queue<unknown>;
}

/**
 * What wrangler.tracker.toml binds, and nothing of the API Worker's. The clicks queue records: the pool's own
 * consumer of the real one runs outside the test's module graph, and would retry each click until dropped.
 */
function trackerEnv(overrides: Partial<TrackerWorkerEnv> = {}): TrackerWorkerEnv {
  const own: TrackerEnv = {
    ROUTING: env.ROUTING,
    CLICK_SPOOL: env.CLICK_SPOOL,
    CLICKS: recordingQueue(),
    TRACKER_LIMITER: env.TRACKER_LIMITER,
    TRACKING_HOSTS: env.TRACKING_HOSTS,
    DEFAULT_FALLBACK_URL: env.DEFAULT_FALLBACK_URL,
  };
  return { ...own, ...overrides };
}

function visit(url: string, workerEnv: TrackerWorkerEnv): Promise<Response> {
  const request = new Request(url, {
    redirect: 'manual',
    headers: { 'user-agent': BROWSER, 'cf-connecting-ip': `198.19.7.${(ip++ % 250) + 1}` },
  });
  return Promise.resolve(
    trackerWorker.fetch(request as Request<unknown, IncomingRequestCfProperties>, workerEnv, createExecutionContext()),
  );
}

async function publishedTenant(landingUrl: string) {
  const tenant = await createTenant(db, { program: { landingUrl, fallbackUrl: 'https://app.example/fallback' } });
  const ctx = { db, config: loadConfig(env), now: new Date(), log: createLogger() };
  await publishRouting({ ctx, input: { program: tenant.program.id } });
  await publishRouting({ ctx, input: { enrollment: tenant.enrollment.id } });
  return tenant;
}

describe('the tracker Worker', () => {
  it('alone, without the API Worker, redirects a click; what it queues, the API Worker records', async () => {
    const landing = `https://app.example/tracker-alone-${crypto.randomUUID()}`;
    const tenant = await publishedTenant(landing);
    // The clicks queue as the tracker's producer binding sees it; the API Worker's consumer then takes the messages.
    const sent: unknown[] = [];
    const res = await visit(
      `http://localhost/aff/${tenant.enrollment.refCode}?utm_source=alone`,
      trackerEnv({ CLICKS: recordingQueue(sent) }),
    );
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(landing);
    const clickId = location.searchParams.get('aff_click');
    expect(clickId).toBeTruthy();
    await eventually(async () => sent.length > 0 || undefined, 30_000, 'the click sent to the queue');
    const batch = createMessageBatch(
      'clicks',
      sent.map((body, i) => ({ id: `tracker-${crypto.randomUUID()}-${i}`, timestamp: new Date(), attempts: 1, body })),
    );
    await worker.queue(batch, env);
    const result = await getQueueResult(batch, createExecutionContext());
    expect(result.explicitAcks.length).toBe(sent.length);
    const [row] = await db.select().from(s.clicks).where(eq(s.clicks.id, clickId!));
    expect(row).toMatchObject({ enrollmentId: tenant.enrollment.id, rejectReason: null });
  });

  it('answers its other paths through the API Worker, and 404 while that is absent', async () => {
    const api: Fetcher = {
      fetch: (input: RequestInfo | URL, init?: RequestInit) =>
        Promise.resolve(
          worker.fetch(
            new Request(input, init) as Request<unknown, IncomingRequestCfProperties>,
            env,
            createExecutionContext(),
          ),
        ),
      connect: () => {
        throw new Error('not used');
      },
    } as Fetcher;
    const through = await visit('http://localhost/api/openapi.json', trackerEnv({ API: api }));
    expect(through.status).toBe(200);
    expect(((await through.json()) as { openapi: string }).openapi).toMatch(/^3\./);
    const alone = await visit('http://localhost/api/openapi.json', trackerEnv());
    expect(alone.status).toBe(404);
    // The snippet is the tracker's own answer either way.
    expect((await visit('http://localhost/aff-click.js', trackerEnv())).status).toBe(200);
  });

  it('redirects to the fallback when it cannot reach KV', async () => {
    const unreachable = {
      get: () => Promise.reject(new Error('KV unreachable')),
      put: () => Promise.reject(new Error('KV unreachable')),
    } as unknown as KVNamespace;
    const res = await visit(
      `http://localhost/aff/kv-down-${crypto.randomUUID().slice(0, 8)}`,
      trackerEnv({ ROUTING: unreachable }),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(env.DEFAULT_FALLBACK_URL);
    const custom = await visit(
      `http://go.kv-down-${crypto.randomUUID().slice(0, 8)}.example/r/some-link`,
      trackerEnv({ ROUTING: unreachable }),
    );
    expect(custom.status).toBe(302);
    expect(custom.headers.get('location')).toBe(env.DEFAULT_FALLBACK_URL);
  });
});
