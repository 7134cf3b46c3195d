import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { type ApiResult, call, expectStatus } from '../api-client';
import type { TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const MAX = 2 * 1024 * 1024;
const signature = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0, 0, 0, 0, 0]);
const ascii = (text: string) => new TextEncoder().encode(text);
const PNG = signature(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52);
const JPEG = signature(0xff, 0xd8, 0xff, 0xe0);
const GIF = ascii('GIF89a\x01\x00\x01\x00\x00\x00\x00');
const WEBP = ascii('RIFF\x10\x00\x00\x00WEBPVP8 \x00\x00');
const ICO = signature(0x00, 0x00, 0x01, 0x00, 0x01, 0x00);

const sized = (length: number) => {
  const bytes = new Uint8Array(length);
  bytes.set(PNG);
  return bytes;
};

async function upload(
  who: TestSession,
  orgId: string,
  body: Uint8Array,
  contentType = 'image/png',
): Promise<ApiResult> {
  const res = await workerFetch(`https://api.test/api/orgs/${orgId}/creative-images`, {
    method: 'POST',
    headers: { ...who.headers, 'content-type': contentType },
    body,
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

const served = (url: string) => workerFetch(`https://api.test${new URL(url).pathname}`);
const creatives = (a: Advertiser) => `/orgs/${a.org.id}/programs/${a.program.id}/creatives`;
const banner = (image: { imageKey: string } | { imageUrl: string }) => ({
  kind: 'banner',
  name: 'Leaderboard',
  width: 728,
  height: 90,
  ...image,
});

describe('POST /orgs/{orgId}/creative-images', () => {
  it('stores an image judged by its bytes under the organization’s key and serves it with strict headers', async () => {
    // Declared as JPEG, but the bytes are a PNG: the bytes decide.
    const res = await upload(acme.owner, acme.org.id, PNG, 'image/jpeg');
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ contentType: 'image/png', bytes: PNG.length });
    expect(res.body.key).toMatch(new RegExp(`^creative-${acme.org.id}-image-[0-9a-f-]{36}\\.png$`));
    expect(res.body.url).toMatch(new RegExp(`/api/uploads/${res.body.key}$`));
    const file = await served(res.body.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PNG);
    const audits = await db.select().from(s.auditLog).where(eq(s.auditLog.action, 'creative.image_uploaded'));
    expect(audits.filter((a) => a.organizationId === acme.org.id && a.actorId === acme.owner.userId)).toHaveLength(1);
  });

  it.each([
    { label: 'PNG', body: PNG, type: 'image/png', ext: 'png' },
    { label: 'JPEG', body: JPEG, type: 'image/jpeg', ext: 'jpg' },
    { label: 'GIF', body: GIF, type: 'image/gif', ext: 'gif' },
    { label: 'WebP', body: WEBP, type: 'image/webp', ext: 'webp' },
  ])('accepts $label as $type', async ({ body, type, ext }) => {
    const res = await upload(acme.admin, acme.org.id, body, 'application/octet-stream');
    expectStatus(res, 201);
    expect(res.body.contentType).toBe(type);
    expect(res.body.key.endsWith(`.${ext}`)).toBe(true);
  });

  it.each([
    { label: 'an SVG declared as PNG', body: ascii('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>') },
    { label: 'HTML', body: ascii('<!doctype html><script>alert(1)</script>') },
    { label: 'an ICO (a favicon, not a banner)', body: ICO },
  ])('refuses $label with 415', async ({ body }) => {
    expectStatus(await upload(acme.owner, acme.org.id, body), 415, 'unsupported_media_type');
  });

  it('takes exactly 2 MB, refuses one byte more with 413 and an empty file with 400', async () => {
    expectStatus(await upload(acme.owner, acme.org.id, sized(MAX)), 201);
    expectStatus(await upload(acme.owner, acme.org.id, sized(MAX + 1)), 413, 'payload_too_large');
    // Past the body limit the request is refused before it is read.
    expectStatus(await upload(acme.owner, acme.org.id, sized(MAX + 64 * 1024)), 413, 'payload_too_large');
    expectStatus(await upload(acme.owner, acme.org.id, new Uint8Array()), 400, 'validation_failed');
  });

  it('is for owners and admins of the organization only', async () => {
    expectStatus(await upload(acme.finance, acme.org.id, PNG), 403, 'forbidden');
    expectStatus(await upload(other.owner, acme.org.id, PNG), 404, 'not_found');
  });
});

describe('banners with an uploaded image', () => {
  it('attach the served URL, and deleting the creative deletes the object', async () => {
    const image = (await upload(acme.owner, acme.org.id, GIF)).body;
    const created = await call(acme.owner, 'POST', creatives(acme), banner({ imageKey: image.key }));
    expectStatus(created, 201);
    expect(created.body).toMatchObject({ imageUrl: image.url, uploaded: true, width: 728 });
    const [row] = await db.select().from(s.creatives).where(eq(s.creatives.id, created.body.id));
    expect(row!.imageKey).toBe(image.key);
    // The affiliate sees the same served image.
    const seen = await call(
      acme.affiliateSession,
      'GET',
      `/affiliate/orgs/${acme.org.id}/programs/${acme.program.id}/creatives`,
    );
    expect(seen.body.items.find((c: { id: string }) => c.id === created.body.id)?.imageUrl).toBe(image.url);

    expectStatus(await call(acme.owner, 'DELETE', `${creatives(acme)}/${created.body.id}`), 204);
    expect((await served(image.url)).status).toBe(404);
  });

  it('release the replaced upload on change; a linked image keeps nothing to delete', async () => {
    const first = (await upload(acme.owner, acme.org.id, PNG)).body;
    const second = (await upload(acme.owner, acme.org.id, WEBP)).body;
    const created = (await call(acme.owner, 'POST', creatives(acme), banner({ imageKey: first.key }))).body;
    const url = `${creatives(acme)}/${created.id}`;

    const swapped = await call(acme.owner, 'PATCH', url, { imageKey: second.key });
    expectStatus(swapped, 200);
    expect(swapped.body).toMatchObject({ imageUrl: second.url, uploaded: true });
    expect((await served(first.url)).status).toBe(404);
    expect((await served(second.url)).status).toBe(200);

    // Sending the current URL back (a form saving every field) keeps the upload.
    const https = second.url.replace(/^http:/, 'https:');
    await db.update(s.creatives).set({ imageUrl: https }).where(eq(s.creatives.id, created.id));
    expectStatus(await call(acme.owner, 'PATCH', url, { imageUrl: https, name: 'Renamed' }), 200);
    expect((await served(second.url)).status).toBe(200);

    const linked = await call(acme.owner, 'PATCH', url, { imageUrl: 'https://cdn.example/728x90.png' });
    expectStatus(linked, 200);
    expect(linked.body).toMatchObject({ imageUrl: 'https://cdn.example/728x90.png', uploaded: false });
    expect((await served(second.url)).status).toBe(404);
    const [row] = await db.select().from(s.creatives).where(eq(s.creatives.id, created.id));
    expect(row!.imageKey).toBeNull();
    expectStatus(await call(acme.owner, 'DELETE', url), 204);
  });

  it('refuse a key that is not an upload of this organization, both image fields, and a second owner', async () => {
    const mine = (await upload(acme.owner, acme.org.id, PNG)).body;
    const missing = `creative-${acme.org.id}-image-${crypto.randomUUID()}.png`;
    expectStatus(
      await call(acme.owner, 'POST', creatives(acme), banner({ imageKey: missing })),
      400,
      'validation_failed',
    );
    expectStatus(
      await call(acme.owner, 'POST', creatives(acme), { ...banner({ imageKey: mine.key }), imageUrl: mine.url }),
      400,
      'validation_failed',
    );
    const noImage = { kind: 'banner', name: 'No image', width: 728, height: 90 };
    expectStatus(await call(acme.owner, 'POST', creatives(acme), noImage), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'POST', creatives(acme), banner({ imageKey: mine.key })), 201);
    // One object belongs to one creative, or deleting one would break the other.
    expectStatus(await call(acme.owner, 'POST', creatives(acme), banner({ imageKey: mine.key })), 409, 'conflict');
  });

  it('keep tenants apart: another organization can neither attach nor delete this one’s object', async () => {
    const acmeImage = (await upload(acme.owner, acme.org.id, PNG)).body;
    const acmeBanner = (await call(acme.owner, 'POST', creatives(acme), banner({ imageKey: acmeImage.key }))).body;
    const spare = (await upload(acme.owner, acme.org.id, JPEG)).body;

    // Attaching acme's objects to other's banners: refused as if they did not exist.
    const attach = await call(other.owner, 'POST', creatives(other), banner({ imageKey: spare.key }));
    expectStatus(attach, 400, 'validation_failed');
    const theirs = (
      await call(other.owner, 'POST', creatives(other), banner({ imageUrl: 'https://cdn.example/a.png' }))
    ).body;
    expectStatus(
      await call(other.owner, 'PATCH', `${creatives(other)}/${theirs.id}`, { imageKey: acmeImage.key }),
      400,
      'validation_failed',
    );
    // Deleting acme's creative through other's organization or program: not found, the object stays.
    expectStatus(await call(other.owner, 'DELETE', `${creatives(other)}/${acmeBanner.id}`), 404, 'not_found');
    expectStatus(await call(other.owner, 'DELETE', `${creatives(acme)}/${acmeBanner.id}`), 404, 'not_found');
    expect((await served(acmeImage.url)).status).toBe(200);
    expect((await served(spare.url)).status).toBe(200);
    // Other's banner linking acme's served URL as a plain image owns nothing: deleting it leaves the object.
    const asHttps = acmeImage.url.replace(/^http:/, 'https:');
    const linked = (await call(other.owner, 'POST', creatives(other), banner({ imageUrl: asHttps }))).body;
    expect(linked).toMatchObject({ uploaded: false });
    expectStatus(await call(other.owner, 'DELETE', `${creatives(other)}/${linked.id}`), 204);
    expect((await served(acmeImage.url)).status).toBe(200);
  });
});
