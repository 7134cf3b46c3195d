import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { clickWith } from '../clicks';
import { record } from '../conversions';
import { CHECKS, rows } from '../stats-storage-checks';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const creatives = (a: Advertiser) => `/orgs/${a.org.id}/programs/${a.program.id}/creatives`;
const mine = (a: Advertiser, programId = a.program.id) => `/affiliate/orgs/${a.org.id}/programs/${programId}/creatives`;
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 250"><rect width="300" height="250" fill="#0b7285"/>' +
  '<text x="16" y="48" font-family="Arial" font-size="24" fill="#fff">{{name}}</text>' +
  '<text x="16" y="96" font-size="28" fill="#ffd43b">{{coupon}}</text>' +
  '<rect data-ae="qr" x="190" y="140" width="100" height="100"/></svg>';
const template = {
  kind: 'template',
  name: 'Spring sale',
  category: 'Seasonal',
  template: SVG,
  sizes: [
    { width: 300, height: 250 },
    { width: 600, height: 500 },
    { width: 300, height: 250 },
  ],
};
const banner = (path: string) => workerFetch(`https://api.test/api/banners/${path}`);
const pngSize = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};
const renders = async (creativeId: string) =>
  (await env.UPLOADS.list({ prefix: `banner-render-${creativeId}-` })).objects.map((o) => o.key);

