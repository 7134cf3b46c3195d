import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { loadConfig } from '../../workers/env';
import { createLogger } from '../../workers/logging';
import { publishRouting } from '../../workers/services/tracking';
import { clearKvCache } from '../../workers/tracker/kv-cache';
import { type Advertiser, createAdvertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { eventually } from '../eventually';
import { testDb } from '../fixtures';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

useTestDatabase();

const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
let ipCounter = 0;
const nextIp = () => `198.19.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

/** An advertiser whose program lives on its own site, routing published to KV. */
async function advertiserOn(host: string, program: Partial<typeof s.programs.$inferInsert> = {}): Promise<Advertiser> {
  const a = await createAdvertiser(db, {
    program: { landingUrl: `https://${host}/`, allowedDomains: [host, `*.${host}`], ...program },
  });
  const ctx = { db, config: loadConfig(env), now: new Date(), log: createLogger() };
  await publishRouting({ ctx, input: { program: a.program.id } });
  await publishRouting({ ctx, input: { enrollment: a.enrollment.id } });
  return a;
}

interface Report {
  origin?: string | null;
  body: unknown;
  userAgent?: string;
  cf?: Record<string, unknown>;
  method?: string;
}

function report({ origin, body, userAgent = BROWSER, cf = { country: 'US' }, method = 'POST' }: Report) {
  const headers: Record<string, string> = {
    'content-type': 'text/plain;charset=UTF-8',
    'user-agent': userAgent,
    'cf-connecting-ip': nextIp(),
  };
  if (origin) headers.origin = origin;
  return workerFetch('https://track.example/client-click', {
    method,
    headers,
    body: method === 'POST' ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined,
    cf,
  } as RequestInit);
}

const visit = (a: Advertiser, host: string, param = 'ref', extra: Record<string, unknown> = {}) => ({
  param,
  code: a.enrollment.refCode,
  url: `https://${host}/pricing?${param}=${a.enrollment.refCode}`,
  referrer: 'https://blog.example/review',
  ...extra,
});

const clickRow = (id: string) =>
  eventually(async () => (await db.select().from(s.clicks).where(eq(s.clicks.id, id)))[0], 30_000, `click ${id}`);

