import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { PlanCode } from '../../schema/enums';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => {
  ({ db, acme, other } = t);
});

let counter = 0;
const newHostname = () => `partners.wl-${Date.now().toString(36)}-${counter++}.com`;

async function domain(
  who: Advertiser,
  purpose: 'tracking' | 'portal' | 'both',
  status: 'pending' | 'active' | 'failed',
) {
  const hostname = newHostname();
  await db.insert(s.customDomains).values({ organizationId: who.org.id, hostname, purpose, status });
  return hostname;
}

async function setPlan(who: Advertiser, code: PlanCode) {
  const [plan] = await db.select().from(s.plans).where(eq(s.plans.code, code));
  await db.update(s.organizations).set({ planId: plan!.id }).where(eq(s.organizations.id, who.org.id));
}

async function portalAt(host: string) {
  const res = await workerFetch(`https://${host}/api/portal`);
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

const PLATFORM = {
  kind: 'platform',
  organizationId: null,
  name: null,
  logoUrl: null,
  faviconUrl: null,
  primaryColor: null,
  supportEmail: null,
};

describe('GET /portal: the brand of the request host', () => {
  it('answers the advertiser’s brand on its active portal domain, cacheable per host', async () => {
    await db
      .update(s.organizations)
      .set({
        branding: {
          portalName: 'Acme Partners',
          primaryColor: '#0055ff',
          logoUrl: 'https://cdn.acme.example/logo.png',
          faviconUrl: 'https://cdn.acme.example/favicon.png',
          supportEmail: 'partners@acme.example',
        },
      })
      .where(eq(s.organizations.id, acme.org.id));
    const host = await domain(acme, 'portal', 'active');
    const res = await portalAt(host);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      kind: 'organization',
      organizationId: acme.org.id,
      name: 'Acme Partners',
      logoUrl: 'https://cdn.acme.example/logo.png',
      faviconUrl: 'https://cdn.acme.example/favicon.png',
      primaryColor: '#0055ff',
      supportEmail: 'partners@acme.example',
    });
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    // Upper case and a port are the same host.
    expect((await portalAt(`${host.toUpperCase()}:8443`)).body.organizationId).toBe(acme.org.id);
  });

  it('falls back to the organization name without a portal name; a "both" domain is a portal too', async () => {
    const host = await domain(other, 'both', 'active');
    const [org] = await db.select().from(s.organizations).where(eq(s.organizations.id, other.org.id));
    expect((await portalAt(host)).body).toMatchObject({
      kind: 'organization',
      organizationId: other.org.id,
      name: org!.name,
    });
  });

  it.each([
    { label: 'a pending portal domain', purpose: 'portal', status: 'pending' },
    { label: 'a failed portal domain', purpose: 'portal', status: 'failed' },
    { label: 'an active tracking-only domain', purpose: 'tracking', status: 'active' },
  ] as const)('answers the platform default on $label', async ({ purpose, status }) => {
    const host = await domain(acme, purpose, status);
    expect((await portalAt(host)).body).toEqual(PLATFORM);
  });

  it('answers the platform default on our own host and an unknown host', async () => {
    expect((await portalAt('api.test')).body).toEqual(PLATFORM);
    expect((await portalAt('unknown.example.com')).body).toEqual(PLATFORM);
  });

  it('answers the platform default for a suspended advertiser', async () => {
    const host = await domain(other, 'portal', 'active');
    await db.update(s.organizations).set({ status: 'suspended' }).where(eq(s.organizations.id, other.org.id));
    expect((await portalAt(host)).body).toEqual(PLATFORM);
  });
});

