import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { decryptSecret } from '../../workers/services/encryption';
import { sha256Hex } from '../../workers/domain/secret-token';
import { type Advertiser, createStaff, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const apps = (a: Advertiser) => `/orgs/${a.org.id}/apps`;
const auditOf = (targetId: string) =>
  db.select().from(s.auditLog).where(eq(s.auditLog.targetId, targetId)).orderBy(s.auditLog.id);

describe('apps CRUD', () => {
  it('creates an app, defaulting the allowed domains to the site host, and audits it', async () => {
    const res = await call(acme.admin, 'POST', apps(acme), {
      name: 'Kanban Pro',
      siteUrl: 'https://kanban.example/start',
    });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      name: 'Kanban Pro',
      siteUrl: 'https://kanban.example/start',
      allowedDomains: ['kanban.example'],
      status: 'active',
      organizationId: acme.org.id,
    });
    const [audit] = await auditOf(res.body.id);
    expect(audit).toMatchObject({
      action: 'app.created',
      actorId: acme.admin.userId,
      actorRole: 'admin',
      organizationId: acme.org.id,
      after: { name: 'Kanban Pro' },
    });
  });

  it('lower-cases allowed domains and accepts wildcards', async () => {
    const res = await call(acme.owner, 'POST', apps(acme), {
      name: 'Docs',
      siteUrl: 'https://docs.example/',
      allowedDomains: ['Docs.Example', '*.docs.example'],
    });
    expectStatus(res, 201);
    expect(res.body.allowedDomains).toEqual(['docs.example', '*.docs.example']);
  });

  it.each([
    { label: 'an http site', body: { name: 'X', siteUrl: 'http://x.example/' } },
    { label: 'a site that is no URL', body: { name: 'X', siteUrl: 'x.example' } },
    {
      label: 'localhost as a domain',
      body: { name: 'X', siteUrl: 'https://x.example/', allowedDomains: ['x.example', 'localhost'] },
    },
    {
      label: 'an IP as a domain',
      body: { name: 'X', siteUrl: 'https://x.example/', allowedDomains: ['x.example', '10.0.0.1'] },
    },
    {
      label: 'a URL as a domain',
      body: { name: 'X', siteUrl: 'https://x.example/', allowedDomains: ['https://x.example'] },
    },
    {
      label: 'a site off its own domains',
      body: { name: 'X', siteUrl: 'https://x.example/', allowedDomains: ['y.example'] },
    },
    { label: 'a missing name', body: { siteUrl: 'https://x.example/' } },
    { label: 'a numeric name', body: { name: 7, siteUrl: 'https://x.example/' } },
    {
      label: 'an unknown field',
      body: { name: 'X', siteUrl: 'https://x.example/', organizationId: crypto.randomUUID() },
    },
    {
      label: 'a NUL character, which Postgres text cannot store',
      body: { name: 'X\u0000Y', siteUrl: 'https://x.example/' },
    },
  ])('refuses $label with validation_failed', async ({ body }) => {
    expectStatus(await call(acme.owner, 'POST', apps(acme), body), 400, 'validation_failed');
  });

  it('answers invalid_json to a broken body and 413 to an oversized one', async () => {
    expectStatus(await call(acme.owner, 'POST', apps(acme), '{"name":'), 400, 'invalid_json');
    expectStatus(
      await call(acme.owner, 'POST', apps(acme), { name: 'x'.repeat(70_000), siteUrl: 'https://x.example/' }),
      413,
      'payload_too_large',
    );
  });

  it('lists and reads only the tenant’s apps', async () => {
    const list = await call(acme.finance, 'GET', apps(acme));
    expectStatus(list, 200);
    expect(list.body.items.length).toBeGreaterThanOrEqual(1);
    expect(list.body.items.every((a: { organizationId: string }) => a.organizationId === acme.org.id)).toBe(true);
    expect(list.body.items.map((a: { id: string }) => a.id)).not.toContain(other.app.id);
    expectStatus(await call(acme.finance, 'GET', `${apps(acme)}/${acme.app.id}`), 200);
    expectStatus(await call(acme.owner, 'GET', `${apps(acme)}/${other.app.id}`), 404, 'not_found');
    expectStatus(await call(acme.owner, 'GET', `${apps(acme)}/not-an-id`), 400, 'validation_failed');
  });

  it('updates an app, keeping its site on its domains, audited with before and after', async () => {
    const created = (await call(acme.owner, 'POST', apps(acme), { name: 'Old', siteUrl: 'https://old.example/' })).body;
    const res = await call(acme.owner, 'PATCH', `${apps(acme)}/${created.id}`, { name: 'New', status: 'disabled' });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ name: 'New', status: 'disabled' });
    expectStatus(
      await call(acme.owner, 'PATCH', `${apps(acme)}/${created.id}`, { allowedDomains: ['elsewhere.example'] }),
      400,
      'validation_failed',
    );
    expectStatus(
      await call(acme.owner, 'PATCH', `${apps(acme)}/${created.id}`, { status: 'deleted' }),
      400,
      'validation_failed',
    );
    const audits = await auditOf(created.id);
    expect(audits.map((a) => a.action)).toEqual(['app.created', 'app.updated']);
    expect(audits[1]).toMatchObject({
      before: { name: 'Old', status: 'active' },
      after: { name: 'New', status: 'disabled' },
    });
  });

  it('deletes an app without programs and refuses one with programs (409)', async () => {
    const created = (await call(acme.owner, 'POST', apps(acme), { name: 'Temp', siteUrl: 'https://temp.example/' }))
      .body;
    expectStatus(await call(acme.owner, 'DELETE', `${apps(acme)}/${created.id}`), 204);
    expectStatus(await call(acme.owner, 'GET', `${apps(acme)}/${created.id}`), 404, 'not_found');
    expectStatus(await call(acme.owner, 'DELETE', `${apps(acme)}/${acme.app.id}`), 409, 'conflict');
    expect((await auditOf(created.id)).map((a) => a.action)).toEqual(['app.created', 'app.deleted']);
  });

  it('refuses writes to finance and support (403) and every call to another tenant (404)', async () => {
    const body = { name: 'X', siteUrl: 'https://x.example/' };
    expectStatus(await call(acme.finance, 'POST', apps(acme), body), 403, 'forbidden');
    expectStatus(await call(acme.finance, 'PATCH', `${apps(acme)}/${acme.app.id}`, { name: 'X' }), 403, 'forbidden');
    expectStatus(await call(acme.finance, 'DELETE', `${apps(acme)}/${acme.app.id}`), 403, 'forbidden');
    const support = await createStaff(db, 'support');
    expectStatus(await call(support, 'GET', apps(acme)), 200);
    expectStatus(await call(support, 'POST', apps(acme), body), 403, 'forbidden');
    expectStatus(await call(other.owner, 'GET', apps(acme)), 404, 'not_found');
    expectStatus(
      await call(acme.owner, 'PATCH', `${apps(acme)}/${other.app.id}`, { name: 'Hijack' }),
      404,
      'not_found',
    );
    expectStatus(await call(acme.owner, 'DELETE', `${apps(acme)}/${other.app.id}`), 404, 'not_found');
    const [untouched] = await db.select().from(s.apps).where(eq(s.apps.id, other.app.id));
    expect(untouched?.name).toBe('App');
  });
});