describe('POST /client-click', () => {
  it('records a click on the program’s own site without a redirect, through the same queue and ingest', async () => {
    const acme = await advertiserOn('shop-a.example', { cookieDays: 45 });
    const res = await report({ origin: 'https://www.shop-a.example', body: visit(acme, 'www.shop-a.example') });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://www.shop-a.example');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { clickId: string; cookieDays: number; reason: null; clickIdParam: string };
    expect(body).toMatchObject({ reason: null, cookieDays: 45, clickIdParam: 'aff_click' });
    const row = await clickRow(body.clickId);
    expect(row).toMatchObject({
      linkForm: 'client_side',
      status: 'accepted',
      code: acme.enrollment.refCode,
      programId: acme.program.id,
      enrollmentId: acme.enrollment.id,
      organizationId: acme.org.id,
      referrer: 'https://blog.example/review',
      landingUrl: `https://www.shop-a.example/pricing?ref=${acme.enrollment.refCode}`,
      country: 'US',
    });
  });

  it('two tenants: a code reported from the other advertiser’s site is refused, unrecorded and without CORS', async () => {
    const [acme, other] = await Promise.all([advertiserOn('shop-c.example'), advertiserOn('shop-d.example')]);
    const res = await report({ origin: 'https://shop-d.example', body: visit(acme, 'shop-d.example') });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('origin_not_allowed');
    // Its own code from its own site still counts.
    const own = await report({ origin: 'https://shop-d.example', body: visit(other, 'shop-d.example') });
    expect(own.status).toBe(201);
    const rows = await db.select().from(s.clicks).where(eq(s.clicks.enrollmentId, acme.enrollment.id));
    expect(rows).toEqual([]);
  });

  it('refuses a page URL that is not the request’s origin, and a request without an origin', async () => {
    const acme = await advertiserOn('shop-e.example');
    const spoofed = await report({ origin: 'https://evil.example', body: visit(acme, 'shop-e.example') });
    expect(spoofed.status).toBe(403);
    const bare = await report({ origin: null, body: visit(acme, 'shop-e.example') });
    expect(bare.status).toBe(403);
  });

  it('accepts only the program’s referral parameters, which the advertiser sets (validated)', async () => {
    const acme = await advertiserOn('shop-f.example');
    const before = await report({ origin: 'https://shop-f.example', body: visit(acme, 'shop-f.example', 'via') });
    expect(before.status).toBe(422);
    expect(before.headers.get('access-control-allow-origin')).toBe('https://shop-f.example');
    expect(((await before.json()) as { error: { code: string } }).error.code).toBe('param_not_accepted');

    const path = `/orgs/${acme.org.id}/programs/${acme.program.id}`;
    for (const referralParams of [[], ['bad name'], ['via', 'via'], Array.from({ length: 9 }, (_, i) => `p${i}`)])
      expectStatus(await call(acme.owner, 'PATCH', path, { referralParams }), 400, 'validation_failed');
    const patched = await call(acme.owner, 'PATCH', path, { referralParams: ['ref', 'via', 'fpr', 'gspk'] });
    expectStatus(patched, 200);
    expect(patched.body.referralParams).toEqual(['ref', 'via', 'fpr', 'gspk']);

    // The PATCH republishes the program to KV; the isolate's 30 s cache of the old value is dropped here.
    await eventually(
      async () => {
        const route = (await env.ROUTING.get(`program:${acme.program.id}`, 'json')) as { referralParams?: string[] };
        return route?.referralParams?.includes('via') ? true : undefined;
      },
      30_000,
      'the setting published to KV',
    );
    clearKvCache();
    const after = await report({ origin: 'https://shop-f.example', body: visit(acme, 'shop-f.example', 'via') });
    expect(after.status).toBe(201);
    const { clickId } = (await after.json()) as { clickId: string };
    expect(await clickRow(clickId)).toMatchObject({ linkForm: 'client_side', status: 'accepted' });
  });

  it('applies the redirect’s rules: robots and geo are recorded as refused and get no click id', async () => {
    const acme = await advertiserOn('shop-g.example', { geoDeny: ['DE'] });
    const robot = await report({
      origin: 'https://shop-g.example',
      body: visit(acme, 'shop-g.example'),
      userAgent: 'Googlebot/2.1 (+http://www.google.com/bot.html)',
    });
    expect(robot.status).toBe(200);
    expect(await robot.json()).toMatchObject({ clickId: null, reason: 'bot', cookieDays: null });

    const germany = await report({
      origin: 'https://shop-g.example',
      body: visit(acme, 'shop-g.example'),
      cf: { country: 'DE' },
    });
    expect(await germany.json()).toMatchObject({ clickId: null, reason: 'geo_blocked' });

    const refused = await eventually(
      async () => {
        const rows = await db.select().from(s.clicks).where(eq(s.clicks.enrollmentId, acme.enrollment.id));
        return rows.length === 2 ? rows : undefined;
      },
      30_000,
      'both refused clicks recorded',
    );
    expect(refused.map((r) => [r.status, r.rejectReason]).sort()).toEqual([
      ['rejected', 'bot'],
      ['rejected', 'geo_blocked'],
    ]);
  });

  it('an unknown code is recorded as refused and answered 404 without CORS', async () => {
    const acme = await advertiserOn('shop-h.example');
    const code = `nobody-${crypto.randomUUID().slice(0, 8)}`;
    const res = await report({
      origin: 'https://shop-h.example',
      body: visit(acme, 'shop-h.example', 'ref', { code }),
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const row = await eventually(
      async () => (await db.select().from(s.clicks).where(eq(s.clicks.code, code)))[0],
      30_000,
      'the unknown code',
    );
    expect(row).toMatchObject({ linkForm: 'client_side', status: 'rejected', rejectReason: 'unknown_code' });
  });

  it.each([
    { label: 'not JSON', body: '{', status: 400, code: 'invalid_json' },
    { label: 'an unknown field', extra: { sub1: 'x' }, status: 400, code: 'validation_failed' },
    { label: 'a code that is not a code', extra: { code: '<script>' }, status: 400, code: 'validation_failed' },
    { label: 'a parameter name that is not one', extra: { param: 'a b' }, status: 400, code: 'validation_failed' },
    { label: 'a page URL that is not a URL', extra: { url: 'shop' }, status: 400, code: 'validation_failed' },
  ])('bad input, $label: $status $code', async ({ body, extra, status, code }) => {
    const acme = await advertiserOn(`bad-${crypto.randomUUID().slice(0, 6)}.example`);
    const res = await report({ origin: 'https://x.example', body: body ?? visit(acme, 'x.example', 'ref', extra) });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
  });

  it('answers only POST', async () => {
    const res = await report({ origin: 'https://x.example', body: null, method: 'GET' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
});
