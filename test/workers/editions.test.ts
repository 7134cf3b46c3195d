import { and, eq } from 'drizzle-orm';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { signatureHeader } from '../../workers/domain/request-signature';
import { loadConfig } from '../../workers/env';
import { createLogger } from '../../workers/logging';
import { releaseEditionHostnames } from '../../workers/services/domains';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, nextEventId } from '../conversions';
import { createEdition, newLabel, offerEditions } from '../editions';
import { eventually } from '../eventually';
import { type AppKey, issueAppKey, nowSeconds, postConversion, sendRaw } from '../inbound';
import { createUserSession, type TestSession } from '../sessions';
import { workerFetch } from '../worker-fetch';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
/** A second affiliate of acme, enrolled in the same program. */
let bob: TestSession;
let bobEnrollmentId: string;
let acmeKey: AppKey;
let otherKey: AppKey;
useTwoAdvertisers((t) => {
  ({ db, acme, other } = t);
});

const org = (a: Advertiser) => `/orgs/${a.org.id}`;
const aff = (a: Advertiser) => `/affiliate/orgs/${a.org.id}`;
const where = (a: Advertiser) => ({ orgId: a.org.id, appId: a.app.id, programId: a.program.id });

/** GET /api/v1/apps/editions/resolve signed as the SDK signs it: over `<t>.<path and query>`. */
async function resolve(key: AppKey, host: string, headers: Record<string, string> = {}) {
  const path = `/api/v1/apps/editions/resolve?host=${encodeURIComponent(host)}`;
  const t = nowSeconds();
  return sendRaw(path, {
    method: 'GET',
    headers: {
      authorization: `Bearer ${key.key}`,
      'x-ae-signature': await signatureHeader(key.signingSecret, t, new TextEncoder().encode(path)),
      ...headers,
    },
  });
}

const editionNotifications = (userId: string) =>
  db
    .select()
    .from(s.notifications)
    .where(and(eq(s.notifications.userId, userId), eq(s.notifications.event, 'edition')));

beforeAll(async () => {
  bob = await createUserSession(db, { approvedAffiliate: true });
  const [enrollment] = await db
    .insert(s.enrollments)
    .values({
      programId: acme.program.id,
      affiliateId: bob.userId,
      organizationId: acme.org.id,
      status: 'active',
      refCode: `BOB${Date.now().toString(36)}`,
    })
    .returning();
  bobEnrollmentId = enrollment!.id;
  [acmeKey, otherKey] = await Promise.all([issueAppKey(acme), issueAppKey(other)]);
  await offerEditions(acme.owner, where(acme));
  await offerEditions(other.owner, where(other));
});

describe('edition settings', () => {
  it('refuses a base domain that is not the app’s, a program of another app, and an offer without a program', async () => {
    const put = (body: Record<string, unknown>) =>
      call(acme.owner, 'PUT', `${org(acme)}/apps/${acme.app.id}/edition-settings`, {
        ...({
          enabled: true,
          programId: acme.program.id,
          brandFields: ['name'],
          domainKinds: ['subdomain'],
          baseDomain: 'app.example',
          plans: [],
          reward: { type: 'percent', rateBps: 1000, fixedMinor: null, recurringMode: 'none', recurringMonths: null },
          requiresApproval: true,
        } as Record<string, unknown>),
        ...body,
      });
    expectStatus(await put({ baseDomain: 'podruga.example' }), 400, 'validation_failed');
    expectStatus(await put({ programId: other.program.id }), 400, 'validation_failed');
    expectStatus(await put({ programId: null }), 400, 'validation_failed');
    const bounds = { kind: 'range', minMinor: 2, maxMinor: 1 };
    const plan = { code: 'x', name: 'X', listPriceMinor: 1, currency: 'USD', interval: 'month', bounds };
    expectStatus(await put({ plans: [plan] }), 400, 'validation_failed');
    // Nothing of it was saved: the offer is still the one beforeAll set.
    const now = await call(acme.finance, 'GET', `${org(acme)}/apps/${acme.app.id}/edition-settings`);
    expectStatus(now, 200);
    expect(now.body).toMatchObject({ enabled: true, baseDomain: 'app.example', brandFields: expect.any(Array) });
    expect(now.body.plans).toHaveLength(1);
    const audit = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'app.edition_settings_updated'), eq(s.auditLog.targetId, acme.app.id)));
    expect(audit).toHaveLength(1);
  });

  it('lists the offering apps to the affiliate, enrolled, with bounds and reward', async () => {
    const res = await call(acme.affiliateSession, 'GET', `${aff(acme)}/edition-apps`);
    expectStatus(res, 200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        appId: acme.app.id,
        enrolled: true,
        baseDomain: 'app.example',
        reward: expect.objectContaining({ type: 'percent', rateBps: 4000, currency: 'USD' }),
      }),
    ]);
  });
});

