import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { signatureHeader } from '../../workers/domain/request-signature';
import { type Advertiser, createAdvertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { issueAppKey, nowSeconds, sendRaw, type AppKey } from '../inbound';
import { workerFetch } from '../worker-fetch';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

let acmeKey: AppKey;
let otherKey: AppKey;
beforeAll(async () => {
  acmeKey = await issueAppKey(acme);
  otherKey = await issueAppKey(other);
});

let userSeq = 0;
const appUser = () => {
  userSeq += 1;
  const id = `podruga-${crypto.randomUUID()}`;
  return { id, email: `embed-${userSeq}-${id.slice(-8)}@users.test`, name: 'Alice Example' };
};

async function requestToken(key: AppKey, body: unknown, opts: { t?: number; secret?: string } = {}) {
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  const signature = await signatureHeader(opts.secret ?? key.signingSecret, opts.t ?? nowSeconds(), bytes);
  const headers = {
    authorization: `Bearer ${key.key}`,
    'content-type': 'application/json',
    'x-ae-signature': signature,
  };
  return { send: () => sendRaw('/api/v1/embed-tokens', { body: bytes, headers }) };
}

async function tokenFor(a: Advertiser, key: AppKey, user = appUser(), theme?: unknown) {
  const res = await (await requestToken(key, { program_id: a.program.id, user, ...(theme ? { theme } : {}) })).send();
  expectStatus(res, 201);
  return { token: res.body.token as string, url: res.body.url as string, user };
}

const embed = (appId: string, token: string, method: string, path: string, body?: unknown) =>
  sendRaw(`/api/embed/${appId}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });

describe('POST /api/v1/embed-tokens', () => {
  it('issues a short-lived token stored only as its hash, with the page URL carrying it in the fragment', async () => {
    const { token, url } = await tokenFor(acme, acmeKey);
    expect(token).toMatch(/^ae_embed_[0-9A-Za-z]{40}$/);
    expect(url).toMatch(new RegExp(`/embed/${acme.app.id}#token=${token}$`));
    const rows = await db.select().from(s.embedTokens).where(eq(s.embedTokens.appId, acme.app.id));
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
    const ttl = rows.map((r) => r.expiresAt.getTime() - r.createdAt.getTime());
    expect(ttl.every((ms) => ms === 15 * 60 * 1000)).toBe(true);
  });

  it('refuses a bad signature, an old one, and the same signed request sent twice', async () => {
    const body = { program_id: acme.program.id, user: appUser() };
    expectStatus(await (await requestToken(acmeKey, body, { secret: 'ae_sig_wrong' })).send(), 401);
    const old = await (await requestToken(acmeKey, body, { t: nowSeconds() - 3600 })).send();
    expectStatus(old, 401);
    expect(old.body.error.code).toBe('signature_expired');
    const once = await requestToken(acmeKey, body);
    expectStatus(await once.send(), 201);
    const replay = await once.send();
    expectStatus(replay, 401);
    expect(replay.body.error.code).toBe('signature_replayed');
  });

  it('refuses another app’s program as not found, and a bad body or theme with 400', async () => {
    const foreign = await (await requestToken(acmeKey, { program_id: other.program.id, user: appUser() })).send();
    expectStatus(foreign, 404);
    const badTheme = await (
      await requestToken(acmeKey, {
        program_id: acme.program.id,
        user: appUser(),
        theme: { primaryColor: 'red;}body{display:none' },
      })
    ).send();
    expectStatus(badTheme, 400);
  });
});

