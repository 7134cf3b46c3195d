import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, createStaff, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { createUserSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const auditRows = (targetId: string) => db.select().from(s.auditLog).where(eq(s.auditLog.targetId, targetId));

describe('GET /orgs', () => {
  it('lists only the organizations the caller is a member of, with its role', async () => {
    const res = await call(acme.finance, 'GET', '/orgs');
    expectStatus(res, 200);
    expect(res.body.items).toEqual([expect.objectContaining({ id: acme.org.id, role: 'finance', plan: 'enterprise' })]);
  });

  it('lists nothing for an affiliate', async () => {
    const res = await call(acme.affiliateSession, 'GET', '/orgs');
    expectStatus(res, 200);
    expect(res.body.items).toEqual([]);
  });
});

describe('POST /orgs', () => {
  it('creates an organization with the caller as owner, and audits it', async () => {
    const user = await createUserSession(db);
    const res = await call(user, 'POST', '/orgs', { name: 'Kangrow Labs' });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ name: 'Kangrow Labs', role: 'owner', status: 'active', plan: 'starter' });
    expect(res.body.slug).toMatch(/^kangrow-labs-[0-9a-z]{6}$/);
    const [membership] = await db
      .select()
      .from(s.memberships)
      .where(and(eq(s.memberships.userId, user.userId), eq(s.memberships.organizationId, res.body.id)));
    expect(membership?.role).toBe('owner');
    const [audit] = await auditRows(res.body.id);
    expect(audit).toMatchObject({
      action: 'organization.created',
      actorId: user.userId,
      organizationId: res.body.id,
      after: { name: 'Kangrow Labs' },
    });
    const listed = await call(user, 'GET', '/orgs');
    expect(listed.body.items.map((o: { id: string }) => o.id)).toEqual([res.body.id]);
  });

  it('refuses a taken slug with 409', async () => {
    const user = await createUserSession(db);
    expectStatus(await call(user, 'POST', '/orgs', { name: 'A', slug: 'taken-slug' }), 201);
    expectStatus(await call(user, 'POST', '/orgs', { name: 'B', slug: 'taken-slug' }), 409, 'conflict');
  });

  it.each([
    { label: 'malformed JSON', body: '{"name": ', code: 'invalid_json' },
    { label: 'an unknown field', body: { name: 'X', plan: 'enterprise' }, code: 'validation_failed' },
    { label: 'a wrong type', body: { name: 42 }, code: 'validation_failed' },
    { label: 'an empty name', body: { name: '  ' }, code: 'validation_failed' },
    { label: 'a bad slug', body: { name: 'X', slug: 'Not A Slug' }, code: 'validation_failed' },
    { label: 'a JSON array', body: [], code: 'validation_failed' },
  ])('answers 400 $code to $label', async ({ body, code }) => {
    const user = await createUserSession(db);
    expectStatus(await call(user, 'POST', '/orgs', body), 400, code);
  });

  it('answers 413 to an oversized body and 415 to a non-JSON one', async () => {
    const user = await createUserSession(db);
    expectStatus(await call(user, 'POST', '/orgs', { name: 'x'.repeat(70_000) }), 413, 'payload_too_large');
    expectStatus(
      await call(user, 'POST', '/orgs', 'name=x', { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
      'unsupported_media_type',
    );
  });
});

describe('GET /orgs/{orgId}', () => {
  it('answers members with their role and platform staff with an implied one', async () => {
    expect((await call(acme.admin, 'GET', `/orgs/${acme.org.id}`)).body).toMatchObject({
      id: acme.org.id,
      role: 'admin',
    });
    const support = await createStaff(db, 'support');
    expect((await call(support, 'GET', `/orgs/${acme.org.id}`)).body).toMatchObject({
      id: acme.org.id,
      role: 'support',
    });
    const admin = await createStaff(db, 'platform_admin');
    expect((await call(admin, 'GET', `/orgs/${acme.org.id}`)).body).toMatchObject({ role: 'platform_staff' });
  });

  it('answers not_found for another tenant, an affiliate, an unknown id and a malformed id', async () => {
    expectStatus(await call(other.owner, 'GET', `/orgs/${acme.org.id}`), 404, 'not_found');
    expectStatus(await call(acme.affiliateSession, 'GET', `/orgs/${acme.org.id}`), 404, 'not_found');
    expectStatus(await call(acme.owner, 'GET', `/orgs/${crypto.randomUUID()}`), 404, 'not_found');
    expectStatus(await call(acme.owner, 'GET', '/orgs/not-a-uuid'), 404, 'not_found');
  });
});

describe('PATCH /orgs/{orgId}', () => {
  it('renames and merges branding, lower-casing the colour; null clears a field; audited', async () => {
    const res = await call(acme.owner, 'PATCH', `/orgs/${acme.org.id}`, {
      name: 'Acme Inc',
      branding: { portalName: 'Acme Partners', logoUrl: 'https://cdn.acme.example/logo.png', primaryColor: '#FF8800' },
    });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({
      name: 'Acme Inc',
      branding: { portalName: 'Acme Partners', logoUrl: 'https://cdn.acme.example/logo.png', primaryColor: '#ff8800' },
    });
    const again = await call(acme.admin, 'PATCH', `/orgs/${acme.org.id}`, { branding: { logoUrl: null } });
    expect(again.body.branding).toEqual({ portalName: 'Acme Partners', primaryColor: '#ff8800' });
    const audits = (await auditRows(acme.org.id)).filter((a) =>
      ['organization.updated', 'organization.brand_updated'].includes(a.action),
    );
    expect(audits).toHaveLength(2);
    // A save that changed only the brand says so; the rename with the brand is a settings change.
    expect(audits.map((a) => a.action).sort()).toEqual(['organization.brand_updated', 'organization.updated']);
    expect(audits[0]).toMatchObject({
      actorId: acme.owner.userId,
      actorRole: 'owner',
      before: { name: 'Tenant' },
      after: { name: 'Acme Inc' },
    });
  });

  it.each([
    { label: 'an http logo', body: { branding: { logoUrl: 'http://cdn.example/logo.png' } } },
    { label: 'a javascript: logo', body: { branding: { logoUrl: 'javascript:alert(1)' } } },
    { label: 'a named colour', body: { branding: { primaryColor: 'red' } } },
    { label: 'an unknown branding field', body: { branding: { css: 'body{}' } } },
    { label: 'an unknown field', body: { status: 'closed' } },
  ])('refuses $label', async ({ body }) => {
    expectStatus(await call(acme.owner, 'PATCH', `/orgs/${acme.org.id}`, body), 400, 'validation_failed');
  });

  it('is refused to finance (403), support (403) and another tenant (404)', async () => {
    expectStatus(await call(acme.finance, 'PATCH', `/orgs/${acme.org.id}`, { name: 'X' }), 403, 'forbidden');
    expectStatus(
      await call(await createStaff(db, 'support'), 'PATCH', `/orgs/${acme.org.id}`, { name: 'X' }),
      403,
      'forbidden',
    );
    expectStatus(await call(other.owner, 'PATCH', `/orgs/${acme.org.id}`, { name: 'X' }), 404, 'not_found');
  });
});