describe('brand fields and the white-label plan gate', () => {
  it('stores favicon and support email, validated', async () => {
    const res = await call(acme.owner, 'PATCH', `/orgs/${acme.org.id}`, {
      branding: { faviconUrl: 'https://cdn.acme.example/f.png', supportEmail: 'Help@Acme.Example' },
    });
    expectStatus(res, 200);
    expect(res.body.branding).toMatchObject({
      faviconUrl: 'https://cdn.acme.example/f.png',
      supportEmail: 'help@acme.example',
    });
    expectStatus(
      await call(acme.owner, 'PATCH', `/orgs/${acme.org.id}`, { branding: { supportEmail: 'not an email' } }),
      400,
      'validation_failed',
    );
    expectStatus(
      await call(acme.owner, 'PATCH', `/orgs/${acme.org.id}`, { branding: { faviconUrl: 'javascript:alert(1)' } }),
      400,
      'validation_failed',
    );
  });

  it('refuses branding on a plan without white-label with 402, still allows a rename; the other tenant is unaffected', async () => {
    await setPlan(acme, 'starter');
    const before = (await db.select().from(s.organizations).where(eq(s.organizations.id, acme.org.id)))[0]!;
    const res = await call(acme.owner, 'PATCH', `/orgs/${acme.org.id}`, { branding: { portalName: 'Cheap Partners' } });
    expectStatus(res, 402, 'plan_limit_reached');
    const after = (await db.select().from(s.organizations).where(eq(s.organizations.id, acme.org.id)))[0]!;
    expect(after.branding).toEqual(before.branding);
    expectStatus(await call(acme.owner, 'PATCH', `/orgs/${acme.org.id}`, { name: 'Renamed' }), 200);
    await setPlan(other, 'pro');
    const ok = await call(other.owner, 'PATCH', `/orgs/${other.org.id}`, { branding: { portalName: 'Pro Partners' } });
    expectStatus(ok, 200);
    expect(ok.body.branding.portalName).toBe('Pro Partners');
  });
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function upload(who: Advertiser, kind: string, body: Uint8Array | string, contentType = 'image/png') {
  const res = await workerFetch(`https://api.test/api/orgs/${who.org.id}/brand/${kind}`, {
    method: 'POST',
    headers: { ...who.owner.headers, 'content-type': contentType },
    body,
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('brand images in R2', () => {
  it('stores a logo judged by its bytes, points the branding at it and serves it back with strict headers', async () => {
    await setPlan(acme, 'pro');
    // Declared as JPEG, but the bytes are a PNG: the bytes decide.
    const res = await upload(acme, 'logo', PNG, 'image/jpeg');
    expect(res.status).toBe(201);
    expect(res.body.contentType).toBe('image/png');
    expect(res.body.url).toMatch(new RegExp(`/api/uploads/brand-${acme.org.id}-logo-[0-9a-f-]{36}\\.png$`));
    const [org] = await db.select().from(s.organizations).where(eq(s.organizations.id, acme.org.id));
    expect(org!.branding.logoUrl).toBe(res.body.url);
    const audits = await db.select().from(s.auditLog).where(eq(s.auditLog.action, 'organization.brand_image_uploaded'));
    expect(audits.filter((a) => a.organizationId === acme.org.id)).toHaveLength(1);

    const served = await workerFetch(`https://api.test${new URL(res.body.url).pathname}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(served.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG);

    const favicon = await upload(acme, 'favicon', PNG);
    expect(favicon.status).toBe(201);
    const [after] = await db.select().from(s.organizations).where(eq(s.organizations.id, acme.org.id));
    expect(after!.branding).toMatchObject({ logoUrl: res.body.url, faviconUrl: favicon.body.url });
  });

  it.each([
    {
      label: 'an SVG declared as PNG',
      body: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    },
    { label: 'HTML', body: '<!doctype html><script>alert(1)</script>' },
    { label: 'a GIF', body: 'GIF89a\x01\x00\x01\x00' },
  ])('refuses $label with 415 and changes nothing', async ({ body }) => {
    await setPlan(acme, 'pro');
    const [before] = await db.select().from(s.organizations).where(eq(s.organizations.id, acme.org.id));
    const res = await upload(acme, 'logo', body);
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
    const [after] = await db.select().from(s.organizations).where(eq(s.organizations.id, acme.org.id));
    expect(after!.branding).toEqual(before!.branding);
  });

  it('refuses a file over 512 KB with 413, an empty one with 400, an unknown kind with 404', async () => {
    await setPlan(acme, 'pro');
    const big = new Uint8Array(512 * 1024 + 1);
    big.set(PNG);
    const res = await upload(acme, 'logo', big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect((await upload(acme, 'logo', new Uint8Array())).status).toBe(400);
    expect((await upload(acme, 'banner', PNG)).status).toBe(404);
  });

  it('refuses uploads without white-label (402), from another tenant (404), and unknown files are 404', async () => {
    const brandingOf = async () =>
      (await db.select().from(s.organizations).where(eq(s.organizations.id, acme.org.id)))[0]!.branding;
    const before = await brandingOf();
    await setPlan(acme, 'starter');
    const res = await upload(acme, 'logo', PNG);
    expect(res.status).toBe(402);
    expect(res.body.error.code).toBe('plan_limit_reached');
    await setPlan(acme, 'pro');
    const cross = await workerFetch(`https://api.test/api/orgs/${acme.org.id}/brand/logo`, {
      method: 'POST',
      headers: { ...other.owner.headers, 'content-type': 'image/png' },
      body: PNG,
    });
    expect(cross.status).toBe(404);
    expect(await brandingOf()).toEqual(before);
    const missing = await workerFetch(
      `https://api.test/api/uploads/brand-${acme.org.id}-logo-${crypto.randomUUID()}.png`,
    );
    expect(missing.status).toBe(404);
  });
});