describe('the embedded dashboard', () => {
  it('shows the terms, then on acceptance makes one account, enrolls it once and audits it', async () => {
    const { token, user } = await tokenFor(acme, acmeKey, appUser(), { mode: 'dark', locale: 'ru' });
    const first = await embed(acme.app.id, token, 'GET', '/dashboard');
    expectStatus(first, 200);
    expect(first.body).toMatchObject({ account: null, theme: { mode: 'dark', locale: 'ru' } });
    const version = first.body.program.version;
    const accepted = await embed(acme.app.id, token, 'POST', '/terms', { termsVersion: version });
    expectStatus(accepted, 200);
    expect(accepted.body.account.referralLink).toContain(`/aff/${accepted.body.account.refCode}`);
    expect(accepted.body.account.referralQr).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(atob(accepted.body.account.referralQr.split(',')[1])).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) \1"/);
    expect(accepted.body.account.stats).toMatchObject({ clicks: 0, leads: 0, sales: 0 });
    // Again, and with a fresh token for the same app user: the same account and enrollment.
    expectStatus(await embed(acme.app.id, token, 'POST', '/terms', { termsVersion: version }), 200);
    const again = await tokenFor(acme, acmeKey, user);
    expectStatus(await embed(acme.app.id, again.token, 'POST', '/terms', { termsVersion: version }), 200);
    const links = await db
      .select()
      .from(s.appUsers)
      .where(and(eq(s.appUsers.appId, acme.app.id), eq(s.appUsers.externalUserId, user.id)));
    expect(links).toHaveLength(1);
    const enrolled = await db
      .select()
      .from(s.enrollments)
      .where(and(eq(s.enrollments.affiliateId, links[0]!.userId), eq(s.enrollments.programId, acme.program.id)));
    expect(enrolled).toHaveLength(1);
    expect(enrolled[0]!.status).toBe('active');
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, links[0]!.userId));
    expect(audit.map((r) => r.action)).toContain('app.user_joined');
  });

  it('asks to accept published terms by their own version, and a program without any only to join', async () => {
    const solo = await createAdvertiser(db);
    const key = await issueAppKey(solo);
    const { token } = await tokenFor(solo, key);
    const bare = await embed(solo.app.id, token, 'GET', '/dashboard');
    expectStatus(bare, 200);
    // No terms to read: no terms version to show (program.version is the settings', never a terms version).
    expect(bare.body.terms).toBeNull();
    const published = await call(
      solo.owner,
      'POST',
      `/orgs/${solo.org.id}/programs/${solo.program.id}/application/terms`,
      { bodyEn: 'Be honest.', bodyRu: 'Будьте честны.' },
    );
    expectStatus(published, 200);
    const ru = await tokenFor(solo, key, appUser(), { locale: 'ru' });
    const shown = await embed(solo.app.id, ru.token, 'GET', '/dashboard');
    expect(shown.body.terms).toEqual({ version: 1, body: 'Будьте честны.' });
    const version = shown.body.program.version;
    // Accepting without having read the published terms, or an older version of them, is refused.
    expectStatus(await embed(solo.app.id, ru.token, 'POST', '/terms', { termsVersion: version }), 409);
    const accepted = await embed(solo.app.id, ru.token, 'POST', '/terms', {
      termsVersion: version,
      publishedTermsVersion: 1,
    });
    expectStatus(accepted, 200);
    const [enrollment] = await db
      .select()
      .from(s.enrollments)
      .where(and(eq(s.enrollments.programId, solo.program.id), eq(s.enrollments.status, 'active')))
      .orderBy(desc(s.enrollments.createdAt))
      .limit(1);
    expect(enrollment!.termsVersion).toBe(1);
  });

  it('refuses stale terms and an email that already has an account the app did not make', async () => {
    const { token } = await tokenFor(acme, acmeKey);
    const stale = await embed(acme.app.id, token, 'POST', '/terms', { termsVersion: 999_999 });
    expectStatus(stale, 409);
    const taken = await tokenFor(acme, acmeKey, { ...appUser(), email: acme.affiliate.email });
    const version = (await embed(acme.app.id, taken.token, 'GET', '/dashboard')).body.program.version;
    const res = await embed(acme.app.id, taken.token, 'POST', '/terms', { termsVersion: version });
    expectStatus(res, 409);
    expect(res.body.error.code).toBe('embed_email_taken');
    const links = await db.select().from(s.appUsers).where(eq(s.appUsers.userId, acme.affiliate.id));
    expect(links).toEqual([]);
  });

  it('keeps tenants apart: a token works only on its own app, never as a platform session', async () => {
    const { token } = await tokenFor(acme, acmeKey);
    const elsewhere = await embed(other.app.id, token, 'GET', '/dashboard');
    expectStatus(elsewhere, 401);
    expect(elsewhere.body.error.code).toBe('embed_token_invalid');
    const asSession = await call(null, 'GET', '/me', undefined, { authorization: `Bearer ${token}` });
    expectStatus(asSession, 401);
    const mine = await tokenFor(other, otherKey);
    const theirs = await embed(other.app.id, mine.token, 'GET', '/dashboard');
    expectStatus(theirs, 200);
    expect(theirs.body.program.id).toBe(other.program.id);
    expectStatus(await embed(acme.app.id, `ae_embed_${'x'.repeat(40)}`, 'GET', '/dashboard'), 401);
  });

  it('keeps two users of one app, and two apps of one advertiser, apart', async () => {
    const anna = await tokenFor(acme, acmeKey);
    const version = (await embed(acme.app.id, anna.token, 'GET', '/dashboard')).body.program.version;
    expectStatus(await embed(acme.app.id, anna.token, 'POST', '/terms', { termsVersion: version }), 200);
    expectStatus(await embed(acme.app.id, anna.token, 'PUT', '/paypal-email', { email: 'anna@paypal.test' }), 200);
    // Boris, another user of the same app: the terms to accept, nothing of Anna's.
    const boris = await tokenFor(acme, acmeKey);
    const borisView = await embed(acme.app.id, boris.token, 'GET', '/dashboard');
    expectStatus(borisView, 200);
    expect(borisView.body.account).toBeNull();
    expect(JSON.stringify(borisView.body)).not.toContain('anna@paypal.test');
    // A second app of the same advertiser: Anna's token does not open its embed, and its key cannot open the
    // first app's program.
    const created = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/apps`, {
      name: `Second ${crypto.randomUUID().slice(0, 8)}`,
      siteUrl: 'https://second.example',
    });
    expectStatus(created, 201);
    const secondKey = await issueAppKey(acme, created.body.id);
    expectStatus(await embed(created.body.id, anna.token, 'GET', '/dashboard'), 401);
    const cross = await (await requestToken(secondKey, { program_id: acme.program.id, user: anna.user })).send();
    expectStatus(cross, 404);
  });

  it('shows the program’s leaderboard once the advertiser turns it on, and only then', async () => {
    const { token } = await tokenFor(acme, acmeKey);
    const version = (await embed(acme.app.id, token, 'GET', '/dashboard')).body.program.version;
    const joined = await embed(acme.app.id, token, 'POST', '/terms', { termsVersion: version });
    expectStatus(joined, 200);
    expect(joined.body.account.leaderboard).toBeNull();
    await db.insert(s.enrollmentTotals).values({
      enrollmentId: acme.enrollment.id,
      organizationId: acme.org.id,
      programId: acme.program.id,
      affiliateId: acme.affiliate.id,
      conversions: 3,
    });
    const on = await call(acme.admin, 'PATCH', `/orgs/${acme.org.id}/programs/${acme.program.id}`, {
      leaderboard: { metric: 'conversions', period: 'all_time' },
    });
    expectStatus(on, 200);
    const view = await embed(acme.app.id, token, 'GET', '/dashboard');
    expectStatus(view, 200);
    expect(view.body.account.leaderboard).toMatchObject({
      metric: 'conversions',
      period: 'all_time',
      entries: [{ rank: 1, name: 'Alice', score: 3, you: false }],
      you: { rank: null, score: 0, masked: false },
      ranked: 1,
    });
    // The other advertiser's embed shows nothing of it.
    const theirs = await tokenFor(other, otherKey);
    const theirVersion = (await embed(other.app.id, theirs.token, 'GET', '/dashboard')).body.program.version;
    const theirView = await embed(other.app.id, theirs.token, 'POST', '/terms', { termsVersion: theirVersion });
    expect(theirView.body.account.leaderboard).toBeNull();
    expectStatus(
      await call(acme.admin, 'PATCH', `/orgs/${acme.org.id}/programs/${acme.program.id}`, { leaderboard: null }),
      200,
    );
  });

  it('refuses an expired token', async () => {
    const { token } = await tokenFor(acme, acmeKey);
    await db
      .update(s.embedTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(s.embedTokens.appId, acme.app.id));
    const res = await embed(acme.app.id, token, 'GET', '/dashboard');
    expectStatus(res, 401);
  });
});

describe('GET /embed/{appId}', () => {
  it('is framed only by the app’s embed origins and sets no cookie', async () => {
    const none = await workerFetch(`https://api.test/embed/${acme.app.id}`);
    expect(none.status).toBe(200);
    expect(none.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const set = await call(acme.owner, 'PATCH', `/orgs/${acme.org.id}/apps/${acme.app.id}`, {
      embedOrigins: ['https://podruga.example'],
    });
    expectStatus(set, 200);
    const framed = await workerFetch(`https://api.test/embed/${acme.app.id}`);
    expect(framed.headers.get('content-security-policy')).toContain('frame-ancestors https://podruga.example');
    expect(framed.headers.get('set-cookie')).toBeNull();
    expect(await framed.text()).toContain('id="ae-root"');
    const bad = await call(acme.owner, 'PATCH', `/orgs/${acme.org.id}/apps/${acme.app.id}`, {
      embedOrigins: ['https://*.podruga.example'],
    });
    expectStatus(bad, 400);
    expect((await workerFetch(`https://api.test/embed/${crypto.randomUUID()}`)).status).toBe(404);
  });
});
