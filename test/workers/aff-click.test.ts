import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clicks, deadLetters } from '../../schema';
import type { Db } from '../../workers/db/client';
import { isUuidv7 } from '../../workers/contracts/ids';
import worker from '../../workers/index';
import { AFF_CLICK_SNIPPET } from '../../workers/tracker/aff-click-snippet';
import { buildClickMessage } from '../../workers/tracker/build-click-message';
import { publishRouting } from '../../workers/services/tracking';
import { loadConfig } from '../../workers/env';
import { createLogger } from '../../workers/logging';
import { eventually } from '../eventually';
import { createTenant, testDb } from '../fixtures';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
let tenant: Awaited<ReturnType<typeof createTenant>>;

beforeAll(async () => {
  ({ db, close } = testDb());
  tenant = await createTenant(db);
});
afterAll(() => close());

const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
const click = (path: string, init: RequestInit = {}) =>
  workerFetch(`https://app.example${path}`, {
    redirect: 'manual',
    ...init,
    headers: { 'user-agent': BROWSER, ...(init.headers as Record<string, string>) },
  });
const clickIdOf = (res: Response) => /aff_click=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
const rowsWithId = (id: string) => db.select().from(clicks).where(eq(clicks.id, id));

async function consume(queue: string, bodies: unknown[], workerEnv: typeof env = env) {
  const batch = createMessageBatch(
    queue,
    bodies.map((body, i) => ({ id: `msg-${crypto.randomUUID()}-${i}`, timestamp: new Date(), attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, workerEnv);
  return getQueueResult(batch, ctx);
}

async function message(code: string | null) {
  const { uuidv7 } = await import('../../workers/contracts/ids');
  const at = Date.now();
  return buildClickMessage(
    new Request('https://app.example/pricing', { headers: { 'user-agent': 'test-agent', 'accept-language': 'en' } }),
    {
      id: uuidv7(at),
      at,
      form: 'aff_path',
      code,
      landingUrl: 'https://app.example/pricing',
    },
  );
}

describe('GET …/aff/{code}', () => {
  it.each([
    { path: '/pricing/aff/CODE?x=1&y=%20z', location: 'https://app.example/pricing?x=1&y=%20z' },
    { path: '/pricing/aff/CODE', location: 'https://app.example/pricing' },
    { path: '/aff/CODE', location: 'https://app.example/' },
    { path: '/docs/start/aff/CODE/?ref=nav', location: 'https://app.example/docs/start?ref=nav' },
  ])('answers 302 $path → $location', async ({ path, location }) => {
    const res = await click(path.replace('CODE', tenant.enrollment.refCode));
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(location);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('sets a first-party, Secure, SameSite=Lax click cookie with the default 30 days', async () => {
    const res = await click(`/pricing/aff/${tenant.enrollment.refCode}`);
    const cookie = res.headers.get('set-cookie')!;
    const id = clickIdOf(res)!;
    expect(isUuidv7(id)).toBe(true);
    expect(cookie).toBe(`aff_click=${id}; Max-Age=${30 * 86_400}; Path=/; Secure; SameSite=Lax`);
    expect(cookie).not.toMatch(/Domain=/i);
  });

  it("takes Max-Age from the program's cookie days in the routing projection", async () => {
    const other = await createTenant(db, { cookieDays: 45 });
    const ctx = { db, config: loadConfig(env), now: new Date(), log: createLogger() };
    await publishRouting({ ctx, input: { program: other.program.id } });
    await publishRouting({ ctx, input: { enrollment: other.enrollment.id } });
    const res = await click(`/aff/${other.enrollment.refCode}`);
    expect(res.headers.get('set-cookie')).toContain(`Max-Age=${45 * 86_400};`);
  });

  it('gives each click its own id', async () => {
    const ids = await Promise.all(
      [1, 2, 3].map(async () => clickIdOf(await click(`/aff/${tenant.enrollment.refCode}`))),
    );
    expect(new Set(ids).size).toBe(3);
  });

  it('redirects a malformed code without a cookie and records it as unknown', async () => {
    const res = await click('/pricing/aff/%3Cscript%3E?x=1');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://app.example/pricing?x=1');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('writes the click through the real queue into affiliate.clicks, resolved to its enrollment', async () => {
    const res = await click(`/pricing/aff/${tenant.enrollment.refCode}?utm=1`, {
      headers: {
        'user-agent': BROWSER,
        'accept-language': 'de-DE',
        referer: 'https://blog.example/post',
        'cf-connecting-ip': '203.0.113.7',
      },
    });
    const id = clickIdOf(res)!;
    const [row] = await eventually(
      async () => ((await rowsWithId(id)).length ? rowsWithId(id) : undefined),
      30_000,
      'the click row',
    );
    expect(row).toMatchObject({
      id,
      linkForm: 'aff_path',
      code: tenant.enrollment.refCode,
      status: 'accepted',
      rejectReason: null,
      organizationId: tenant.org.id,
      appId: tenant.app.id,
      programId: tenant.program.id,
      enrollmentId: tenant.enrollment.id,
      affiliateId: tenant.affiliate.id,
      ip: '203.0.113.7',
      userAgent: BROWSER,
      deviceType: 'desktop',
      os: 'Windows',
      browser: 'Chrome',
      referrer: 'https://blog.example/post',
      landingUrl: 'https://app.example/pricing?utm=1',
    });
    // Hashed by the consumer (SHA-256 of "user agent:accept-language", 32 hex); the
    // message carries Accept-Language and the row keeps only the hash.
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${BROWSER}:de-DE`)));
    expect(row!.fingerprint).toBe([...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join(''));
    // The click time is the one encoded in the click id, not the ingest time.
    expect(row!.clickedAt.getTime()).toBe(parseInt(id.slice(0, 8) + id.slice(9, 13), 16));
  });
});

describe('GET /aff-click.js, the partner-site snippet', () => {
  it.each(['https://app.example', 'http://localhost'])(
    'is served by the Worker on %s, cacheable, as JavaScript',
    async (origin) => {
      const res = await workerFetch(`${origin}/aff-click.js`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('public, max-age=604800');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.text()).toBe(AFF_CLICK_SNIPPET);
    },
  );

  it('answers HEAD without a body and other methods with 405', async () => {
    const head = await workerFetch('http://localhost/aff-click.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await head.text()).toBe('');
    const post = await workerFetch('http://localhost/aff-click.js', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('clicks consumer', () => {
  it('yields one row when the same message is delivered twice, in one batch and again later', async () => {
    const body = await message(tenant.enrollment.refCode);
    const first = await consume('clicks', [body, body]);
    expect(first.explicitAcks).toHaveLength(2);
    expect(first.retryMessages).toHaveLength(0);
    await consume('clicks', [body]);
    expect(await rowsWithId(body.id)).toHaveLength(1);
  });

  it('sends a malformed message to the dead-letter queue without blocking the rest of the batch', async () => {
    const good = await message(tenant.enrollment.refCode);
    const poison = { v: 1, id: 'not-a-uuid', hello: 'world' };
    const result = await consume('clicks', [poison, good]);
    expect(result.explicitAcks).toHaveLength(2);
    expect(result.retryMessages).toHaveLength(0);
    expect(await rowsWithId(good.id)).toHaveLength(1);
    // The real dead-letter consumer records it for admins, with the reason.
    const [letter] = await eventually(
      async () => {
        const rows = await db.select().from(deadLetters).where(sql`${deadLetters.body}->>'id' = 'not-a-uuid'`);
        return rows.length ? rows : undefined;
      },
      30_000,
      'the dead letter',
    );
    expect(letter).toMatchObject({ queue: 'clicks', body: poison });
    expect(letter!.reason).toContain('invalid click message');
  });

  it.each([
    { label: 'an unknown code', setup: async () => null, reason: 'unknown_code' },
    {
      label: 'a paused program',
      setup: async () => (await createTenant(db, { programStatus: 'paused' })).enrollment.refCode,
      reason: 'inactive_program',
    },
    {
      label: 'a suspended enrollment',
      setup: async () => (await createTenant(db, { enrollmentStatus: 'suspended' })).enrollment.refCode,
      reason: 'inactive_enrollment',
    },
  ])('records a click with $label as rejected ($reason)', async ({ setup, reason }) => {
    const body = await message((await setup()) ?? 'no-such-code');
    await consume('clicks', [body]);
    const [row] = await rowsWithId(body.id);
    expect(row).toMatchObject({ status: 'rejected', rejectReason: reason });
  });

  it('retries every valid message when Postgres is unreachable, and acks none', async () => {
    const body = await message(tenant.enrollment.refCode);
    const outage = { ...env, DATABASE_URL: env.DATABASE_URL.replace(/\/[^/]+$/, '/database_that_does_not_exist') };
    const result = await consume('clicks', [body], outage);
    expect(result.explicitAcks).toHaveLength(0);
    expect(result.retryMessages).toEqual([{ msgId: expect.any(String) }]);
    expect(await rowsWithId(body.id)).toHaveLength(0);
  });
});
