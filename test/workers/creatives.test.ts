import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, createStaff, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const creatives = (a: Advertiser, programId = a.program.id) => `/orgs/${a.org.id}/programs/${programId}/creatives`;
const banner = {
  kind: 'banner',
  name: 'Leaderboard',
  imageUrl: 'https://cdn.example/728x90.png',
  width: 728,
  height: 90,
  targetUrl: 'https://app.example/pricing',
};
const textLink = { kind: 'text_link', name: 'Tagline', body: 'Ship faster with Kanban Pro' };
const auditOf = (targetId: string) =>
  db.select().from(s.auditLog).where(eq(s.auditLog.targetId, targetId)).orderBy(s.auditLog.id);

describe('creatives library', () => {
  it('creates banners and text links, lists and reads them, audited', async () => {
    const b = await call(acme.owner, 'POST', creatives(acme), banner);
    expectStatus(b, 201);
    expect(b.body).toMatchObject({ ...banner, body: null, programId: acme.program.id });
    const t = await call(acme.admin, 'POST', creatives(acme), textLink);
    expectStatus(t, 201);
    expect(t.body).toMatchObject({ ...textLink, imageUrl: null, width: null, targetUrl: null });
    const list = await call(acme.finance, 'GET', creatives(acme));
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([t.body.id, b.body.id]);
    expectStatus(await call(acme.finance, 'GET', `${creatives(acme)}/${b.body.id}`), 200);
    expect((await auditOf(b.body.id))[0]).toMatchObject({
      action: 'creative.created',
      actorId: acme.owner.userId,
      organizationId: acme.org.id,
    });
  });

  it.each([
    { label: 'a banner without an image', body: { ...banner, imageUrl: undefined } },
    { label: 'a banner without a size', body: { ...banner, width: undefined } },
    { label: 'a zero width', body: { ...banner, width: 0 } },
    { label: 'an http image', body: { ...banner, imageUrl: 'http://cdn.example/x.png' } },
    { label: 'a text link without text', body: { ...textLink, body: '' } },
    { label: 'a text link with an image', body: { ...textLink, imageUrl: 'https://cdn.example/x.png' } },
    { label: 'an unknown kind', body: { ...textLink, kind: 'video' } },
    { label: 'a target off the allowed domains', body: { ...banner, targetUrl: 'https://evil.example/' } },
    { label: 'a javascript: target', body: { ...textLink, targetUrl: 'javascript:alert(1)' } },
  ])('refuses $label with 400 validation_failed', async ({ body }) => {
    expectStatus(await call(acme.owner, 'POST', creatives(acme), body), 400, 'validation_failed');
  });

  it('updates within its kind only and keeps targets on the allowed domains', async () => {
    const b = (await call(acme.owner, 'POST', creatives(acme), banner)).body;
    const url = `${creatives(acme)}/${b.id}`;
    const res = await call(acme.owner, 'PATCH', url, { width: 300, height: 250, targetUrl: null });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ width: 300, height: 250, targetUrl: null });
    expectStatus(await call(acme.owner, 'PATCH', url, { body: 'text on a banner' }), 400, 'validation_failed');
    expectStatus(
      await call(acme.owner, 'PATCH', url, { targetUrl: 'https://evil.example/' }),
      400,
      'validation_failed',
    );
    expectStatus(await call(acme.owner, 'PATCH', url, { kind: 'text_link' }), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'PATCH', url, {}), 200);
    expect((await auditOf(b.id)).map((a) => a.action)).toEqual(['creative.created', 'creative.updated']);
  });

  it('deletes', async () => {
    const t = (await call(acme.owner, 'POST', creatives(acme), textLink)).body;
    expectStatus(await call(acme.owner, 'DELETE', `${creatives(acme)}/${t.id}`), 204);
    expectStatus(await call(acme.owner, 'GET', `${creatives(acme)}/${t.id}`), 404, 'not_found');
  });

  it('keeps writes to owners and admins and every call inside the tenant', async () => {
    const theirs = (await call(other.owner, 'POST', creatives(other), textLink)).body;
    expectStatus(await call(acme.finance, 'POST', creatives(acme), textLink), 403, 'forbidden');
    expectStatus(await call(await createStaff(db, 'support'), 'POST', creatives(acme), textLink), 403, 'forbidden');
    // Another tenant's program under our org, and another tenant's creative under our program.
    expectStatus(await call(acme.owner, 'GET', creatives(acme, other.program.id)), 404, 'not_found');
    expectStatus(await call(acme.owner, 'POST', creatives(acme, other.program.id), textLink), 404, 'not_found');
    expectStatus(await call(acme.owner, 'GET', `${creatives(acme)}/${theirs.id}`), 404, 'not_found');
    expectStatus(await call(acme.owner, 'PATCH', `${creatives(acme)}/${theirs.id}`, { name: 'X' }), 404, 'not_found');
    expectStatus(await call(acme.owner, 'DELETE', `${creatives(acme)}/${theirs.id}`), 404, 'not_found');
    expectStatus(await call(acme.owner, 'GET', `${creatives(acme, other.program.id)}/${theirs.id}`), 404, 'not_found');
    const [still] = await db.select().from(s.creatives).where(eq(s.creatives.id, theirs.id));
    expect(still?.name).toBe('Tagline');
  });
});

describe('GET /affiliate/orgs/{orgId}/programs/{programId}/creatives', () => {
  it('shows an active affiliate its program’s creatives, and nothing to anyone else', async () => {
    await call(acme.owner, 'POST', creatives(acme), textLink);
    const mine = await call(
      acme.affiliateSession,
      'GET',
      `/affiliate/orgs/${acme.org.id}/programs/${acme.program.id}/creatives`,
    );
    expectStatus(mine, 200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((c: { programId: string }) => c.programId === acme.program.id)).toBe(true);
    // Not enrolled with the other advertiser: its context does not exist for this affiliate.
    expectStatus(
      await call(
        acme.affiliateSession,
        'GET',
        `/affiliate/orgs/${other.org.id}/programs/${other.program.id}/creatives`,
      ),
      404,
      'not_found',
    );
    // Another advertiser's program through our own context.
    expectStatus(
      await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/programs/${other.program.id}/creatives`),
      404,
      'not_found',
    );
    // Staff of the advertiser are not affiliates of it.
    expectStatus(
      await call(acme.owner, 'GET', `/affiliate/orgs/${acme.org.id}/programs/${acme.program.id}/creatives`),
      404,
      'not_found',
    );
  });

  it('is empty while the enrollment is not active', async () => {
    expectStatus(await call(other.owner, 'POST', creatives(other), textLink), 201);
    await db.update(s.enrollments).set({ status: 'suspended' }).where(eq(s.enrollments.id, other.enrollment.id));
    const res = await call(
      other.affiliateSession,
      'GET',
      `/affiliate/orgs/${other.org.id}/programs/${other.program.id}/creatives`,
    );
    expectStatus(res, 200);
    expect(res.body.items).toEqual([]);
  });
});