describe('API keys', () => {
  const keys = (a: Advertiser) => `/orgs/${a.org.id}/apps/${a.app.id}/api-keys`;

  it('shows the key and signing secret once and stores only a hash and the sealed secret', async () => {
    const res = await call(acme.owner, 'POST', keys(acme), { name: 'Server' });
    expectStatus(res, 201);
    const { key, signingSecret, id, maskedKey, prefix } = res.body;
    expect(key).toMatch(/^ae_live_[0-9a-z]{8}_[0-9A-Za-z]{32}$/);
    expect(maskedKey).toBe(`${prefix}_…${key.slice(-4)}`);
    const [row] = await db.select().from(s.apiKeys).where(eq(s.apiKeys.id, id));
    expect(row!.keyHash).toBe(await sha256Hex(key));
    expect(await decryptSecret(row!.signingSecretEncrypted, env.DATA_ENCRYPTION_KEY)).toBe(signingSecret);
    expect(JSON.stringify(row)).not.toContain(key);
    expect(JSON.stringify(row)).not.toContain(signingSecret);

    const list = await call(acme.admin, 'GET', keys(acme));
    expectStatus(list, 200);
    const listed = list.body.items.find((k: { id: string }) => k.id === id);
    expect(listed).toMatchObject({ name: 'Server', maskedKey, revokedAt: null, lastUsedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(key);
    expect(listed).not.toHaveProperty('key');
    expect(listed).not.toHaveProperty('signingSecret');

    const audits = await auditOf(id);
    expect(audits.map((a) => a.action)).toEqual(['api_key.created']);
    expect(JSON.stringify(audits)).not.toContain(key.slice(-32));
    expect(JSON.stringify(audits)).not.toContain(signingSecret);
  });

  it('creates a key without a body, named Default', async () => {
    const res = await call(acme.owner, 'POST', keys(acme));
    expectStatus(res, 201);
    expect(res.body.name).toBe('Default');
  });

  it('rotates: the old key is revoked and a new one issued in one step; a revoked key cannot rotate', async () => {
    const first = (await call(acme.owner, 'POST', keys(acme), { name: 'Rotating' })).body;
    const rotated = await call(acme.owner, 'POST', `${keys(acme)}/${first.id}/rotate`);
    expectStatus(rotated, 201);
    expect(rotated.body).toMatchObject({ name: 'Rotating', revokedAt: null });
    expect(rotated.body.key).not.toBe(first.key);
    const [old] = await db.select().from(s.apiKeys).where(eq(s.apiKeys.id, first.id));
    expect(old!.revokedAt).not.toBeNull();
    expectStatus(await call(acme.owner, 'POST', `${keys(acme)}/${first.id}/rotate`), 409, 'conflict');
    const [audit] = (await auditOf(first.id)).filter((a) => a.action === 'api_key.rotated');
    expect(audit).toMatchObject({ actorId: acme.owner.userId, after: { id: rotated.body.id } });
  });

  it('revokes, idempotently', async () => {
    const created = (await call(acme.owner, 'POST', keys(acme), { name: 'Old' })).body;
    expectStatus(await call(acme.owner, 'DELETE', `${keys(acme)}/${created.id}`), 204);
    expectStatus(await call(acme.owner, 'DELETE', `${keys(acme)}/${created.id}`), 204);
    const [row] = await db.select().from(s.apiKeys).where(eq(s.apiKeys.id, created.id));
    expect(row!.revokedAt).not.toBeNull();
    expect((await auditOf(created.id)).map((a) => a.action)).toEqual(['api_key.created', 'api_key.revoked']);
  });

  it('keeps keys to owners and admins of the tenant', async () => {
    const theirs = (await call(other.owner, 'POST', keys(other), { name: 'Theirs' })).body;
    expectStatus(await call(acme.finance, 'GET', keys(acme)), 403, 'forbidden');
    expectStatus(await call(acme.finance, 'POST', keys(acme)), 403, 'forbidden');
    expectStatus(await call(acme.owner, 'GET', `/orgs/${acme.org.id}/apps/${other.app.id}/api-keys`), 404, 'not_found');
    expectStatus(
      await call(acme.owner, 'POST', `/orgs/${acme.org.id}/apps/${other.app.id}/api-keys`),
      404,
      'not_found',
    );
    expectStatus(await call(acme.owner, 'POST', `${keys(acme)}/${theirs.id}/rotate`), 404, 'not_found');
    expectStatus(await call(acme.owner, 'DELETE', `${keys(acme)}/${theirs.id}`), 404, 'not_found');
    expectStatus(
      await call(acme.owner, 'DELETE', `/orgs/${acme.org.id}/apps/${other.app.id}/api-keys/${theirs.id}`),
      404,
      'not_found',
    );
    const [row] = await db.select().from(s.apiKeys).where(eq(s.apiKeys.id, theirs.id));
    expect(row!.revokedAt).toBeNull();
  });
});
