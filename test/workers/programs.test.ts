import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { sha256Hex } from '../../workers/domain/secret-token';
import { programRoute, routingKeys } from '../../workers/contracts/routing';
import { type Advertiser, createAdvertiser, createStaff, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const programs = (a: Advertiser) => `/orgs/${a.org.id}/programs`;
const auditOf = (targetId: string) =>
  db.select().from(s.auditLog).where(eq(s.auditLog.targetId, targetId)).orderBy(s.auditLog.id);
const minimal = () => ({
  appId: acme.app.id,
  name: 'Kanban Pro — 30% recurring',
  payoutModel: 'revshare',
  commissionType: 'percent',
  commissionRateBps: 3000,
  currency: 'USD',
  landingUrl: 'https://app.example/pricing?cid={click_id}',
});
async function projected(programId: string) {
  const raw = await env.ROUTING.get(routingKeys.program(programId));
  return raw === null ? null : programRoute.parse(JSON.parse(raw));
}
async function create(body: Record<string, unknown> = {}) {
  const res = await call(acme.owner, 'POST', programs(acme), { ...minimal(), ...body });
  expectStatus(res, 201);
  return res.body;
}

describe('POST /orgs/{orgId}/programs', () => {
  it('creates a draft with the documented defaults, audits it and projects it to the tracker', async () => {
    const program = await create();
    expect(program).toMatchObject({
      status: 'draft',
      visibility: 'approval',
      slug: 'kanban-pro-30-recurring',
      holdDays: 30,
      cookieDays: 30,
      attributionRule: 'last_click',
      multiLevelRatesBps: [1000, 300, 100],
      recurringMode: 'none',
      allowedDomains: ['app.example'],
      clickIdParam: 'aff_click',
      // No override: the platform minimum of the program's currency applies.
      payoutMinMinor: null,
      // Off by default: a cancellation ends recurring commissions and reverses nothing.
      cancelVoidsWithinDays: null,
      hasPostbackSecret: false,
    });
    expect(program).not.toHaveProperty('postbackSecretHash');
    const [audit] = await auditOf(program.id);
    expect(audit).toMatchObject({
      action: 'program.created',
      actorId: acme.owner.userId,
      actorRole: 'owner',
      organizationId: acme.org.id,
      after: { name: program.name },
    });
    expect(await projected(program.id)).toMatchObject({
      programId: program.id,
      organizationId: acme.org.id,
      status: 'draft',
      cookieDays: 30,
      clickIdParam: 'aff_click',
      allowedDomains: ['app.example'],
    });
  });

  it('takes every program setting', async () => {
    const full = {
      ...minimal(),
      status: 'active',
      slug: 'everything',
      description: 'All settings',
      visibility: 'public',
      payoutModel: 'cps',
      commissionType: 'hybrid',
      commissionRateBps: 1500,
      commissionFixedMinor: 500,
      revenueMinor: 4900,
      currency: 'EUR',
      recurringMode: 'months',
      recurringMonths: 12,
      recurringRateBps: 3000,
      multiLevelRatesBps: [500, 200],
      holdDays: 14,
      cancelVoidsWithinDays: 14,
      cookieDays: 60,
      attributionRule: 'first_click',
      clickIdParam: 'ref-click_2',
      landingUrls: ['https://eu.app.example/'],
      allowedDomains: ['app.example', '*.app.example'],
      fallbackUrl: 'https://app.example/sorry',
      geoAllow: ['US', 'DE'],
      geoDeny: ['RU'],
      capClicksDaily: 1000,
      capClicksTotal: 100_000,
      capConversionsDaily: 50,
      capConversionsTotal: 0,
      payoutMinMinor: 5_000,
      fraudMaxConversionsPerIpHour: 3,
      fraudMinSecondsAfterClick: 5,
      onboardingBrief: 'Who buys Kanban Pro',
      goals: '100 trials a month',
    };
    const program = await create(full);
    const { appId, ...rest } = full;
    expect(program).toMatchObject({ ...rest, appId });
    expect(await projected(program.id)).toMatchObject({
      status: 'active',
      cookieDays: 60,
      geoAllow: ['US', 'DE'],
      geoDeny: ['RU'],
      capClicksDaily: 1000,
      fallbackUrl: 'https://app.example/sorry',
      clickIdParam: 'ref-click_2',
    });
  });

  it.each([
    { label: 'percent without a rate', body: { commissionRateBps: undefined }, path: 'commissionRateBps' },
    { label: 'fixed without an amount', body: { commissionType: 'fixed' }, path: 'commissionFixedMinor' },
    { label: 'hybrid without an amount', body: { commissionType: 'hybrid' }, path: 'commissionFixedMinor' },
    { label: 'months without a count', body: { recurringMode: 'months' }, path: 'recurringMonths' },
    { label: 'four multi-level rates', body: { multiLevelRatesBps: [1, 1, 1, 1] }, path: 'multiLevelRatesBps' },
    { label: 'a rate above 100 %', body: { commissionRateBps: 10_001 }, path: 'commissionRateBps' },
    { label: 'a fractional rate', body: { commissionRateBps: 12.5 }, path: 'commissionRateBps' },
    { label: 'a rate as a string', body: { commissionRateBps: '3000' }, path: 'commissionRateBps' },
    { label: 'a lower-case country', body: { geoAllow: ['us'] }, path: 'geoAllow.0' },
    { label: 'an unknown country', body: { geoDeny: ['XX'] }, path: 'geoDeny.0' },
    { label: 'a country allowed and denied', body: { geoAllow: ['US'], geoDeny: ['US'] }, path: 'geoDeny' },
    { label: 'a lower-case currency', body: { currency: 'usd' }, path: 'currency' },
    { label: 'an unknown currency', body: { currency: 'ABC' }, path: 'currency' },
    { label: 'an http landing URL', body: { landingUrl: 'http://app.example/' }, path: 'landingUrl' },
    { label: 'a landing URL off the allowed domains', body: { allowedDomains: ['other.example'] }, path: 'landingUrl' },
    {
      label: 'a fallback off the allowed domains',
      body: { fallbackUrl: 'https://evil.example/' },
      path: 'fallbackUrl',
    },
    { label: 'a negative cap', body: { capClicksDaily: -1 }, path: 'capClicksDaily' },
    { label: 'a cap beyond int4', body: { capClicksTotal: 2 ** 31 }, path: 'capClicksTotal' },
    {
      label: 'a negative amount',
      body: { commissionType: 'fixed', commissionFixedMinor: -5 },
      path: 'commissionFixedMinor',
    },
    { label: 'hold days as a string', body: { holdDays: '30' }, path: 'holdDays' },
    { label: 'a void window of 0 days', body: { cancelVoidsWithinDays: 0 }, path: 'cancelVoidsWithinDays' },
    { label: 'status paused at creation', body: { status: 'paused' }, path: 'status' },
    { label: 'a bad slug', body: { slug: 'Has Spaces' }, path: 'slug' },
    { label: 'a click id parameter with a space', body: { clickIdParam: 'aff click' }, path: 'clickIdParam' },
    { label: 'a click id parameter with &', body: { clickIdParam: 'a&b=c' }, path: 'clickIdParam' },
    { label: 'an empty click id parameter', body: { clickIdParam: '' }, path: 'clickIdParam' },
    { label: 'a click id parameter of 41 characters', body: { clickIdParam: 'a'.repeat(41) }, path: 'clickIdParam' },
    { label: 'an unknown field', body: { postbackSecretHash: 'x' }, path: '' },
    { label: 'a missing app', body: { appId: undefined }, path: 'appId' },
  ])('refuses $label (400 validation_failed at $path)', async ({ body, path }) => {
    const res = await call(acme.owner, 'POST', programs(acme), { ...minimal(), ...body });
    expectStatus(res, 400, 'validation_failed');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('answers not_found for an app of another tenant or no app at all', async () => {
    expectStatus(
      await call(acme.owner, 'POST', programs(acme), { ...minimal(), appId: other.app.id }),
      404,
      'not_found',
    );
    expectStatus(
      await call(acme.owner, 'POST', programs(acme), { ...minimal(), appId: crypto.randomUUID() }),
      404,
      'not_found',
    );
  });

  it('generates a free slug for a repeated name and refuses a taken explicit slug (409)', async () => {
    const a = await create({ name: 'Same Name' });
    const b = await create({ name: 'Same Name' });
    expect(a.slug).toBe('same-name');
    expect(b.slug).toMatch(/^same-name-[0-9a-z]{6}$/);
    expectStatus(await call(acme.owner, 'POST', programs(acme), { ...minimal(), slug: 'same-name' }), 409, 'conflict');
  });

  it("refuses a program beyond the plan's limit with 402 plan_limit_reached, counting archived programs out", async () => {
    const small = await createAdvertiser(db, { plan: 'starter' }); // 3 programs; createTenant made one
    const body = { ...minimal(), appId: small.app.id };
    expectStatus(await call(small.owner, 'POST', `/orgs/${small.org.id}/programs`, body), 201);
    const third = await call(small.owner, 'POST', `/orgs/${small.org.id}/programs`, body);
    expectStatus(third, 201);
    const fourth = await call(small.owner, 'POST', `/orgs/${small.org.id}/programs`, body);
    expectStatus(fourth, 402, 'plan_limit_reached');
    expect(fourth.body.error.message).toMatch(/Starter plan allows 3 programs/);
    expect(fourth.body.error.details).toEqual({ limit: 'programs', used: 3, allowed: 3, plan: 'starter' });
    expectStatus(
      await call(small.owner, 'PATCH', `/orgs/${small.org.id}/programs/${third.body.id}`, { status: 'archived' }),
      200,
    );
    expectStatus(await call(small.owner, 'POST', `/orgs/${small.org.id}/programs`, body), 201);
  });
});

describe('GET /orgs/{orgId}/programs', () => {
  it('pages newest first with a cursor and filters by status and app, only within the tenant', async () => {
    const created = [
      await create({ name: 'Page A' }),
      await create({ name: 'Page B' }),
      await create({ name: 'Page C' }),
    ];
    const first = await call(acme.finance, 'GET', `${programs(acme)}?limit=2`);
    expectStatus(first, 200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toBe(first.body.items[1].id);
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string; organizationId: string }[]; nextCursor: string | null } } = await call(
        acme.finance,
        'GET',
        `${programs(acme)}?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.body.items.every((p) => p.organizationId === acme.org.id)).toBe(true);
      ids.push(...page.body.items.map((p) => p.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([...created.map((p) => p.id), acme.program.id]));
    expect(ids).not.toContain(other.program.id);
    expect(ids).toEqual([...ids].sort().reverse());
    const active = await call(acme.finance, 'GET', `${programs(acme)}?status=active&appId=${acme.app.id}`);
    expect(active.body.items.every((p: { status: string }) => p.status === 'active')).toBe(true);
    expect(active.body.items.map((p: { id: string }) => p.id)).toContain(acme.program.id);
  });

  it.each(['limit=0', 'limit=101', 'limit=abc', 'cursor=nope', 'status=live'])(
    'refuses ?%s with 400',
    async (query) => {
      expectStatus(await call(acme.owner, 'GET', `${programs(acme)}?${query}`), 400, 'validation_failed');
    },
  );

  it('answers not_found for another tenant’s program, for an affiliate, and for another tenant’s member', async () => {
    expectStatus(await call(acme.owner, 'GET', `${programs(acme)}/${other.program.id}`), 404, 'not_found');
    expectStatus(await call(acme.affiliateSession, 'GET', programs(acme)), 404, 'not_found');
    expectStatus(await call(other.owner, 'GET', `${programs(acme)}/${acme.program.id}`), 404, 'not_found');
    const support = await createStaff(db, 'support');
    expectStatus(await call(support, 'GET', `${programs(acme)}/${acme.program.id}`), 200);
  });
});

describe('PATCH /orgs/{orgId}/programs/{programId}', () => {
  it('changes routing settings, audits before/after and republishes the projection', async () => {
    const program = await create({ status: 'active' });
    const res = await call(acme.admin, 'PATCH', `${programs(acme)}/${program.id}`, {
      cookieDays: 7,
      geoDeny: ['CN'],
      capClicksDaily: 10,
      fallbackUrl: 'https://app.example/full',
      clickIdParam: 'cid',
    });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ cookieDays: 7, geoDeny: ['CN'], capClicksDaily: 10, clickIdParam: 'cid' });
    expect(await projected(program.id)).toMatchObject({
      clickIdParam: 'cid',
      cookieDays: 7,
      geoDeny: ['CN'],
      capClicksDaily: 10,
      fallbackUrl: 'https://app.example/full',
    });
    const audit = (await auditOf(program.id)).find((a) => a.action === 'program.updated');
    expect(audit).toMatchObject({
      actorId: acme.admin.userId,
      before: { cookieDays: 30, geoDeny: [] },
      after: { cookieDays: 7, geoDeny: ['CN'] },
    });
    expect(JSON.stringify(audit)).not.toContain('postbackSecretHash');
  });

  it('treats an empty PATCH as no change: 200, nothing written, nothing audited', async () => {
    const program = await create();
    const res = await call(acme.owner, 'PATCH', `${programs(acme)}/${program.id}`, {});
    expectStatus(res, 200);
    expect(res.body.updatedAt).toBe(program.updatedAt);
    expect((await auditOf(program.id)).map((a) => a.action)).toEqual(['program.created']);
  });

  it('checks cross-field rules on the merged result', async () => {
    const program = await create();
    const url = `${programs(acme)}/${program.id}`;
    expectStatus(
      await call(acme.owner, 'PATCH', url, { commissionType: 'fixed', commissionRateBps: null }),
      400,
      'validation_failed',
    );
    expectStatus(await call(acme.owner, 'PATCH', url, { commissionType: 'fixed', commissionFixedMinor: 700 }), 200);
    expectStatus(
      await call(acme.owner, 'PATCH', url, { landingUrl: 'https://shop.example/' }),
      400,
      'validation_failed',
    );
    const moved = await call(acme.owner, 'PATCH', url, {
      landingUrl: 'https://shop.example/',
      allowedDomains: ['shop.example'],
    });
    expectStatus(moved, 200);
    expect(moved.body.allowedDomains).toEqual(['shop.example']);
    expectStatus(await call(acme.owner, 'PATCH', url, { recurringMode: 'months' }), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'PATCH', url, { appId: other.app.id }), 400, 'validation_failed');
  });

  it('walks the status machine and refuses illegal transitions with 409', async () => {
    const program = await create();
    const url = `${programs(acme)}/${program.id}`;
    const to = (status: string) => call(acme.owner, 'PATCH', url, { status });
    expectStatus(await to('paused'), 409, 'conflict');
    expectStatus(await to('active'), 200);
    expectStatus(await to('draft'), 409, 'conflict');
    expectStatus(await to('paused'), 200);
    expect((await projected(program.id))?.status).toBe('paused');
    expectStatus(await to('active'), 200);
    expectStatus(await to('archived'), 200);
    expect((await projected(program.id))?.status).toBe('archived');
    expectStatus(await to('active'), 409, 'conflict');
    expectStatus(await call(acme.owner, 'PATCH', url, { name: 'Renamed' }), 409, 'conflict');
    expect((await auditOf(program.id)).map((a) => a.action)).toEqual([
      'program.created',
      'program.activated',
      'program.paused',
      'program.resumed',
      'program.archived',
    ]);
  });

  it('is refused to finance and support (403) and to other tenants (404)', async () => {
    const url = `${programs(acme)}/${acme.program.id}`;
    expectStatus(await call(acme.finance, 'PATCH', url, { name: 'X' }), 403, 'forbidden');
    expectStatus(await call(await createStaff(db, 'support'), 'PATCH', url, { name: 'X' }), 403, 'forbidden');
    expectStatus(await call(other.owner, 'PATCH', url, { name: 'X' }), 404, 'not_found');
    expectStatus(
      await call(acme.owner, 'PATCH', `${programs(acme)}/${other.program.id}`, { name: 'X' }),
      404,
      'not_found',
    );
    const platformAdmin = await createStaff(db, 'platform_admin');
    expectStatus(await call(platformAdmin, 'PATCH', url, { description: 'Fixed by staff' }), 200);
  });
});

describe('DELETE /orgs/{orgId}/programs/{programId}', () => {
  it('deletes a draft and removes it from the projection; a live program must be archived instead', async () => {
    const draft = await create();
    expect(await projected(draft.id)).not.toBeNull();
    expectStatus(await call(acme.owner, 'DELETE', `${programs(acme)}/${draft.id}`), 204);
    expectStatus(await call(acme.owner, 'GET', `${programs(acme)}/${draft.id}`), 404, 'not_found');
    expect(await projected(draft.id)).toBeNull();
    expectStatus(await call(acme.owner, 'DELETE', `${programs(acme)}/${acme.program.id}`), 409, 'conflict');
    expectStatus(await call(acme.owner, 'DELETE', `${programs(acme)}/${other.program.id}`), 404, 'not_found');
    expect((await auditOf(draft.id)).map((a) => a.action)).toEqual(['program.created', 'program.deleted']);
  });
});

describe('POST …/postback-secret', () => {
  it('returns a new secret once, stores only its hash, and audits without it', async () => {
    const url = `${programs(acme)}/${acme.program.id}/postback-secret`;
    const first = await call(acme.owner, 'POST', url);
    expectStatus(first, 201);
    expect(first.body.postbackSecret).toMatch(/^pbs_/);
    const [row] = await db.select().from(s.programs).where(eq(s.programs.id, acme.program.id));
    expect(row!.postbackSecretHash).toBe(await sha256Hex(first.body.postbackSecret));
    const read = await call(acme.owner, 'GET', `${programs(acme)}/${acme.program.id}`);
    expect(read.body.hasPostbackSecret).toBe(true);
    expect(JSON.stringify(read.body)).not.toContain(first.body.postbackSecret);
    const second = await call(acme.owner, 'POST', url);
    expect(second.body.postbackSecret).not.toBe(first.body.postbackSecret);
    const audits = (await auditOf(acme.program.id)).filter((a) => a.action.startsWith('program.postback_secret_'));
    expect(audits).toHaveLength(2);
    // The first secret is set (nothing stopped working), the second replaces it.
    expect(audits.map((a) => a.action).sort()).toEqual([
      'program.postback_secret_rotated',
      'program.postback_secret_set',
    ]);
    expect(JSON.stringify(audits)).not.toContain(first.body.postbackSecret);
    expectStatus(await call(acme.finance, 'POST', url), 403, 'forbidden');
    expectStatus(
      await call(acme.owner, 'POST', `${programs(acme)}/${other.program.id}/postback-secret`),
      404,
      'not_found',
    );
  });
});
