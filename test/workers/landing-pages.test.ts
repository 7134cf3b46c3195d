import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { randomIp } from '../accounts';
import { call, expectStatus } from '../api-client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

// Two advertisers side by side, each with a white-label portal host, and the platform's own host: a program's
// public page shows only open programs, each advertiser's only on its own portal, with the live terms.

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => {
  ({ db, acme, other } = t);
});

const PLATFORM = 'app.test';
let counter = 0;
const unique = (p: string) => `${p}-${Date.now().toString(36)}-${counter++}`;
let acmeHost: string;
let otherHost: string;
let acmePublic: string;
let acmeDraft: string;
let acmeInviteOnly: string;
let otherPublic: string;
let goldGroup: string;

async function get(host: string, path: string, headers: Record<string, string> = {}) {
  const res = await workerFetch(`http://${host}${path}`, { headers: { 'cf-connecting-ip': randomIp(), ...headers } });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

const program = (a: Advertiser, over: Partial<typeof s.programs.$inferInsert>) => ({
  organizationId: a.org.id,
  appId: a.app.id,
  name: 'Program',
  slug: unique('p'),
  status: 'active' as const,
  visibility: 'public' as const,
  payoutModel: 'revshare' as const,
  commissionType: 'percent' as const,
  commissionRateBps: 3000,
  recurringMode: 'lifetime' as const,
  currency: 'USD',
  landingUrl: 'https://app.example/',
  allowedDomains: ['app.example'],
  ...over,
});

beforeAll(async () => {
  acmeHost = `${unique('partners')}.acme.test`;
  otherHost = `${unique('partners')}.other.test`;
  await db.insert(s.customDomains).values([
    { organizationId: acme.org.id, hostname: acmeHost, purpose: 'portal', status: 'active' },
    { organizationId: other.org.id, hostname: otherHost, purpose: 'both', status: 'active' },
  ]);
  await db
    .update(s.organizations)
    .set({ name: 'Acme Inc', branding: { portalName: 'Acme Partners', primaryColor: '#0b7285' } })
    .where(eq(s.organizations.id, acme.org.id));
  await db.update(s.apps).set({ name: 'KanGrow CRM' }).where(eq(s.apps.id, acme.app.id));
  const rows = await db
    .insert(s.programs)
    .values([
      program(acme, {
        name: 'KanGrow partners',
        description: 'Sell the CRM <b>small teams</b> love',
        onboardingBrief: 'Teams of 5–50 <script>alert(1)</script>',
        goals: 'Reach agencies\nand consultants',
        cookieDays: 60,
      }),
      program(acme, { name: 'Acme draft', status: 'draft' }),
      program(acme, { name: 'Acme invite only', visibility: 'invite_only' }),
      program(other, { name: 'Other public', commissionRateBps: 1500 }),
    ])
    .returning();
  [acmePublic, acmeDraft, acmeInviteOnly, otherPublic] = rows.map((r) => r.id) as [string, string, string, string];
  const [gold] = await db
    .insert(s.programGroups)
    .values({ organizationId: acme.org.id, programId: acmePublic, name: 'Gold', commissionRateBps: 4000 })
    .returning();
  goldGroup = gold!.id;
  await db.insert(s.creatives).values({
    programId: acmePublic,
    organizationId: acme.org.id,
    kind: 'banner',
    name: 'Leaderboard 728×90',
    imageUrl: 'https://cdn.example/banner.png',
    width: 728,
    height: 90,
  });
});

describe('program pages', () => {
  it('render the live terms, calculator, brief, creatives and meta tags on the platform host', async () => {
    const page = await get(PLATFORM, `/programs/${acmePublic}`);
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    expect(page.text).toContain('<title>KanGrow partners — Acme Inc</title>');
    // A lifetime share says so wherever the reward is named: the meta description and the hero alike.
    const headline = '30% per conversion and 30% of every renewal, for the customer’s lifetime';
    expect(page.text).toContain(`<meta name="description" content="Promote KanGrow CRM and earn ${headline}.">`);
    expect(page.text).toContain(`<p class="pay">${headline}</p>`);
    expect(page.text).toContain(`<link rel="canonical" href="http://${PLATFORM}/programs/${acmePublic}">`);
    expect(page.text).toContain('<meta property="og:title" content="KanGrow partners — Acme Inc">');
    expect(page.text).toContain('<meta name="twitter:card" content="summary">');
    expect(page.text).toContain('A click is credited for 60 days');
    expect(page.text).toContain('20 customers at $49.00/month → $294.00/month for you');
    expect(page.text).toContain('src="https://cdn.example/banner.png"');
    expect(page.text).toContain(`href="/affiliate/marketplace?program=${acmePublic}"`);
    expect(page.text).toContain('--brand:#0b7285');
    // What the advertiser typed is text, never markup.
    expect(page.text).toContain('Teams of 5–50 &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.text).toContain('Sell the CRM &lt;b&gt;small teams&lt;/b&gt; love');
    expect(page.text).not.toMatch(/<script/i);
  });

  it('computes the calculator from the query, in Russian', async () => {
    const page = await get(PLATFORM, `/programs/${acmePublic}?lang=ru&customers=10&price=99.90`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="ru">');
    expect(page.text).toContain(`<link rel="canonical" href="http://${PLATFORM}/programs/${acmePublic}?lang=ru">`);
    const plain = page.text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain).toContain('10 клиентов по 99,90 $/мес. → 299,70 $/мес. вам');
  });

  it('a group’s page shows the group’s terms', async () => {
    const page = await get(PLATFORM, `/programs/${acmePublic}/groups/${goldGroup}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('40% per conversion');
    expect(page.text).toContain('20 customers at $49.00/month → $392.00/month for you');
    // Another program's group is not this program's.
    expect((await get(PLATFORM, `/programs/${otherPublic}/groups/${goldGroup}`)).status).toBe(404);
  });

  it('are not found for drafts, invite-only programs and unknown ids', async () => {
    for (const id of [acmeDraft, acmeInviteOnly, '0190a000-0000-7000-8000-000000000000']) {
      const page = await get(PLATFORM, `/programs/${id}`);
      expect(page.status, id).toBe(404);
    }
  });

  it('show on a portal host only that advertiser’s programs, under its portal name', async () => {
    const own = await get(acmeHost, `/programs/${acmePublic}`);
    expect(own.status).toBe(200);
    expect(own.text).toContain('<title>KanGrow partners — Acme Partners</title>');
    expect(own.text).toContain(`<link rel="canonical" href="http://${acmeHost}/programs/${acmePublic}">`);
    expect((await get(acmeHost, `/programs/${otherPublic}`)).status).toBe(404);
    expect((await get(otherHost, `/programs/${acmePublic}`)).status).toBe(404);
    expect((await get(otherHost, `/programs/${otherPublic}`)).status).toBe(200);
  });

  it('refuse bad calculator input with a 400 and a code', async () => {
    for (const query of ['customers=-1', 'customers=abc', 'price=1e5', 'price=49.999', 'price=999999999', 'lang=de']) {
      const page = await get(PLATFORM, `/programs/${acmePublic}?${query}`);
      expect(page.status, query).toBe(400);
      expect(JSON.parse(page.text).error.code).toBe('validation_failed');
    }
  });
});

describe('the sitemap', () => {
  it('lists the open programs and groups of the host', async () => {
    const platform = await get(PLATFORM, '/sitemap.xml');
    expect(platform.status).toBe(200);
    expect(platform.type).toContain('application/xml');
    expect(platform.text).toContain(`<loc>http://${PLATFORM}/programs/${acmePublic}</loc>`);
    expect(platform.text).toContain(`<loc>http://${PLATFORM}/programs/${acmePublic}/groups/${goldGroup}</loc>`);
    expect(platform.text).toContain(`<loc>http://${PLATFORM}/programs/${otherPublic}</loc>`);
    expect(platform.text).not.toContain(acmeDraft);
    expect(platform.text).not.toContain(acmeInviteOnly);

    const portal = await get(acmeHost, '/sitemap.xml');
    expect(portal.text).toContain(`<loc>http://${acmeHost}/programs/${acmePublic}</loc>`);
    expect(portal.text).not.toContain(otherPublic);
  });
});

describe('the Apply button’s marketplace link', () => {
  it('lists only the program it names', async () => {
    const res = await call(acme.affiliateSession, 'GET', `/affiliate/programs?programId=${otherPublic}`);
    expectStatus(res, 200);
    expect(res.body.items.map((p: { id: string }) => p.id)).toEqual([otherPublic]);
    const draft = await call(acme.affiliateSession, 'GET', `/affiliate/programs?programId=${acmeDraft}`);
    expect(draft.body.items).toEqual([]);
  });
});

describe('marketplace search and filters', () => {
  const ids = async (query: string) => {
    const res = await call(acme.affiliateSession, 'GET', `/affiliate/programs?${query}`);
    expectStatus(res, 200);
    return res.body.items.map((p: { id: string }) => p.id) as string[];
  };

  it('the advertiser sets a program’s category and languages', async () => {
    const set = await call(acme.owner, 'PATCH', `/orgs/${acme.org.id}/programs/${acmePublic}`, {
      category: 'sales',
      languages: ['en', 'ru'],
    });
    expectStatus(set, 200);
    expect(set.body).toMatchObject({ category: 'sales', languages: ['en', 'ru'] });
    for (const bad of [{ category: 'crm' }, { languages: [] }, { languages: ['en', 'en'] }, { languages: ['de'] }])
      expectStatus(
        await call(acme.owner, 'PATCH', `/orgs/${acme.org.id}/programs/${acmePublic}`, bad),
        400,
        'validation_failed',
      );
  });

  it('searches names and filters by app, payout model, category and language', async () => {
    expect(await ids('q=kangrow')).toContain(acmePublic);
    expect(await ids('q=kangrow')).not.toContain(otherPublic);
    // LIKE's wildcards are matched as themselves.
    expect(await ids('q=%25')).toEqual([]);
    const byApp = await ids(`appId=${acme.app.id}`);
    expect(byApp).toContain(acmePublic);
    expect(byApp).not.toContain(otherPublic);
    expect(await ids('category=sales')).toEqual([acmePublic]);
    expect(await ids('language=ru')).toEqual([acmePublic]);
    expect(await ids('language=en')).toEqual(expect.arrayContaining([acmePublic, otherPublic]));
    expect(await ids('payoutModel=cpc')).toEqual([]);
    expect(await ids(`payoutModel=revshare&category=sales&q=partners`)).toEqual([acmePublic]);
    for (const bad of ['category=crm', 'language=de', 'payoutModel=x', `q=${'a'.repeat(101)}`, 'appId=1'])
      expectStatus(await call(acme.affiliateSession, 'GET', `/affiliate/programs?${bad}`), 400, 'validation_failed');
  });

  it('pages by keyset without repeating a program', async () => {
    const first = await call(acme.affiliateSession, 'GET', '/affiliate/programs?limit=1&language=en');
    expectStatus(first, 200);
    expect(first.body.items).toHaveLength(1);
    const second = await call(
      acme.affiliateSession,
      'GET',
      `/affiliate/programs?limit=1&language=en&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });
});