describe('the affiliate’s wizard', () => {
  it('checks hosts and names live: reserved, taken, lookalikes of the brand', async () => {
    const check = (q: string) =>
      call(acme.affiliateSession, 'GET', `${aff(acme)}/editions/check-host?appId=${acme.app.id}&${q}`);
    const free = await check(`host=${newLabel()}&name=Alice%27s%20AI%20Friend`);
    expectStatus(free, 200);
    expect(free.body).toMatchObject({ available: true, issue: null });
    expect(free.body.host).toMatch(/\.app\.example$/);
    expect((await check('host=www')).body.issue).toMatchObject({ code: 'hostname_not_allowed' });
    // The advertiser's name (Tenant) inside the edition's name, even with a Cyrillic е.
    const tenant = await check(`host=${newLabel()}&name=T%D0%B5nant%20Pro`);
    expect(tenant.body.issue).toMatchObject({ code: 'edition_lookalike', field: 'name' });
    // It names the brand it resembles, in the details and in the message.
    expect(tenant.body.issue.resembles).toMatch(/tenant/i);
    expect(tenant.body.issue.message).toContain(tenant.body.issue.resembles);
    const taken = await createEdition(bob, where(acme), { name: 'Bob Buddy' });
    const again = await check(`host=${taken.host}`);
    expect(again.body).toMatchObject({ available: false, issue: { code: 'edition_host_taken' } });
    // Another affiliate's edition name, near enough.
    expect((await check(`host=${newLabel()}&name=Bob%20Budy`)).body.issue).toMatchObject({
      code: 'edition_lookalike',
      field: 'name',
      resembles: 'Bob Buddy',
    });
    // Creating one answers the same, with the brand in the error's details.
    const refused = await call(acme.affiliateSession, 'POST', `${aff(acme)}/editions`, {
      appId: acme.app.id,
      name: tenant.body.issue.resembles,
      domainKind: 'subdomain',
      host: newLabel(),
    });
    expectStatus(refused, 409, 'edition_lookalike');
    expect(refused.body.error.details).toMatchObject({ field: 'name', resembles: tenant.body.issue.resembles });
    expect(refused.body.error.message).toContain(tenant.body.issue.resembles);
  });

  it('refuses prices outside the bounds, plans not offered, and fields the app keeps', async () => {
    const create = (body: Record<string, unknown>) =>
      call(acme.affiliateSession, 'POST', `${aff(acme)}/editions`, {
        appId: acme.app.id,
        name: 'Alice Prices',
        domainKind: 'subdomain',
        host: newLabel(),
        ...body,
      });
    expectStatus(
      await create({ plans: [{ code: 'pro-monthly', priceMinor: 999 }] }),
      400,
      'edition_price_out_of_bounds',
    );
    expectStatus(
      await create({ plans: [{ code: 'enterprise', priceMinor: 1000 }] }),
      400,
      'edition_price_out_of_bounds',
    );
    expectStatus(await create({ host: 'https://evil.example/' }), 400, 'hostname_not_allowed');
    expectStatus(await create({ appId: other.app.id }), 409, 'editions_not_offered');
  });

  it('builds, submits, is approved, resolves, is suspended and reinstated, and is deleted', async () => {
    const draft = await createEdition(acme.affiliateSession, where(acme), {
      name: "Alice's AI Friend",
      host: newLabel('alice'),
    });
    expect(draft).toMatchObject({ status: 'draft', domainStatus: 'active', plans: [{ priceMinor: 1000 }] });
    const path = `${aff(acme)}/editions/${draft.id}`;
    const patched = await call(acme.affiliateSession, 'PATCH', path, {
      primaryColor: '#7C3AED',
      plans: [{ code: 'pro-monthly', priceMinor: 1200 }],
    });
    expectStatus(patched, 200);
    expect(patched.body).toMatchObject({
      primaryColor: '#7c3aed',
      plans: [{ priceMinor: 1200, listPriceMinor: 1000 }],
    });
    // Not live yet: the partner app does not know it.
    expectStatus(await resolve(acmeKey, draft.host), 404, 'edition_not_found');

    const submitted = await call(acme.affiliateSession, 'POST', `${path}/submit`);
    expectStatus(submitted, 200);
    expect(submitted.body.status).toBe('pending');
    await eventually(async () => ((await editionNotifications(acme.owner.userId)).length > 0 ? true : undefined));

    const approved = await call(acme.admin, 'POST', `${org(acme)}/editions/${draft.id}/approve`);
    expectStatus(approved, 200);
    expect(approved.body).toMatchObject({ status: 'active', affiliate: { id: acme.affiliate.id } });

    const live = await resolve(acmeKey, draft.host);
    expectStatus(live, 200);
    expect(live.body).toMatchObject({
      id: draft.id,
      name: "Alice's AI Friend",
      primaryColor: '#7c3aed',
      affiliateRef: acme.enrollment.refCode,
      plans: [{ code: 'pro-monthly', priceMinor: 1200, currency: 'USD' }],
    });
    expect(live.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const etag = live.headers.get('etag')!;
    expect((await resolve(acmeKey, draft.host, { 'if-none-match': etag })).status).toBe(304);
    // Another advertiser's app cannot learn it exists; a wrong signature is refused.
    expectStatus(await resolve(otherKey, draft.host), 404, 'edition_not_found');
    const forged = await sendRaw(`/api/v1/apps/editions/resolve?host=${draft.host}`, {
      method: 'GET',
      headers: { authorization: `Bearer ${acmeKey.key}`, 'x-ae-signature': `t=${nowSeconds()},v1=00` },
    });
    expectStatus(forged, 401, 'invalid_signature');

    expectStatus(await call(acme.owner, 'POST', `${org(acme)}/editions/${draft.id}/suspend`, {}), 400);
    const suspended = await call(acme.owner, 'POST', `${org(acme)}/editions/${draft.id}/suspend`, {
      reason: 'Spam ads',
    });
    expect(suspended.body).toMatchObject({ status: 'suspended', statusReason: 'Spam ads' });
    expectStatus(await resolve(acmeKey, draft.host), 404, 'edition_not_found');
    expectStatus(await call(acme.owner, 'POST', `${org(acme)}/editions/${draft.id}/reinstate`), 200);
    expectStatus(await resolve(acmeKey, draft.host), 200);

    await eventually(async () => {
      const changes = (await editionNotifications(acme.affiliate.id)).map((n) => (n.data as { change: string }).change);
      return ['approved', 'suspended', 'reinstated'].every((c) => changes.includes(c)) ? true : undefined;
    });
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, draft.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['edition.approved', 'edition.reinstated', 'edition.suspended']);

    expectStatus(await call(acme.owner, 'DELETE', `${org(acme)}/editions/${draft.id}`), 204);
    expectStatus(await resolve(acmeKey, draft.host), 404, 'edition_not_found');
    expectStatus(await call(acme.affiliateSession, 'GET', path), 404, 'not_found');
    // The host is free again, for anyone.
    const label = draft.host.split('.')[0];
    const reused = await createEdition(bob, where(acme), { name: 'Bob Second', host: label });
    expect(reused.host).toBe(draft.host);
  });

  it('keeps each affiliate and advertiser to its own editions', async () => {
    const mine = await createEdition(acme.affiliateSession, where(acme), { name: 'Alice Mine' });
    const theirs = await createEdition(other.affiliateSession, where(other), { name: 'Other Mine' });
    const bobs = (await call(bob, 'GET', `${aff(acme)}/editions`)).body.items.map((e: { id: string }) => e.id);
    expect(bobs).not.toContain(mine.id);
    expectStatus(await call(bob, 'GET', `${aff(acme)}/editions/${mine.id}`), 404, 'not_found');
    expectStatus(await call(bob, 'POST', `${aff(acme)}/editions/${mine.id}/submit`), 404, 'not_found');
    expectStatus(await call(acme.owner, 'GET', `${org(acme)}/editions/${theirs.id}`), 404, 'not_found');
    expectStatus(await call(acme.owner, 'POST', `${org(acme)}/editions/${theirs.id}/approve`), 404, 'not_found');
    const listed = (await call(acme.owner, 'GET', `${org(acme)}/editions`)).body.items.map((e: { id: string }) => e.id);
    expect(listed).toContain(mine.id);
    expect(listed).not.toContain(theirs.id);
  });
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** PUT …/editions/{id}/logo (or favicon) with the raw bytes, as the wizard uploads. */
async function uploadImage(who: TestSession, orgId: string, editionId: string, kind: 'logo' | 'favicon') {
  const res = await workerFetch(`https://api.test/api/affiliate/orgs/${orgId}/editions/${editionId}/${kind}`, {
    method: 'PUT',
    headers: { ...who.headers, 'content-type': 'image/png' },
    body: PNG,
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** A live edition of the advertiser's app: made by the affiliate, submitted and approved. */
async function liveEdition(who: TestSession, a: Advertiser, name: string) {
  const edition = await createEdition(who, where(a), { name });
  expectStatus(await call(who, 'POST', `${aff(a)}/editions/${edition.id}/submit`), 200);
  expectStatus(await call(a.owner, 'POST', `${org(a)}/editions/${edition.id}/approve`), 200);
  return edition as { id: string; host: string; name: string };
}

describe('changing a live edition', () => {
  it('applies colours, prices and removals at once; a new name or image goes back to the advertiser', async () => {
    const edition = await liveEdition(acme.affiliateSession, acme, 'Alice Live');
    const path = `${aff(acme)}/editions/${edition.id}`;
    const logo = await uploadImage(acme.affiliateSession, acme.org.id, edition.id, 'logo');
    expect(logo.status).toBe(201);
    // A new image is identity: the app needs approval, so the edition waits for it again and stops resolving.
    const afterLogo = await call(acme.affiliateSession, 'GET', path);
    expect(afterLogo.body).toMatchObject({ status: 'pending', logoUrl: logo.body.url });
    expectStatus(await resolve(acmeKey, edition.host), 404, 'edition_not_found');
    expectStatus(await call(acme.owner, 'POST', `${org(acme)}/editions/${edition.id}/approve`), 200);

    // Colours and prices inside the bounds: live at once, the partner app sees them.
    const look = await call(acme.affiliateSession, 'PATCH', path, {
      accentColor: '#112233',
      plans: [{ code: 'pro-monthly', priceMinor: 1300 }],
    });
    expectStatus(look, 200);
    expect(look.body).toMatchObject({ status: 'active', accentColor: '#112233', plans: [{ priceMinor: 1300 }] });
    const live = await resolve(acmeKey, edition.host);
    expectStatus(live, 200);
    expect(live.body).toMatchObject({ accentColor: '#112233', plans: [{ priceMinor: 1300 }] });
    expectStatus(
      await call(acme.affiliateSession, 'PATCH', path, { plans: [{ code: 'pro-monthly', priceMinor: 1301 }] }),
      400,
      'edition_price_out_of_bounds',
    );
    // The same values again (the wizard sends every field): no new version for the app's cache, no audit entry.
    const versionOf = async () =>
      (await db.select({ v: s.editions.version }).from(s.editions).where(eq(s.editions.id, edition.id)))[0]!.v;
    const version = await versionOf();
    const same = await call(acme.affiliateSession, 'PATCH', path, {
      name: 'Alice Live',
      accentColor: '#112233',
      plans: [{ code: 'pro-monthly', priceMinor: 1300 }],
    });
    expectStatus(same, 200);
    expect(same.body).toMatchObject({ status: 'active', accentColor: '#112233' });
    expect(await versionOf()).toBe(version);

    // Removing the logo asks nothing: the app's own shows again.
    const removed = await call(acme.affiliateSession, 'DELETE', `${path}/logo`);
    expectStatus(removed, 200);
    expect(removed.body).toMatchObject({ status: 'active', logoUrl: null });
    expect((await resolve(acmeKey, edition.host)).body.logoUrl).toBeNull();
    expectStatus(await call(acme.affiliateSession, 'DELETE', `${path}/favicon`), 200);

    // A new name is judged again (lookalikes) and goes back to the advertiser.
    expectStatus(await call(acme.affiliateSession, 'PATCH', path, { name: 'Tenant Plus' }), 409, 'edition_lookalike');
    const renamed = await call(acme.affiliateSession, 'PATCH', path, { name: 'Alice Renamed' });
    expectStatus(renamed, 200);
    expect(renamed.body.status).toBe('pending');

    // Another affiliate cannot change or strip it.
    expectStatus(await call(bob, 'PATCH', path, { accentColor: '#000000' }), 404, 'not_found');
    expectStatus(await call(bob, 'DELETE', `${path}/logo`), 404, 'not_found');

    const audit = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, edition.id), eq(s.auditLog.action, 'edition.changed')));
    // The logo, the look, the logo's removal and the new name: the same values again and the favicon it did not
    // have changed nothing.
    expect(audit).toHaveLength(4);
    expect(audit.map((a) => (a.after as { status: string }).status).sort()).toEqual([
      'active',
      'active',
      'pending',
      'pending',
    ]);
    // The advertiser's staff are told (and with them the app's `edition` webhook endpoints).
    await eventually(async () => {
      const told = (await editionNotifications(acme.owner.userId)).filter(
        (n) =>
          (n.data as { change: string; editionId: string }).change === 'changed' &&
          (n.data as { editionId: string }).editionId === edition.id,
      );
      return told.length >= 4 ? told : undefined;
    });
  });

  it('keeps a suspended edition suspended, and refuses a deleted one', async () => {
    const edition = await liveEdition(acme.affiliateSession, acme, 'Alice Paused');
    const path = `${aff(acme)}/editions/${edition.id}`;
    expectStatus(
      await call(acme.owner, 'POST', `${org(acme)}/editions/${edition.id}/suspend`, { reason: 'Fix it' }),
      200,
    );
    const fixed = await call(acme.affiliateSession, 'PATCH', path, { name: 'Alice Fixed' });
    expectStatus(fixed, 200);
    expect(fixed.body).toMatchObject({ status: 'suspended', name: 'Alice Fixed' });
    expectStatus(await call(acme.affiliateSession, 'DELETE', path), 204);
    expectStatus(await call(acme.affiliateSession, 'PATCH', path, { name: 'Gone' }), 404, 'not_found');
  });

  it('applies a new name at once when the app needs no approval', async () => {
    const edition = await liveEdition(other.affiliateSession, other, 'Other Live');
    await offerEditions(other.owner, where(other), { requiresApproval: false });
    try {
      const renamed = await call(other.affiliateSession, 'PATCH', `${aff(other)}/editions/${edition.id}`, {
        name: 'Other Renamed',
      });
      expectStatus(renamed, 200);
      expect(renamed.body.status).toBe('active');
      expect((await resolve(otherKey, edition.host)).body.name).toBe('Other Renamed');
    } finally {
      await offerEditions(other.owner, where(other));
    }
  });
});

describe('stats by edition', () => {
  it('groups each side’s own editions: visitors, sign-ups, sales and money, never another tenant’s', async () => {
    const alices = await liveEdition(acme.affiliateSession, acme, 'Alice Stats');
    const bobs = await liveEdition(bob, acme, 'Bob Stats');
    const others = await liveEdition(other.affiliateSession, other, 'Other Stats');
    const sale = (key: AppKey, host: string, type: 'sale' | 'lead', amount?: number) =>
      postConversion(key, {
        event_id: nextEventId(),
        type,
        ...(amount ? { amount, currency: 'USD' } : {}),
        host,
        customer_id: `cust-${newLabel()}`,
      });
    expect((await sale(acmeKey, alices.host, 'sale', 10_000)).status).toBe(201);
    expect((await sale(acmeKey, alices.host, 'lead')).status).toBe(201);
    expect((await sale(acmeKey, bobs.host, 'lead')).status).toBe(201);
    expect((await sale(otherKey, others.host, 'sale', 5_000)).status).toBe(201);
    const visitBody = JSON.stringify({ host: alices.host, visitor: 'stats-visitor' });
    const visited = await sendRaw('/api/v1/apps/editions/visits', {
      body: visitBody,
      headers: {
        authorization: `Bearer ${acmeKey.key}`,
        'content-type': 'application/json',
        'x-ae-signature': await signatureHeader(
          acmeKey.signingSecret,
          nowSeconds(),
          new TextEncoder().encode(visitBody),
        ),
      },
    });
    expect(visited.body).toMatchObject({ counted: true });

    const q = 'groupBy=edition&granularity=total';
    const rowsOf = (body: { rows: { dimensions: { edition: string } }[] }) =>
      new Map(body.rows.map((r) => [r.dimensions.edition, r as any]));

    const alice = await call(acme.affiliateSession, 'GET', `${aff(acme)}/stats/report?${q}`);
    expectStatus(alice, 200);
    expect(alice.body.source).toBe('editions');
    const aliceRows = rowsOf(alice.body);
    expect([...aliceRows.keys()]).toContain(alices.id);
    expect([...aliceRows.keys()]).not.toContain(bobs.id);
    expect([...aliceRows.keys()]).not.toContain(others.id);
    expect(aliceRows.get(alices.id)).toMatchObject({
      metrics: { visitors: 1, leads: 1, sales: 1, clicks: null },
      money: [{ currency: 'USD', payoutMinor: 4_000 }],
    });
    expect(aliceRows.get(alices.id).money[0]).not.toHaveProperty('revenueMinor');

    const bobReport = rowsOf((await call(bob, 'GET', `${aff(acme)}/stats/report?${q}`)).body);
    expect([...bobReport.keys()]).toEqual([bobs.id]);
    expect(bobReport.get(bobs.id).metrics).toMatchObject({ leads: 1, sales: 0, visitors: 0 });
    // Filtering by someone else's edition finds nothing.
    const peek = await call(bob, 'GET', `${aff(acme)}/stats/report?${q}&edition=${alices.id}`);
    expectStatus(peek, 200);
    expect(peek.body.rows).toEqual([]);

    const advertiser = rowsOf((await call(acme.finance, 'GET', `${org(acme)}/stats/report?${q}`)).body);
    expect([...advertiser.keys()]).toEqual(expect.arrayContaining([alices.id, bobs.id]));
    expect([...advertiser.keys()]).not.toContain(others.id);
    expect(advertiser.get(alices.id).money).toEqual([
      expect.objectContaining({ currency: 'USD', revenueMinor: 10_000, payoutMinor: 4_000 }),
    ]);
    const otherRows = rowsOf((await call(other.owner, 'GET', `${org(other)}/stats/report?${q}`)).body);
    expect([...otherRows.keys()]).toContain(others.id);
    expect([...otherRows.keys()]).not.toContain(alices.id);

    // By day, with the affiliate dimension beside it, and ranked by visitors.
    const byDay = await call(acme.owner, 'GET', `${org(acme)}/stats/report?groupBy=edition,affiliate&sort=visitors`);
    expectStatus(byDay, 200);
    expect(byDay.body.rows[0]).toMatchObject({
      dimensions: { edition: alices.id, affiliate: acme.affiliate.id },
      metrics: { visitors: 1 },
    });

    const csv = await call(acme.affiliateSession, 'GET', `${aff(acme)}/stats/report.csv?${q}`);
    expectStatus(csv, 200);
    const [header, ...lines] = String(csv.body).trim().split('\r\n');
    expect(header).toMatch(/^period_start,period_end,edition_id,edition,visitors,clicks,/);
    expect(lines.join('\n')).toContain('Alice Stats');

    expectStatus(await call(bob, 'GET', `${aff(acme)}/stats/report?${q}&edition=nope`), 400, 'validation_failed');
    expectStatus(
      await call(bob, 'GET', `${aff(acme)}/stats/report?groupBy=edition,country`),
      400,
      'stats_combination_unsupported',
    );
  });
});

describe('attribution', () => {
  it('credits a sale on the edition to its affiliate at the edition’s reward, whoever’s link was clicked', async () => {
    const edition = await createEdition(acme.affiliateSession, where(acme), { name: 'Alice Sales' });
    await call(acme.affiliateSession, 'POST', `${aff(acme)}/editions/${edition.id}/submit`);
    expectStatus(await call(acme.owner, 'POST', `${org(acme)}/editions/${edition.id}/approve`), 200);
    // bob's ordinary link was clicked by the same customer.
    const click = await insertClick(db, acme, { enrollmentId: bobEnrollmentId, affiliateId: bob.userId });
    const sale = await postConversion(acmeKey, {
      event_id: nextEventId(),
      type: 'sale',
      amount: 10_000,
      currency: 'USD',
      click_id: click.id,
      host: edition.host,
      customer_id: `cust-${newLabel()}`,
    });
    expect(sale.status, JSON.stringify(sale.body)).toBe(201);
    const [conversion] = await db.select().from(s.conversions).where(eq(s.conversions.id, sale.body.conversion.id));
    expect(conversion).toMatchObject({
      affiliateId: acme.affiliate.id,
      editionId: edition.id,
      attributionMethod: 'edition',
    });
    const lines = await db.select().from(s.commissions).where(eq(s.commissions.conversionId, conversion!.id));
    // 40 % (the edition's reward), not the program's 30 %.
    expect(lines.filter((l) => l.level === 0).map((l) => [l.beneficiaryId, l.amountMinor])).toEqual([
      [acme.affiliate.id, 4_000],
    ]);

    const visit = (visitor: string) => {
      const body = JSON.stringify({ host: edition.host, visitor });
      return signatureHeader(acmeKey.signingSecret, nowSeconds(), new TextEncoder().encode(body)).then((sig) =>
        sendRaw('/api/v1/apps/editions/visits', {
          body,
          headers: {
            authorization: `Bearer ${acmeKey.key}`,
            'content-type': 'application/json',
            'x-ae-signature': sig,
          },
        }),
      );
    };
    expect((await visit('v1')).body).toMatchObject({ counted: true });
    expect((await visit('v1')).body).toMatchObject({ counted: false });
    expect((await visit('v2')).body).toMatchObject({ counted: true });
    const mine = await call(acme.affiliateSession, 'GET', `${aff(acme)}/editions/${edition.id}`);
    expect(mine.body.stats).toMatchObject({ visitors: 2, sales: 1, commissionMinor: 4_000, currency: 'USD' });
    const seen = await call(acme.owner, 'GET', `${org(acme)}/editions/${edition.id}`);
    expect(seen.body.stats).toMatchObject({ sales: 1, commissionMinor: 4_000 });
  });
});

describe('limits and custom hosts', () => {
  it('counts editions against the advertiser’s plan', async () => {
    const [row] = await db
      .select({ n: s.plans.id })
      .from(s.plans)
      .innerJoin(s.organizations, eq(s.organizations.planId, s.plans.id))
      .where(eq(s.organizations.id, other.org.id));
    const used = (await db.select().from(s.editions).where(eq(s.editions.organizationId, other.org.id))).filter(
      (e) => e.status !== 'deleted',
    ).length;
    await db.update(s.plans).set({ maxEditions: used }).where(eq(s.plans.id, row!.n));
    try {
      const refused = await call(other.affiliateSession, 'POST', `${aff(other)}/editions`, {
        appId: other.app.id,
        name: 'One Too Many',
        domainKind: 'subdomain',
        host: newLabel(),
      });
      expectStatus(refused, 402, 'plan_limit_reached');
      const meters = (await call(other.owner, 'GET', `${org(other)}/plan`)).body.meters;
      expect(meters).toEqual(expect.arrayContaining([{ limit: 'editions', used, allowed: used, percent: 100 }]));
    } finally {
      await db.update(s.plans).set({ maxEditions: null }).where(eq(s.plans.id, row!.n));
    }
  });

  it('adds a custom host at Cloudflare with its DNS records, and gives it back after the grace period', async () => {
    const host = `ai.alice-${newLabel()}.com`;
    const edition = await createEdition(acme.affiliateSession, where(acme), {
      name: 'Alice Custom',
      domainKind: 'custom',
      host,
    });
    expect(edition).toMatchObject({ host, domainKind: 'custom' });
    const domain = await call(acme.affiliateSession, 'GET', `${aff(acme)}/editions/${edition.id}/domain`);
    expectStatus(domain, 200);
    expect(domain.body.records).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'CNAME', name: host })]),
    );
    // The advertiser's own domain list does not show it, and cannot delete it.
    const listed = (await call(acme.owner, 'GET', `${org(acme)}/domains`)).body.items.map(
      (d: { hostname: string }) => d.hostname,
    );
    expect(listed).not.toContain(host);

    const ctx = (now: Date) => ({ db, config: loadConfig(env), now, log: createLogger() });
    expectStatus(await call(acme.affiliateSession, 'DELETE', `${aff(acme)}/editions/${edition.id}`), 204);
    // Within the grace period nothing is released.
    expect((await releaseEditionHostnames({ ctx: ctx(new Date()), input: { limit: 50 } })).released).toBe(0);
    const later = new Date(Date.now() + 15 * 86_400_000);
    expect((await releaseEditionHostnames({ ctx: ctx(later), input: { limit: 50 } })).released).toBeGreaterThanOrEqual(
      1,
    );
    expect(await db.select().from(s.customDomains).where(eq(s.customDomains.hostname, host))).toEqual([]);
    const [row] = await db.select().from(s.editions).where(eq(s.editions.id, edition.id));
    expect(row).toMatchObject({ status: 'deleted', customDomainId: null });
  });
});