describe('banner templates', () => {
  it('takes a valid template once per size and refuses a dangerous one with its reason', async () => {
    const res = await call(acme.owner, 'POST', creatives(acme), template);
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ kind: 'template', width: 300, height: 250, category: 'Seasonal' });
    expect(res.body.sizes).toEqual([
      { width: 300, height: 250 },
      { width: 600, height: 500 },
    ]);
    const script = await call(acme.owner, 'POST', creatives(acme), {
      ...template,
      template: SVG.replace('</svg>', '<script>alert(1)</script></svg>'),
    });
    expectStatus(script, 400, 'banner_template_invalid');
    expect(script.body.error.details.reason).toMatch(/<script>/);
    const outside = await call(acme.owner, 'PATCH', `${creatives(acme)}/${res.body.id}`, {
      template: SVG.replace('<rect data-ae', '<image href="https://tracker.example/pixel.png"/><rect data-ae'),
    });
    expectStatus(outside, 400, 'banner_template_invalid');
    expectStatus(await call(acme.owner, 'POST', creatives(acme), { ...template, sizes: [] }), 400, 'validation_failed');
    expectStatus(
      await call(acme.owner, 'PATCH', `${creatives(acme)}/${res.body.id}`, { body: 'x' }),
      400,
      'validation_failed',
    );
  });

  it('renders the affiliate’s own banner as SVG and PNG, caches the PNG and renders anew after a change', async () => {
    await db.update(s.users).set({ firstName: 'Анна', lastName: '<Ann>' }).where(eq(s.users.id, acme.affiliate.id));
    await db.update(s.enrollments).set({ couponCode: 'SPRING20' }).where(eq(s.enrollments.id, acme.enrollment.id));
    const created = (await call(acme.owner, 'POST', creatives(acme), template)).body;
    const link = await call(acme.affiliateSession, 'POST', `${mine(acme)}/${created.id}/link`);
    expectStatus(link, 200);
    expect(link.body.banners).toHaveLength(2);
    const [main] = link.body.banners;
    expect(main.pngUrl).toMatch(/\/api\/banners\/[A-Za-z0-9_-]+\/300x250\.png$/);
    expect(link.body.snippet).toBe(
      `<a href="${link.body.shortUrl}" rel="sponsored"><img src="${main.pngUrl}" width="300" height="250" alt="Spring sale"></a>`,
    );
    // Asking again answers the same link: one per creative and enrollment.
    const again = await call(acme.affiliateSession, 'POST', `${mine(acme)}/${created.id}/link`);
    expect(again.body.linkId).toBe(link.body.linkId);

    const slug = new URL(link.body.shortUrl).pathname.split('/').pop();
    const svg = await banner(`${slug}/600x500.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    const text = await svg.text();
    expect(text).toContain('>Анна &lt;Ann&gt;</text>');
    expect(text).toContain('>SPRING20</text>');
    expect(text).toContain('width="600" height="500"');
    expect(text).not.toContain('data-ae');

    const png = await banner(`${slug}/600x500.png`);
    expect(png.status).toBe(200);
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(pngSize(bytes)).toEqual({ width: 600, height: 500 });
    const cached = await renders(created.id);
    expect(cached).toHaveLength(1);
    // The second request reads the stored render.
    expect(new Uint8Array(await (await banner(`${slug}/600x500.png`)).arrayBuffer())).toEqual(bytes);

    // A size the creative does not have, or a malformed file name.
    expect((await banner(`${slug}/728x90.png`)).status).toBe(404);
    expect((await banner(`${slug}/big.png`)).status).toBe(400);

    const changed = await call(acme.owner, 'PATCH', `${creatives(acme)}/${created.id}`, {
      template: SVG.replace('#0b7285', '#c2255c'),
    });
    expectStatus(changed, 200);
    expect(await renders(created.id)).toEqual([]);
    const fresh = new Uint8Array(await (await banner(`${slug}/600x500.png`)).arrayBuffer());
    expect(fresh).not.toEqual(bytes);
  });

  it('renders only for an enrolled, active affiliate and never another advertiser’s creative', async () => {
    const theirs = (await call(other.owner, 'POST', creatives(other), template)).body;
    // Acme's affiliate has no context with the other advertiser, and acme's program does not hold the creative.
    expectStatus(await call(acme.affiliateSession, 'POST', `${mine(other)}/${theirs.id}/link`), 404, 'not_found');
    expectStatus(await call(acme.affiliateSession, 'POST', `${mine(acme)}/${theirs.id}/link`), 404, 'not_found');
    expectStatus(await call(acme.owner, 'POST', `${mine(acme)}/${theirs.id}/link`), 404, 'not_found');
    const link = await call(other.affiliateSession, 'POST', `${mine(other)}/${theirs.id}/link`);
    expectStatus(link, 200);
    const slug = new URL(link.body.shortUrl).pathname.split('/').pop();
    expect((await banner(`${slug}/300x250.svg`)).status).toBe(200);
    await db.update(s.enrollments).set({ status: 'suspended' }).where(eq(s.enrollments.id, other.enrollment.id));
    expect((await banner(`${slug}/300x250.svg`)).status).toBe(404);
    expectStatus(await call(other.affiliateSession, 'POST', `${mine(other)}/${theirs.id}/link`), 404, 'not_found');
    await db.update(s.enrollments).set({ status: 'active' }).where(eq(s.enrollments.id, other.enrollment.id));
  });
});

describe('creative search and figures', () => {
  it('searches by name, category, kind and size, and counts each creative’s clicks and conversions', async () => {
    const text = (
      await call(acme.owner, 'POST', creatives(acme), {
        kind: 'text_link',
        name: 'Footer line',
        body: 'Try it',
        category: 'Footer',
      })
    ).body;
    const fixed = (
      await call(acme.owner, 'POST', creatives(acme), {
        kind: 'banner',
        name: 'Leaderboard 50%_off',
        imageUrl: 'https://cdn.example/728x90.png',
        width: 728,
        height: 90,
      })
    ).body;
    const tpl = (await call(acme.owner, 'POST', creatives(acme), { ...template, name: 'Search me' })).body;
    const ids = async (query: string, who = acme.owner, path = creatives(acme)) => {
      const res = await call(who, 'GET', `${path}?${query}`);
      expectStatus(res, 200);
      return res.body.items.map((c: { id: string }) => c.id);
    };
    expect(await ids('category=Footer')).toEqual([text.id]);
    expect(await ids('q=50%25_off')).toEqual([fixed.id]);
    expect(await ids('kind=text_link&q=footer')).toEqual([text.id]);
    expect(await ids('size=728x90')).toEqual([fixed.id]);
    expect(await ids('size=600x500&q=search')).toEqual([tpl.id]);
    expect(await ids('category=Footer', acme.affiliateSession, mine(acme))).toEqual([text.id]);
    const all = await call(acme.owner, 'GET', creatives(acme));
    expect(all.body.categories).toEqual(expect.arrayContaining(['Footer', 'Seasonal']));
    expectStatus(await call(acme.owner, 'GET', `${creatives(acme)}?size=big`), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'GET', `${creatives(acme)}?catgory=x`), 400, 'unknown_filter');

    // Two clicks through the banner link, one of which converts; the rollup row is what the list counts.
    const link = (await call(acme.affiliateSession, 'POST', `${mine(acme)}/${tpl.id}/link`)).body;
    const click = await clickWith(db, acme, {}, { linkId: link.linkId });
    await db.insert(s.clickLinksHourly).values({
      hour: new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000),
      organizationId: acme.org.id,
      appId: acme.app.id,
      programId: acme.program.id,
      enrollmentId: acme.enrollment.id,
      affiliateId: acme.affiliate.id,
      linkId: link.linkId,
      clicks: 2,
      uniqueClicks: 2,
    });
    await record(db, acme, { type: 'sale', click_id: click.id, amount: 4900, currency: 'USD' });
    const statsOf = async (who = acme.owner, path = creatives(acme)) =>
      (await call(who, 'GET', `${path}?q=search`)).body.items[0].stats;
    expect(await statsOf()).toEqual({ clicks: 2, conversions: 1 });
    expect(await statsOf(acme.affiliateSession, mine(acme))).toEqual({ clicks: 2, conversions: 1 });
    // Another advertiser's list knows nothing of them.
    const theirs = await call(other.owner, 'GET', creatives(other));
    expect(theirs.body.items.every((c: { stats: { clicks: number } }) => c.stats.clicks === 0)).toBe(true);
  });

  it('counts conversions from the creative rollup: a rejection takes one out, per advertiser, and deletion too', async () => {
    const creativeRows = async () => ({
      rollup: await rows(db, CHECKS.conversion_creatives_hourly!.rollup),
      raw: await rows(db, CHECKS.conversion_creatives_hourly!.raw),
    });
    await db.update(s.enrollments).set({ status: 'active' }).where(eq(s.enrollments.id, other.enrollment.id));
    const take = async (a: Advertiser) => {
      const created = await call(a.owner, 'POST', creatives(a), { ...template, name: 'Rollup me' });
      expectStatus(created, 201);
      const link = await call(a.affiliateSession, 'POST', `${mine(a)}/${created.body.id}/link`);
      expectStatus(link, 200);
      return { id: created.body.id as string, linkId: link.body.linkId as string };
    };
    const ours = await take(acme);
    const theirs = await take(other);
    const sell = async (a: Advertiser, linkId: string) => {
      const click = await clickWith(db, a, {}, { linkId });
      await record(db, a, { type: 'sale', click_id: click.id, amount: 1500, currency: 'USD' });
      const [row] = await db.select().from(s.conversions).where(eq(s.conversions.clickId, click.id));
      return row!;
    };
    const first = await sell(acme, ours.linkId);
    await sell(acme, ours.linkId);
    await sell(other, theirs.linkId);
    const statsOf = async (a: Advertiser, who = a.owner, path = creatives(a)) =>
      (await call(who, 'GET', `${path}?q=rollup`)).body.items[0].stats.conversions;
    expect(await statsOf(acme)).toBe(2);
    expect(await statsOf(acme, acme.affiliateSession, mine(acme))).toBe(2);
    expect(await statsOf(other)).toBe(1);
    expect(await statsOf(other, other.affiliateSession, mine(other))).toBe(1);
    const counted = await creativeRows();
    expect(counted.rollup).toEqual(counted.raw);
    expect(counted.rollup.filter((r) => r.includes(ours.id))).toHaveLength(1);

    // Rejected after being counted: the creative's count drops by one, the other advertiser's stays.
    expectStatus(
      await call(acme.owner, 'POST', `/orgs/${acme.org.id}/conversions/${first.id}/reject`, { reason: 'Fraud' }),
      200,
    );
    expect(await statsOf(acme)).toBe(1);
    expect(await statsOf(acme, acme.affiliateSession, mine(acme))).toBe(1);
    expect(await statsOf(other)).toBe(1);
    const rejected = await creativeRows();
    expect(rejected.rollup).toEqual(rejected.raw);

    // Deleting the creative takes its conversions out of the rollup in the same transaction.
    expectStatus(await call(acme.owner, 'DELETE', `${creatives(acme)}/${ours.id}`), 204);
    const deleted = await creativeRows();
    expect(deleted.rollup).toEqual(deleted.raw);
    expect(deleted.rollup.some((r) => r.includes(ours.id))).toBe(false);
    expect(deleted.rollup.some((r) => r.includes(theirs.id))).toBe(true);
  });
});
