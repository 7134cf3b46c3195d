import { createExecutionContext, createMessageBatch, createScheduledController, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { uuidv7 } from '../../workers/contracts/ids';
import { loadConfig } from '../../workers/env';
import { createLogger } from '../../workers/logging';
import worker from '../../workers/index';
import { publishRouting } from '../../workers/services/tracking';
import type { ClickBundle, ClickMessage } from '../../workers/contracts/click-message';
import { enqueueClick, spoolKey } from '../../workers/tracker/enqueue-click';
import { eventually } from '../eventually';
import { createTenant, testDb } from '../fixtures';
import type { TenantOptions } from '../tenant';
import { clickMessageFor, clickOwnerOf } from '../click-messages';
import { record } from '../conversions';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';
import { clickRollupRows } from '../../workers/services/click-rollup-ctes';

useTestDatabase();

const BROWSER =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';
const LANDING =
  'https://app.example/landing?cid={click_id}&aff={affiliate_id}&o={offer_id}&adv={advertiser_id}&s1={sub1}&s10={sub10}';
const FALLBACK = 'https://app.example/fallback';

let db: Db;
let close: () => Promise<void>;
let ipCounter = 0;

beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const nextIp = () => `198.18.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;

interface VisitInit {
  method?: string;
  headers?: Record<string, string>;
  /** Overrides request.cf, as Cloudflare would fill it (country…). */
  cf?: Record<string, unknown>;
}

function visit(url: string, init: VisitInit = {}): Promise<Response> {
  return workerFetch(url, {
    redirect: 'manual',
    ...init,
    headers: { 'user-agent': BROWSER, 'cf-connecting-ip': nextIp(), ...init.headers },
  } as RequestInit);
}

/** A tenant whose routing is published to KV, as the management API does after each change. */
async function publishedTenant(opts: TenantOptions = {}) {
  const tenant = await createTenant(db, {
    ...opts,
    program: { landingUrl: LANDING, fallbackUrl: FALLBACK, ...opts.program },
  });
  const ctx = { db, config: loadConfig(env), now: new Date(), log: createLogger() };
  await publishRouting({ ctx, input: { program: tenant.program.id } });
  await publishRouting({ ctx, input: { enrollment: tenant.enrollment.id } });
  return tenant;
}

/** The click ids in one bundle (one queue message). */
const idsIn = (bundle: ClickBundle) => bundle.clicks.map((c) => c.id);

const cookieId = (res: Response) => /aff_click=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];

async function clickRow(id: string) {
  return eventually(
    async () => (await db.select().from(s.clicks).where(eq(s.clicks.id, id)))[0],
    30_000,
    `click ${id}`,
  );
}

/** The click a response recorded: by cookie, or else by the landing URL written for it. */
async function rowForLocation(location: string) {
  return eventually(
    async () => (await db.select().from(s.clicks).where(eq(s.clicks.landingUrl, location)))[0],
    30_000,
    `click to ${location}`,
  );
}

async function consume(bodies: unknown[], workerEnv: typeof env = env) {
  const batch = createMessageBatch(
    'clicks',
    bodies.map((body, i) => ({ id: `m-${crypto.randomUUID()}-${i}`, timestamp: new Date(), attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, workerEnv);
  return getQueueResult(batch, ctx);
}

function message(
  tenant: Awaited<ReturnType<typeof createTenant>>,
  overrides: Partial<ClickMessage> = {},
): ClickMessage {
  const at = Date.now() - Math.floor(Math.random() * 1000);
  return clickMessageFor(clickOwnerOf(tenant), { id: uuidv7(at), at, userAgent: BROWSER, country: 'US', ...overrides });
}

describe('link forms', () => {
  it('form 1 on a partner site: same URL without the segment, cookie for the program, click resolved', async () => {
    const t = await publishedTenant({ cookieDays: 45 });
    const res = await visit(`https://app.example/pricing/aff/${t.enrollment.refCode}?plan=pro`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://app.example/pricing?plan=pro');
    expect(res.headers.get('set-cookie')).toMatch(
      new RegExp(`^aff_click=[0-9a-f-]{36}; Max-Age=${45 * 86_400}; Path=/; Secure; SameSite=Lax$`),
    );
    const row = await clickRow(cookieId(res)!);
    expect(row).toMatchObject({
      linkForm: 'aff_path',
      status: 'accepted',
      programId: t.program.id,
      enrollmentId: t.enrollment.id,
      organizationId: t.org.id,
      deviceType: 'desktop',
      os: 'Mac OS',
      browser: 'Safari',
    });
  });

  it("form 1 on the tracking host: the program's landing URL, query kept, the click id under aff_click", async () => {
    const t = await publishedTenant({ program: { landingUrl: 'https://app.example/welcome?ref=aff' } });
    const res = await visit(`http://localhost/aff/${t.enrollment.refCode}?utm_source=newsletter`);
    const id = cookieId(res)!;
    expect(res.headers.get('location')).toBe(
      `https://app.example/welcome?ref=aff&utm_source=newsletter&aff_click=${id}`,
    );
    expect(await clickRow(id)).toMatchObject({ status: 'accepted', landingUrl: res.headers.get('location') });
  });

  it("form 1 on the tracking host: a template's macros are filled, {click_id} included, and the program's parameter name is used", async () => {
    const t = await publishedTenant({
      program: { landingUrl: 'https://app.example/offer?cid={click_id}&aff={affiliate_id}', clickIdParam: 'ref_click' },
    });
    const res = await visit(`http://localhost/aff/${t.enrollment.refCode}?utm_source=demo&cid=forged`);
    const id = cookieId(res)!;
    expect(res.headers.get('location')).toBe(
      `https://app.example/offer?cid=${id}&aff=${t.affiliate.id}&utm_source=demo`,
    );
    const plain = await publishedTenant({
      program: { landingUrl: 'https://app.example/?o={offer_id}', clickIdParam: 'ref_click' },
    });
    const res2 = await visit(`http://localhost/aff/${plain.enrollment.refCode}?utm_source=demo`);
    expect(res2.headers.get('location')).toBe(
      `https://app.example/?o=${plain.program.id}&utm_source=demo&ref_click=${cookieId(res2)}`,
    );
  });

  it('form 1 on the tracking host: a refused click goes to the fallback without an id', async () => {
    const t = await publishedTenant({
      programStatus: 'paused',
      program: { landingUrl: 'https://app.example/welcome' },
    });
    const res = await visit(`http://localhost/aff/${t.enrollment.refCode}?utm_source=demo`);
    expect(res.headers.get('location')).toBe(FALLBACK);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('a routing value written before the click id parameter existed still redirects, with aff_click', async () => {
    const t = await createTenant(db, { program: { landingUrl: 'https://app.example/old', fallbackUrl: FALLBACK } });
    const ctx = { db, config: loadConfig(env), now: new Date(), log: createLogger() };
    await publishRouting({ ctx, input: { enrollment: t.enrollment.id } });
    // The program value as the projection wrote it before clickIdParam existed.
    await env.ROUTING.put(
      `program:${t.program.id}`,
      JSON.stringify({
        v: 1,
        programId: t.program.id,
        organizationId: t.org.id,
        appId: t.app.id,
        status: 'active',
        landingUrl: 'https://app.example/old',
        allowedDomains: ['app.example'],
        fallbackUrl: FALLBACK,
        cookieDays: 30,
        geoAllow: [],
        geoDeny: [],
        capClicksDaily: null,
        capClicksTotal: null,
      }),
    );
    const res = await visit(`http://localhost/aff/${t.enrollment.refCode}`);
    expect(res.headers.get('location')).toBe(`https://app.example/old?aff_click=${cookieId(res)}`);
  });

  it('form 2 /click: landing URL with every macro filled and URL-encoded', async () => {
    const t = await publishedTenant();
    const res = await visit(
      `http://localhost/click?o=${t.program.id}&a=${t.affiliate.id}&sub1=${encodeURIComponent('spring sale&x=1')}&sub10=z`,
    );
    expect(res.status).toBe(302);
    const id = cookieId(res)!;
    const location = new URL(res.headers.get('location')!);
    expect(location.origin + location.pathname).toBe('https://app.example/landing');
    expect(Object.fromEntries(location.searchParams)).toEqual({
      cid: id,
      aff: t.affiliate.id,
      o: t.program.id,
      adv: t.org.id,
      s1: 'spring sale&x=1',
      s10: 'z',
    });
    const row = await clickRow(id);
    expect(row).toMatchObject({
      linkForm: 'click',
      status: 'accepted',
      sub1: 'spring sale&x=1',
      sub10: 'z',
      sub2: null,
    });
  });

  it("form 3 /r/{slug}: the link's landing URL with its UTM and custom params", async () => {
    const t = await publishedTenant();
    const slug = `spring-${Date.now().toString(36)}`;
    const [link] = await db
      .insert(s.links)
      .values({
        enrollmentId: t.enrollment.id,
        organizationId: t.org.id,
        programId: t.program.id,
        affiliateId: t.affiliate.id,
        name: 'Spring',
        landingUrl: 'https://app.example/blog/post?cid={click_id}',
        params: { utm_source: 'blog', utm_campaign: 'spring', ref: 'x y' },
        slug,
      })
      .returning();
    await publishRouting({
      ctx: { db, config: loadConfig(env), now: new Date(), log: createLogger() },
      input: { link: link!.id },
    });
    const res = await visit(`http://localhost/r/${slug}`);
    const id = cookieId(res)!;
    const location = new URL(res.headers.get('location')!);
    expect(location.origin + location.pathname).toBe('https://app.example/blog/post');
    expect(Object.fromEntries(location.searchParams)).toEqual({
      cid: id,
      utm_source: 'blog',
      utm_campaign: 'spring',
      ref: 'x y',
    });
    expect(await clickRow(id)).toMatchObject({
      linkForm: 'short_link',
      linkId: link!.id,
      status: 'accepted',
      enrollmentId: t.enrollment.id,
    });
  });

  it('forms 2 and 3 whose landing URL places no {click_id} carry the id under the parameter too', async () => {
    const t = await publishedTenant({
      program: { landingUrl: 'https://app.example/offer?s1={sub1}', clickIdParam: 'ref_click' },
    });
    const form2 = await visit(`http://localhost/click?o=${t.program.id}&a=${t.affiliate.id}&sub1=spring`);
    expect(form2.headers.get('location')).toBe(`https://app.example/offer?s1=spring&ref_click=${cookieId(form2)}`);
    const slug = `plain-${Date.now().toString(36)}`;
    const [link] = await db
      .insert(s.links)
      .values({
        enrollmentId: t.enrollment.id,
        organizationId: t.org.id,
        programId: t.program.id,
        affiliateId: t.affiliate.id,
        name: 'Plain',
        landingUrl: 'https://app.example/blog/post',
        params: { utm_source: 'blog' },
        slug,
      })
      .returning();
    await publishRouting({
      ctx: { db, config: loadConfig(env), now: new Date(), log: createLogger() },
      input: { link: link!.id },
    });
    const form3 = await visit(`http://localhost/r/${slug}`);
    expect(form3.headers.get('location')).toBe(
      `https://app.example/blog/post?utm_source=blog&ref_click=${cookieId(form3)}`,
    );
  });

  it.each([
    {
      label: 'form 1 unknown code, partner site',
      url: 'https://app.example/docs/aff/nobody-here?x=1',
      location: 'https://app.example/docs?x=1',
    },
    {
      label: 'form 2 unknown program',
      url: `http://localhost/click?o=${uuidv7()}&a=${uuidv7()}`,
      location: 'http://localhost:8787/',
    },
    { label: 'form 2 without parameters', url: 'http://localhost/click', location: 'http://localhost:8787/' },
    { label: 'form 3 unknown slug', url: 'http://localhost/r/no-such-link', location: 'http://localhost:8787/' },
  ])('$label still redirects, and is recorded as unknown_code', async ({ url, location }) => {
    const res = await visit(url);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(location);
    if (!url.includes('/aff/')) expect(res.headers.get('set-cookie')).toBeNull();
    const row = await rowForLocation(location);
    expect(row.rejectReason).toBe('unknown_code');
  });

  it("judges a code the edge did not know yet in the consumer, including the partner site's domain", async () => {
    const t = await createTenant(db); // not published: the edge cannot resolve its code
    const own = await visit(`https://app.example/pricing/aff/${t.enrollment.refCode}`);
    expect(own.headers.get('location')).toBe('https://app.example/pricing');
    expect(await clickRow(cookieId(own)!)).toMatchObject({ status: 'accepted', enrollmentId: t.enrollment.id });
    const foreign = await visit(`https://other.example/pricing/aff/${t.enrollment.refCode}`);
    expect(foreign.headers.get('location')).toBe('https://other.example/pricing');
    expect(await clickRow(cookieId(foreign)!)).toMatchObject({ status: 'rejected', rejectReason: 'invalid_target' });
  });

  it('answers other methods on tracker paths with 405', async () => {
    const res = await workerFetch('http://localhost/click', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('a click on the tracking host, converted on the partner site', () => {
  it('the click id the landing URL carried attributes the conversion to the affiliate, as form 1 does', async () => {
    const t = await publishedTenant({ program: { landingUrl: 'https://app.example/welcome' } });
    const res = await visit(`http://localhost/aff/${t.enrollment.refCode}?utm_source=demo`);
    // What the partner's snippet keeps: the id in the URL, not the cookie on our host.
    const clickId = new URL(res.headers.get('location')!).searchParams.get('aff_click')!;
    expect(clickId).toBe(cookieId(res));
    expect(await clickRow(clickId)).toMatchObject({ status: 'accepted', enrollmentId: t.enrollment.id });
    const out = await record(
      db,
      t,
      { type: 'sale', click_id: clickId, amount: 10_000, currency: 'USD' },
      { now: new Date(Date.now() + 60_000) },
    );
    expect(out.attribution).toMatchObject({
      method: 'click_id',
      clickId,
      affiliateId: t.affiliate.id,
      enrollmentId: t.enrollment.id,
      programId: t.program.id,
    });
    expect(out.commissions[0]).toMatchObject({ beneficiaryId: t.affiliate.id, amountMinor: 3000, currency: 'USD' });
  });
});

describe('rules before redirecting', () => {
  async function expectRefused(url: string, init: Parameters<typeof visit>[1], reason: string, location = FALLBACK) {
    const res = await visit(url, init);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(location);
    expect(res.headers.get('set-cookie')).toBeNull();
    const rows = await eventually(
      async () => {
        const found = await db
          .select()
          .from(s.clicks)
          .where(sql`${s.clicks.rejectReason} = ${reason} and ${s.clicks.landingUrl} = ${location}`);
        return found.length ? found : undefined;
      },
      30_000,
      `a ${reason} click`,
    );
    expect(rows[0]!.status).toBe('rejected');
    return rows;
  }

  it('paused program → fallback, inactive_program', async () => {
    const t = await publishedTenant({ programStatus: 'paused' });
    await expectRefused(`http://localhost/click?o=${t.program.id}&a=${t.affiliate.id}`, {}, 'inactive_program');
  });

  it('suspended affiliate → fallback, inactive_enrollment', async () => {
    const t = await publishedTenant({
      enrollmentStatus: 'suspended',
      program: { fallbackUrl: 'https://app.example/suspended' },
    });
    await expectRefused(
      `http://localhost/click?o=${t.program.id}&a=${t.affiliate.id}`,
      {},
      'inactive_enrollment',
      'https://app.example/suspended',
    );
  });

  it('geo: a denied country and a country off the allow-list go to the fallback; an allowed one passes', async () => {
    const deny = await publishedTenant({ program: { geoDeny: ['DE'], fallbackUrl: 'https://app.example/geo-deny' } });
    await expectRefused(
      `http://localhost/click?o=${deny.program.id}&a=${deny.affiliate.id}`,
      { cf: { country: 'DE' } },
      'geo_blocked',
      'https://app.example/geo-deny',
    );
    const allow = await publishedTenant({
      program: { geoAllow: ['US', 'CA'], fallbackUrl: 'https://app.example/geo-allow' },
    });
    await expectRefused(
      `http://localhost/click?o=${allow.program.id}&a=${allow.affiliate.id}`,
      { cf: { country: 'FR' } },
      'geo_blocked',
      'https://app.example/geo-allow',
    );
    const ok = await visit(`http://localhost/click?o=${allow.program.id}&a=${allow.affiliate.id}`, {
      cf: { country: 'CA' },
    });
    expect(new URL(ok.headers.get('location')!).pathname).toBe('/landing');
    expect((await clickRow(cookieId(ok)!)).country).toBe('CA');
  });

  it('a daily click cap, from the counters the cron publishes, sends clicks to the fallback', async () => {
    const t = await publishedTenant({ program: { capClicksDaily: 3, fallbackUrl: 'https://app.example/capped' } });
    const hour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
    await db.insert(s.clickStatsHourly).values({
      hour,
      organizationId: t.org.id,
      appId: t.app.id,
      programId: t.program.id,
      enrollmentId: t.enrollment.id,
      affiliateId: t.affiliate.id,
      country: 'US',
      deviceType: 'desktop',
      clicks: 3,
    });
    await worker.scheduled(createScheduledController({ cron: '* * * * *' }), env);
    expect(await env.ROUTING.get(`counters:${t.program.id}`, 'json')).toMatchObject({ clicksToday: 3, clicksTotal: 3 });
    await expectRefused(
      `http://localhost/click?o=${t.program.id}&a=${t.affiliate.id}`,
      {},
      'cap_reached',
      'https://app.example/capped',
    );
  });

  it("bots and HEAD requests are recorded as bots and sent to the link's own destination, without click id or cookie", async () => {
    const t = await publishedTenant({
      program: { landingUrl: 'https://app.example/welcome?ref=aff', fallbackUrl: 'https://app.example/bots' },
    });
    const url = `http://localhost/click?o=${t.program.id}&a=${t.affiliate.id}`;
    const rows = await expectRefused(
      url,
      { headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' } },
      'bot',
      'https://app.example/welcome?ref=aff',
    );
    expect(rows[0]!.isBot).toBe(true);
    const head = await visit(url, { method: 'HEAD' });
    expect(head.status).toBe(302);
    expect(head.headers.get('location')).toBe('https://app.example/welcome?ref=aff');
    expect(head.headers.get('set-cookie')).toBeNull();
  });

  describe('link previews', () => {
    const PREVIEWERS = [
      'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
      'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
      'Twitterbot/1.0',
      'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
      'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
      'WhatsApp/2.23.20.0 A',
      'TelegramBot (like TwitterBot)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.6367.60 Safari/537.36',
    ];

    async function shortLink(t: Awaited<ReturnType<typeof publishedTenant>>, landingUrl: string) {
      const slug = `preview-${crypto.randomUUID().slice(0, 8)}`;
      const [link] = await db
        .insert(s.links)
        .values({
          enrollmentId: t.enrollment.id,
          organizationId: t.org.id,
          programId: t.program.id,
          affiliateId: t.affiliate.id,
          name: 'Preview',
          landingUrl,
          params: { utm_source: 'slack', utm_campaign: 'launch' },
          slug,
        })
        .returning();
      await publishRouting({
        ctx: { db, config: loadConfig(env), now: new Date(), log: createLogger() },
        input: { link: link!.id },
      });
      return slug;
    }

    it('every preview fetcher of a short link gets its destination with the UTM tags, and is not a click', async () => {
      const t = await publishedTenant({ program: { fallbackUrl: 'https://app.example/home' } });
      const slug = await shortLink(t, 'https://app.example/blog/launch');
      const person = await visit(`http://localhost/r/${slug}`);
      const personId = cookieId(person)!;
      expect(person.headers.get('location')).toBe(
        `https://app.example/blog/launch?utm_source=slack&utm_campaign=launch&aff_click=${personId}`,
      );
      for (const ua of PREVIEWERS) {
        const res = await visit(`http://localhost/r/${slug}`, { headers: { 'user-agent': ua } });
        expect(res.status, ua).toBe(302);
        // What the person got, minus the click id: a refused click's id must not reach the page.
        expect(res.headers.get('location'), ua).toBe(
          'https://app.example/blog/launch?utm_source=slack&utm_campaign=launch',
        );
        expect(res.headers.get('set-cookie'), ua).toBeNull();
      }
      const rows = await eventually(
        async () => {
          const found = await db
            .select()
            .from(s.clicks)
            .where(sql`${s.clicks.programId} = ${t.program.id} and ${s.clicks.isBot}`);
          return found.length === PREVIEWERS.length ? found : undefined;
        },
        30_000,
        'the preview clicks',
      );
      for (const row of rows)
        expect(row).toMatchObject({ status: 'rejected', rejectReason: 'bot', linkForm: 'short_link' });
      expect(new Set(rows.map((r) => r.userAgent))).toEqual(new Set(PREVIEWERS));
    });

    it('a {click_id} the link places is left out; a geo rule does not apply to a preview; a paused program still falls back', async () => {
      const t = await publishedTenant({ program: { geoAllow: ['DE'], fallbackUrl: 'https://app.example/home' } });
      const slug = await shortLink(t, 'https://app.example/p?cid={click_id}&x=1');
      const res = await visit(`http://localhost/r/${slug}`, {
        headers: { 'user-agent': PREVIEWERS[0]! },
        cf: { country: 'US' },
      });
      expect(res.headers.get('location')).toBe('https://app.example/p?x=1&utm_source=slack&utm_campaign=launch');
      // A person in the US is refused by the allow list and sent to the fallback.
      const person = await visit(`http://localhost/r/${slug}`, { cf: { country: 'US' } });
      expect(person.headers.get('location')).toBe('https://app.example/home');

      const paused = await publishedTenant({
        programStatus: 'paused',
        program: { fallbackUrl: 'https://app.example/off' },
      });
      const pausedSlug = await shortLink(paused, 'https://app.example/blog/launch');
      const off = await visit(`http://localhost/r/${pausedSlug}`, { headers: { 'user-agent': PREVIEWERS[1]! } });
      expect(off.headers.get('location')).toBe('https://app.example/off');
    });
  });

  it('people in the Facebook, Snapchat and YouTube apps get the landing and a cookie; Amzn-User is a bot', async () => {
    const t = await publishedTenant({ program: { fallbackUrl: 'https://app.example/bots' } });
    const url = `http://localhost/click?o=${t.program.id}&a=${t.affiliate.id}`;
    for (const ua of [
      '[FBAN/FBIOS;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.1;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5]',
      'Snapchat/12.85.0.44 (iPhone9,3; iOS 15.7.5; gzip)',
      'com.google.ios.youtube/21.02.3 (iPhone16,2; U; CPU iOS 18_3_2 like Mac OS X;)',
    ]) {
      const res = await visit(url, { headers: { 'user-agent': ua } });
      expect(res.headers.get('location'), ua).toMatch(/^https:\/\/app\.example\/landing\?cid=[0-9a-f-]{36}&/);
      expect(res.headers.get('set-cookie'), ua).toMatch(/^aff_click=/);
      expect(await clickRow(cookieId(res)!)).toMatchObject({ status: 'accepted', isBot: false, userAgent: ua });
    }
    await expectRefused(
      url,
      {
        headers: {
          'user-agent':
            'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Amzn-User/0.1) Chrome/119.0.6045.214 Safari/537.36',
        },
      },
      'bot',
      // A robot gets the offer a person would, without the click id (LANDING places it as cid=, which goes).
      `https://app.example/landing?aff=${t.affiliate.id}&o=${t.program.id}&adv=${t.org.id}&s1=&s10=`,
    );
  });

  it("a doubtful click (an Electron app) is counted like a person's and flagged; Google TV and Dillo are people", async () => {
    const t = await publishedTenant({ program: { fallbackUrl: 'https://app.example/bots' } });
    const url = `http://localhost/click?o=${t.program.id}&a=${t.affiliate.id}`;
    const vscode =
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.96.2 Chrome/128.0.6613.186 Electron/32.2.6 Safari/537.36';
    const doubtful = await visit(url, { headers: { 'user-agent': vscode } });
    expect(doubtful.headers.get('location')).toMatch(/^https:\/\/app\.example\/landing\?cid=[0-9a-f-]{36}&/);
    expect(doubtful.headers.get('set-cookie')).toMatch(/^aff_click=/);
    expect(await clickRow(cookieId(doubtful)!)).toMatchObject({ status: 'accepted', rejectReason: null, isBot: true });
    for (const ua of [
      'Mozilla/5.0 (Linux; Android 14; Google TV Streamer; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.134 Safari/537.36',
      'Dillo/3.1.1',
    ]) {
      const res = await visit(url, { headers: { 'user-agent': ua } });
      expect(res.headers.get('set-cookie'), ua).toMatch(/^aff_click=/);
      expect(await clickRow(cookieId(res)!)).toMatchObject({ status: 'accepted', isBot: false, userAgent: ua });
    }
  });

  it('a prefetch is recorded and refused with 503, so the real navigation gets the redirect later', async () => {
    const t = await publishedTenant();
    const res = await visit(`https://app.example/aff/${t.enrollment.refCode}`, {
      headers: { 'sec-purpose': 'prefetch' },
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('location')).toBeNull();
    const row = await rowForLocation('https://app.example/');
    expect(row).toMatchObject({ rejectReason: 'prefetch', isBot: true });
  });

  it('too many clicks from one IP are rate limited', async () => {
    const t = await publishedTenant({ program: { fallbackUrl: 'https://app.example/slow-down' } });
    const url = `http://localhost/click?o=${t.program.id}&a=${t.affiliate.id}`;
    const locations: string[] = [];
    // 250 > 2 × 120: even if the limiter's 60-second window rolls over mid-test, one window overflows.
    for (let i = 0; i < 250; i++)
      locations.push((await visit(url, { headers: { 'cf-connecting-ip': '192.0.2.200' } })).headers.get('location')!);
    expect(locations.filter((l) => l === 'https://app.example/slow-down').length).toBeGreaterThanOrEqual(1);
    expect(new URL(locations[0]!).pathname).toBe('/landing');
    await eventually(
      async () =>
        (await db.select().from(s.clicks).where(eq(s.clicks.rejectReason, 'rate_limited'))).length ? true : undefined,
      30_000,
      'a rate_limited click',
    );
  });
});

describe('safe redirects', () => {
  // Every crafted attempt must land on the program's domain (or, for form 1, the very host the
  // browser asked for): none may produce an off-domain redirect.
  it('never redirects off the allowed domains (crafted attempts through every form)', async () => {
    const t = await publishedTenant({ program: { landingUrl: 'https://app.example/p/{sub1}?q={sub2}' } });
    const offDomain = await publishedTenant({
      program: { landingUrl: 'https://evil.example/steal', fallbackUrl: 'https://evil.example/fallback' },
    });
    const slug = `evil-${Date.now().toString(36)}`;
    const [link] = await db
      .insert(s.links)
      .values({
        enrollmentId: t.enrollment.id,
        organizationId: t.org.id,
        programId: t.program.id,
        affiliateId: t.affiliate.id,
        name: 'x',
        landingUrl: 'https://evil.example/',
        params: {},
        slug,
      })
      .returning();
    await publishRouting({
      ctx: { db, config: loadConfig(env), now: new Date(), log: createLogger() },
      input: { link: link!.id },
    });
    const code = t.enrollment.refCode;
    const click = (sub1: string, sub2 = '') =>
      `http://localhost/click?o=${t.program.id}&a=${t.affiliate.id}&sub1=${encodeURIComponent(sub1)}&sub2=${encodeURIComponent(sub2)}`;
    const attempts: { url: string; allowedHosts: string[] }[] = [
      ...[
        '//evil.example',
        '/%2F%2Fevil.example',
        '/%5Cevil.example',
        '/\\evil.example',
        '/.evil.example',
        '/@evil.example',
        '/%40evil.example',
        '/..%2F..%2Fevil.example',
      ].map((p) => ({
        url: `https://app.example${p}/aff/${code}`,
        allowedHosts: ['app.example'],
      })),
      ...[
        '//evil.example/',
        '@evil.example',
        'evil.example',
        'https://evil.example',
        'javascript:alert(1)',
        '\\\\evil.example',
        '../../..//evil.example',
        '%2F%2Fevil.example',
        '\r\nLocation: https://evil.example',
      ].flatMap((sub1) => [
        { url: click(sub1, 'https://evil.example/'), allowedHosts: ['app.example'] },
        // Form 1 on the tracking host fills the same template from its own sub1 and sub2.
        {
          url: `http://localhost/aff/${code}?sub1=${encodeURIComponent(sub1)}&sub2=${encodeURIComponent('https://evil.example/')}`,
          allowedHosts: ['app.example'],
        },
      ]),
      {
        url: `http://localhost/click?o=${offDomain.program.id}&a=${offDomain.affiliate.id}`,
        allowedHosts: ['localhost:8787', 'localhost'],
      },
      { url: `http://localhost/aff/${offDomain.enrollment.refCode}`, allowedHosts: ['localhost:8787', 'localhost'] },
      { url: `http://localhost/r/${slug}`, allowedHosts: ['app.example'] },
      { url: `https://evil.example/aff/${code}`, allowedHosts: ['evil.example'] },
      {
        url: `http://localhost/click?o=${encodeURIComponent('https://evil.example')}&a=x`,
        allowedHosts: ['localhost:8787'],
      },
      { url: `http://localhost/r/${encodeURIComponent('//evil.example')}`, allowedHosts: ['localhost:8787'] },
    ];
    expect(attempts.length).toBeGreaterThanOrEqual(20);
    for (const { url, allowedHosts } of attempts) {
      const res = await visit(url);
      expect(res.status, url).toBe(302);
      const location = new URL(res.headers.get('location')!, 'https://unparseable.invalid/');
      expect(allowedHosts, `${url} → ${location.href}`).toContain(location.host);
      expect(['https:', 'http:'], url).toContain(location.protocol);
    }
    // A form-1 click on a host outside the program's domains is not attributable.
    const foreign = await visit(`https://evil.example/aff/${code}`);
    expect(foreign.headers.get('set-cookie')).toBeNull();
  });

  it('oversized and malformed query strings and invalid UTF-8 still answer a redirect, never a 500', async () => {
    const t = await publishedTenant();
    const base = `http://localhost/click?o=${t.program.id}&a=${t.affiliate.id}`;
    const urls = [
      `${base}&sub1=${'x'.repeat(10_000)}`,
      `${base}&${Array.from({ length: 500 }, (_, i) => `p${i}=${i}`).join('&')}`,
      `${base}&sub1=%FF%FE%FD&sub2=%E0%A4%A&sub3=%`,
      `${base}&sub1=%00%01%1F&sub2=${encodeURIComponent('😀'.repeat(300))}`,
      `http://localhost/click?o=%FF&a=%00`,
      `https://app.example/${'a/'.repeat(500)}aff/${t.enrollment.refCode}`,
      `https://app.example/aff/${'x'.repeat(5_000)}`,
      `http://localhost/r/${'%FF'.repeat(100)}`,
    ];
    for (const url of urls) {
      const res = await visit(url);
      expect(res.status, url.slice(0, 120)).toBe(302);
    }
    const long = await visit(`${base}&sub1=${'y'.repeat(10_000)}`);
    const row = await clickRow(cookieId(long)!);
    expect(row.sub1).toHaveLength(256);
  });
});

describe('lossless ingest', () => {
  it('redirects while the database is down; the clicks land once it is back, with no duplicates', async () => {
    const t = await publishedTenant();
    const down = { ...env, DATABASE_URL: env.DATABASE_URL.replace(/\/[^/]+$/, '/database_down') };
    const ctx = createExecutionContext();
    const res = await worker.fetch(
      new Request(`https://app.example/aff/${t.enrollment.refCode}`, { headers: { 'user-agent': BROWSER } }),
      down,
      ctx,
    );
    expect(res.status).toBe(302);

    const bodies = [message(t), message(t), message(t)];
    const failed = await consume(bodies, down);
    expect(failed.explicitAcks).toHaveLength(0);
    expect(failed.retryMessages).toHaveLength(3);
    const ids = bodies.map((b) => b.id);
    expect(await db.select().from(s.clicks).where(inArray(s.clicks.id, ids))).toHaveLength(0);

    const recovered = await consume(bodies);
    expect(recovered.explicitAcks).toHaveLength(3);
    await consume(bodies);
    expect(await db.select().from(s.clicks).where(inArray(s.clicks.id, ids))).toHaveLength(3);
  });

  it('a bundle of clicks in one message: written once however often delivered, a malformed click dead-lettered alone, retried whole while the database is down', async () => {
    const t = await publishedTenant();
    const good = [message(t), message(t), message(t)];
    const malformed = { ...message(t), country: 'Germany' };
    const bundle: ClickBundle = { v: 2, clicks: [good[0]!, malformed as ClickMessage, good[1]!, good[2]!] };
    const ids = good.map((g) => g.id);

    const down = { ...env, DATABASE_URL: env.DATABASE_URL.replace(/\/[^/]+$/, '/database_down') };
    const failed = await consume([bundle], down);
    expect(failed.retryMessages).toHaveLength(1);
    expect(await db.select().from(s.clicks).where(inArray(s.clicks.id, ids))).toHaveLength(0);

    for (let i = 0; i < 3; i++) expect((await consume([bundle])).explicitAcks).toHaveLength(1);
    expect(
      (
        await db
          .select()
          .from(s.clicks)
          .where(inArray(s.clicks.id, [...ids, malformed.id]))
      )
        .map((r) => r.id)
        .sort(),
    ).toEqual([...ids].sort());
    const letters = await eventually(
      async () => {
        const rows = await db.select().from(s.deadLetters).where(sql`${s.deadLetters.body}->>'id' = ${malformed.id}`);
        return rows.length ? rows : undefined;
      },
      30_000,
      'the dead letter',
    );
    expect(letters[0]!.reason).toMatch(/^invalid click message: country/);
    expect(letters[0]!.body).toMatchObject({ id: malformed.id, country: 'Germany' });
  });

  it('the same batch delivered three times yields each click once, and rollups equal a count over the raw clicks', async () => {
    const t = await publishedTenant();
    const fingerprint = 'f'.repeat(32);
    const batch = [
      ...Array.from({ length: 40 }, (_, i) =>
        message(t, {
          country: i % 2 ? 'US' : 'DE',
          userAgent:
            i % 3
              ? BROWSER
              : 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
        }),
      ),
      message(t, { fingerprint }),
      message(t, { fingerprint }),
      message(t, { rejectReason: 'geo_blocked', landingUrl: FALLBACK }),
    ];
    for (let i = 0; i < 3; i++) expect((await consume(batch)).explicitAcks).toHaveLength(batch.length);

    const rows = await db.select().from(s.clicks).where(eq(s.clicks.programId, t.program.id));
    expect(rows).toHaveLength(batch.length);
    const sameFingerprint = rows
      .filter((r) => r.fingerprint === fingerprint)
      .sort((a, b) => a.clickedAt.getTime() - b.clickedAt.getTime() || a.id.localeCompare(b.id));
    expect(sameFingerprint.map((r) => r.isUnique)).toEqual([true, false]);

    const raw = await db.execute(sql`
      select date_trunc('hour', clicked_at, 'UTC') as hour, coalesce(country, 'ZZ') as country, coalesce(device_type, 'unknown') as device,
        count(*) filter (where status = 'accepted')::int as clicks, count(*) filter (where is_unique)::int as unique_clicks,
        count(*) filter (where status = 'rejected')::int as rejected
      from affiliate.clicks where program_id = ${t.program.id} group by 1, 2, 3 order by 1, 2, 3`);
    // As every reader takes the rollup: what the click-rollups job summed, and the raw clicks since.
    const rollup = await db.execute(sql`
      select hour, country, device_type as device, clicks::int, unique_clicks::int, rejected_clicks::int as rejected
      from ${clickRollupRows('click_stats_hourly')} as h where program_id = ${t.program.id} order by 1, 2, 3`);
    expect(rollup.rows.length).toBeGreaterThan(1);
    expect(rollup.rows).toEqual(raw.rows);
  });

  it('hashes the fingerprint in the consumer, the same as a hash the edge sent before (messages still in flight)', async () => {
    const t = await publishedTenant();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${BROWSER}:fr-CH`)));
    const hash = [...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const { fingerprint: _, ...withoutHash } = message(t);
    const older = message(t, { fingerprint: hash });
    const newer = { ...withoutHash, acceptLanguage: 'fr-CH' };
    expect((await consume([older, newer])).explicitAcks).toHaveLength(2);
    const rows = await db
      .select()
      .from(s.clicks)
      .where(inArray(s.clicks.id, [older.id, newer.id]));
    expect(rows.map((r) => r.fingerprint)).toEqual([hash, hash]);
    expect(rows.filter((r) => r.isUnique)).toHaveLength(1);
  });

  it('one request per isolate holds the sends: concurrent clicks go out in bundles of at most 100 (one queue message each), settled when the chain settles', async () => {
    const t = await publishedTenant();
    const batches: number[] = [];
    const sent: string[] = [];
    const recording = {
      send: async (bundle: ClickBundle) => {
        batches.push(bundle.clicks.length);
        sent.push(...idsIn(bundle));
      },
    } as unknown as Queue<unknown>;
    const clicks = Array.from({ length: 150 }, () => message(t));
    const holders = clicks.map((c) => enqueueClick(recording, env.CLICK_SPOOL, c));
    expect(holders[0]).toBeInstanceOf(Promise);
    expect(holders.slice(1).every((h) => h === null)).toBe(true);
    expect(sent).toEqual([]);
    expect(await holders[0]).toEqual({ queued: 150, spooled: 0, failed: 0 });
    expect(batches).toEqual([100, 50]);
    expect(sent.sort()).toEqual(clicks.map((c) => c.id).sort());
  });

  it('clicks arriving while a chain sends join it; a holder hands over after its rounds, and every click is sent exactly once', async () => {
    const t = await publishedTenant();
    const sent: string[] = [];
    const clicks: ClickMessage[] = [];
    const holders: Promise<unknown>[] = [];
    const arrive = () => {
      const click = message(t);
      clicks.push(click);
      const holding = enqueueClick(queue, env.CLICK_SPOOL, click);
      if (holding) holders.push(holding);
    };
    const queue = {
      send: async (bundle: ClickBundle) => {
        sent.push(...idsIn(bundle));
        if (clicks.length < 80) arrive(); // a request arriving while the chain's send is under way
        await new Promise((r) => setTimeout(r, 1));
      },
    } as unknown as Queue<unknown>;
    arrive();
    await eventually(async () => (sent.length === 80 ? true : undefined), 30_000, '80 clicks sent');
    const results = (await Promise.all(holders)) as { queued: number; spooled: number; failed: number }[];
    // 80 rounds of one click each: more than one holder (each stops accepting after its rounds), far fewer than clicks.
    expect(holders.length).toBeGreaterThan(1);
    expect(holders.length).toBeLessThan(10);
    expect(results.reduce((n, r) => n + r.queued, 0)).toBe(80);
    expect(results.every((r) => r.spooled === 0 && r.failed === 0)).toBe(true);
    expect(sent.sort()).toEqual(clicks.map((c) => c.id).sort());
  });

  it('a chain whose request the runtime ended (silent for 10 s) is taken over: the next click resends what it held', async () => {
    const t = await publishedTenant();
    const sent: string[] = [];
    let calls = 0;
    const queue = {
      send: (bundle: ClickBundle) => {
        calls++;
        // The first holder's send never settles, as if workerd had ended its request mid-send.
        if (calls === 1) return new Promise(() => {});
        sent.push(...idsIn(bundle));
        return Promise.resolve();
      },
    } as unknown as Queue<unknown>;
    const stuck = message(t);
    const dead = enqueueClick(queue, env.CLICK_SPOOL, stuck);
    expect(dead).toBeInstanceOf(Promise);
    await eventually(async () => (calls === 1 ? true : undefined), 30_000, 'the first send to start');
    // Within the stale window a new click only joins the (seemingly) running chain.
    const waiting = message(t);
    expect(enqueueClick(queue, env.CLICK_SPOOL, waiting)).toBeNull();
    const realNow = Date.now.bind(Date);
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 11_000);
    const next = message(t);
    try {
      const takeover = enqueueClick(queue, env.CLICK_SPOOL, next);
      expect(takeover).toBeInstanceOf(Promise);
      expect(await takeover).toEqual({ queued: 3, spooled: 0, failed: 0 });
    } finally {
      clock.mockRestore();
    }
    // The dead chain's click, the one that waited behind it, and the new one: each sent once.
    expect(sent.sort()).toEqual([stuck.id, waiting.id, next.id].sort());
  });

  it('a chain whose queue is down spools each click it took to KV, and counts a click KV refused too as failed', async () => {
    const t = await publishedTenant();
    const attempts: number[] = [];
    const down = {
      send: async (bundle: ClickBundle) => (
        attempts.push(bundle.clicks.length), Promise.reject(new Error('queue down'))
      ),
    } as unknown as Queue<unknown>;
    const clicks = [message(t), message(t), message(t)];
    const refused = clicks[2]!.id;
    const kv = {
      put: (key: string, value: string, opts: unknown) =>
        key === spoolKey(refused)
          ? Promise.reject(new Error('kv down'))
          : env.CLICK_SPOOL.put(key, value, opts as KVNamespacePutOptions),
    } as unknown as KVNamespace;
    const [holding, ...others] = clicks.map((c) => enqueueClick(down, kv, c));
    expect(others).toEqual([null, null]);
    expect(await holding).toEqual({ queued: 0, spooled: 2, failed: 1 });
    expect(attempts).toEqual([3, 3, 3]);
    for (const c of clicks.slice(0, 2))
      expect(await env.CLICK_SPOOL.get(spoolKey(c.id), 'json')).toMatchObject({ id: c.id });
    expect(await env.CLICK_SPOOL.get(spoolKey(refused))).toBeNull();
  });

  it('lands every one of many concurrent clicks through the real queue', async () => {
    const t = await publishedTenant();
    const responses = await Promise.all(
      Array.from({ length: 40 }, () => visit(`https://app.example/aff/${t.enrollment.refCode}`)),
    );
    const ids = responses.map((r) => cookieId(r)!);
    expect(new Set(ids).size).toBe(40);
    await eventually(
      async () =>
        (await db.select().from(s.clicks).where(inArray(s.clicks.id, ids))).length === 40 ? true : undefined,
      30_000,
      '40 clicks',
    );
  });

  it('dead-letters a row Postgres refuses without losing the rest of its batch', async () => {
    const t = await publishedTenant();
    const good = [message(t), message(t)];
    const poison = message(t, { ip: 'not-an-ip-address', sub: ['nul\u0000byte'] });
    const result = await consume([good[0], poison, good[1]]);
    expect(result.explicitAcks).toHaveLength(3);
    expect(result.retryMessages).toHaveLength(0);
    expect(
      await db
        .select()
        .from(s.clicks)
        .where(inArray(s.clicks.id, [...good.map((g) => g.id), poison.id])),
    ).toHaveLength(2);
    const [letter] = await eventually(
      async () => {
        const rows = await db.select().from(s.deadLetters).where(sql`${s.deadLetters.body}->>'id' = ${poison.id}`);
        return rows.length ? rows : undefined;
      },
      30_000,
      'the dead letter',
    );
    expect(letter!.reason).toMatch(/postgres refused the click \(22/);
  });

  it('spools a click to KV when the queue keeps failing, and the drain cron sends it on', async () => {
    const t = await publishedTenant();
    const failingQueue = {
      send: async () => Promise.reject(new Error('queue down')),
      sendBatch: async () => Promise.reject(new Error('queue down')),
    };
    const ctx = createExecutionContext();
    const broken = { ...env, CLICKS: failingQueue as unknown as Queue<unknown> };
    const res = await worker.fetch(
      new Request(`https://app.example/aff/${t.enrollment.refCode}`, { headers: { 'user-agent': BROWSER } }),
      broken,
      ctx,
    );
    expect(res.status).toBe(302);
    const { waitOnExecutionContext } = await import('cloudflare:test');
    await waitOnExecutionContext(ctx);
    const id = cookieId(res)!;
    expect(await env.CLICK_SPOOL.get(spoolKey(id), 'json')).toMatchObject({ id, code: t.enrollment.refCode });

    await worker.scheduled(createScheduledController({ cron: '* * * * *' }), env);
    expect(await env.CLICK_SPOOL.get(spoolKey(id))).toBeNull();
    expect(await clickRow(id)).toMatchObject({ status: 'accepted', enrollmentId: t.enrollment.id });
  });
});

describe('daily maintenance', () => {
  it('drops click partitions older than the retention and rebuilds the routing projection', async () => {
    await db.execute(
      sql`select affiliate.ensure_click_partitions(date_trunc('month', now() - interval '20 months')::date, 1)`,
    );
    const old = new Date();
    old.setUTCMonth(old.getUTCMonth() - 20, 1);
    const name = `clicks_y${old.getUTCFullYear()}m${String(old.getUTCMonth() + 1).padStart(2, '0')}`;
    const exists = async (table: string) =>
      (await db.execute(sql`select 1 from pg_tables where schemaname = 'affiliate' and tablename = ${table}`)).rows
        .length === 1;
    expect(await exists(name)).toBe(true);

    const t = await createTenant(db); // not published: only the rebuild can put it in KV
    await worker.scheduled(createScheduledController({ cron: '17 3 * * *' }), env);

    expect(await exists(name)).toBe(false);
    const current = new Date();
    expect(
      await exists(`clicks_y${current.getUTCFullYear()}m${String(current.getUTCMonth() + 1).padStart(2, '0')}`),
    ).toBe(true);
    expect(await env.ROUTING.get(`code:${t.enrollment.refCode}`, 'json')).toMatchObject({
      enrollmentId: t.enrollment.id,
      status: 'active',
    });
    expect(await env.ROUTING.get(`program:${t.program.id}`, 'json')).toMatchObject({
      programId: t.program.id,
      status: 'active',
    });
  });
});
