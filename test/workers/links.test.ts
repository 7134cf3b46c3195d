import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { linkRoute, routingKeys } from '../../workers/contracts/routing';
import { createAdvertiser, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { testDb } from '../fixtures';
import { signInAs, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
let acme: Advertiser;
let other: Advertiser;
/** A second affiliate in acme's program. */
let rival: { session: TestSession; enrollmentId: string };

beforeAll(async () => {
  ({ db, close } = testDb());
  [acme, other] = await Promise.all([createAdvertiser(db), createAdvertiser(db)]);
  const [user] = await db
    .insert(s.users)
    .values({ email: `rival-${crypto.randomUUID()}@example.com`, approvedAffiliate: true })
    .returning();
  const [enrollment] = await db
    .insert(s.enrollments)
    .values({
      programId: acme.program.id,
      affiliateId: user!.id,
      organizationId: acme.org.id,
      status: 'active',
      refCode: `RIVAL${crypto.randomUUID().slice(0, 6)}`,
    })
    .returning();
  rival = { session: await signInAs(db, user!.id), enrollmentId: enrollment!.id };
});
afterAll(() => close());

const links = (a: Advertiser) => `/affiliate/orgs/${a.org.id}/links`;
const body = () => ({
  enrollmentId: acme.enrollment.id,
  name: 'Newsletter',
  landingUrl: 'https://app.example/pricing',
  utm: { source: 'newsletter', medium: 'email', campaign: 'spring' },
  params: { ref: 'blog-7' },
});
async function projected(slug: string) {
  const raw = await env.ROUTING.get(routingKeys.link(slug));
  return raw === null ? null : linkRoute.parse(JSON.parse(raw));
}

describe('link builder', () => {
  it('creates a short link with UTM and custom params, and projects it to the tracker', async () => {
    const res = await call(acme.affiliateSession, 'POST', links(acme), body());
    expectStatus(res, 201);
    const origin = new URL(env.APP_BASE_URL).origin;
    expect(res.body).toMatchObject({
      enrollmentId: acme.enrollment.id,
      programId: acme.program.id,
      name: 'Newsletter',
      landingUrl: 'https://app.example/pricing',
      utm: { source: 'newsletter', medium: 'email', campaign: 'spring' },
      params: { ref: 'blog-7' },
    });
    // Parameter order is the stored (jsonb) order, the same the tracker appends them in.
    const destination = new URL(res.body.destinationUrl);
    expect(`${destination.origin}${destination.pathname}`).toBe('https://app.example/pricing');
    expect(Object.fromEntries(destination.searchParams)).toEqual({
      utm_source: 'newsletter',
      utm_medium: 'email',
      utm_campaign: 'spring',
      ref: 'blog-7',
    });
    expect(res.body.slug).toMatch(/^[a-z0-9]{8}$/);
    expect(res.body.shortUrl).toBe(`${origin}/r/${res.body.slug}`);
    expect(await projected(res.body.slug)).toEqual({
      v: 1,
      linkId: res.body.id,
      slug: res.body.slug,
      enrollmentId: acme.enrollment.id,
      programId: acme.program.id,
      affiliateId: acme.affiliate.id,
      landingUrl: 'https://app.example/pricing',
      params: { utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'spring', ref: 'blog-7' },
    });
  });

  it("defaults to the program's landing URL and takes a custom slug, unique across the platform (409)", async () => {
    const res = await call(acme.affiliateSession, 'POST', links(acme), {
      enrollmentId: acme.enrollment.id,
      name: 'Plain',
      slug: 'alice-spring',
    });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ slug: 'alice-spring', landingUrl: acme.program.landingUrl, utm: {}, params: {} });
    const taken = await call(rival.session, 'POST', links(acme), {
      enrollmentId: rival.enrollmentId,
      name: 'Mine',
      slug: 'alice-spring',
    });
    expectStatus(taken, 409, 'conflict');
    expect(taken.body.error.message).toMatch(/slug is taken/);
  });

  it.each([
    { label: 'a landing URL off the allowed domains', change: { landingUrl: 'https://evil.example/' } },
    { label: 'an http landing URL', change: { landingUrl: 'http://app.example/' } },
    { label: 'an unknown UTM field', change: { utm: { source: 'x', id: 'y' } } },
    { label: 'an empty UTM value', change: { utm: { source: '' } } },
    { label: 'utm_* as a custom param', change: { params: { utm_source: 'x' } } },
    { label: 'a bad param key', change: { params: { 'a b': 'x' } } },
    { label: 'a long param key', change: { params: { ['k'.repeat(41)]: 'x' } } },
    { label: 'a long param value', change: { params: { k: 'v'.repeat(201) } } },
    { label: 'a numeric param value', change: { params: { k: 1 } } },
    {
      label: 'more than 20 params',
      change: { params: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])) },
    },
    { label: 'an upper-case slug', change: { slug: 'Spring' } },
    { label: 'a two-letter slug', change: { slug: 'ab' } },
    { label: 'a malformed enrollment id', change: { enrollmentId: '42' } },
    { label: 'an unknown field', change: { affiliateId: crypto.randomUUID() } },
    { label: 'a NUL character in a param, which jsonb cannot store', change: { params: { k: 'a\u0000b' } } },
  ])('refuses $label with validation_failed', async ({ change }) => {
    expectStatus(
      await call(acme.affiliateSession, 'POST', links(acme), { ...body(), ...change }),
      400,
      'validation_failed',
    );
  });

  it("answers not_found for someone else's enrollment or another advertiser's, conflict for an inactive one", async () => {
    expectStatus(
      await call(acme.affiliateSession, 'POST', links(acme), { ...body(), enrollmentId: rival.enrollmentId }),
      404,
      'not_found',
    );
    expectStatus(
      await call(acme.affiliateSession, 'POST', links(acme), { ...body(), enrollmentId: other.enrollment.id }),
      404,
      'not_found',
    );
    const [paused] = await db
      .insert(s.enrollments)
      .values({
        programId: (
          await db
            .insert(s.programs)
            .values({ ...acme.program, id: undefined, slug: `p-${crypto.randomUUID()}` })
            .returning()
        )[0]!.id,
        affiliateId: acme.affiliate.id,
        organizationId: acme.org.id,
        status: 'suspended',
        refCode: `S${crypto.randomUUID().slice(0, 8)}`,
      })
      .returning();
    expectStatus(
      await call(acme.affiliateSession, 'POST', links(acme), { ...body(), enrollmentId: paused!.id }),
      409,
      'conflict',
    );
  });

  it('re-slugs a link: the old slug stops resolving at the edge, the new one starts', async () => {
    const created = (await call(acme.affiliateSession, 'POST', links(acme), body())).body;
    const res = await call(acme.affiliateSession, 'PATCH', `${links(acme)}/${created.id}`, {
      slug: 'renamed-link',
      utm: { source: 'twitter' },
      landingUrl: 'https://app.example/signup',
    });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({
      slug: 'renamed-link',
      utm: { source: 'twitter' },
      params: { ref: 'blog-7' },
      landingUrl: 'https://app.example/signup',
    });
    expect(await projected(created.slug)).toBeNull();
    expect(await projected('renamed-link')).toMatchObject({
      linkId: created.id,
      landingUrl: 'https://app.example/signup',
      params: { utm_source: 'twitter', ref: 'blog-7' },
    });
    expectStatus(
      await call(acme.affiliateSession, 'PATCH', `${links(acme)}/${created.id}`, {
        landingUrl: 'https://evil.example/',
      }),
      400,
      'validation_failed',
    );
    expectStatus(
      await call(acme.affiliateSession, 'PATCH', `${links(acme)}/${created.id}`, { slug: 'alice-spring' }),
      409,
      'conflict',
    );
  });

  it('deletes a link and its edge copy', async () => {
    const created = (await call(acme.affiliateSession, 'POST', links(acme), body())).body;
    expect(await projected(created.slug)).not.toBeNull();
    expectStatus(await call(acme.affiliateSession, 'DELETE', `${links(acme)}/${created.id}`), 204);
    expectStatus(await call(acme.affiliateSession, 'GET', `${links(acme)}/${created.id}`), 404, 'not_found');
    expect(await projected(created.slug)).toBeNull();
  });

  it("lists only my links, and another affiliate's link is not_found to me", async () => {
    const theirs = (await call(rival.session, 'POST', links(acme), { enrollmentId: rival.enrollmentId, name: 'Rival' }))
      .body;
    const mine = await call(acme.affiliateSession, 'GET', `${links(acme)}?limit=100`);
    expectStatus(mine, 200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((l: { enrollmentId: string }) => l.enrollmentId === acme.enrollment.id)).toBe(true);
    expect(mine.body.items.map((l: { id: string }) => l.id)).not.toContain(theirs.id);
    expectStatus(await call(acme.affiliateSession, 'GET', `${links(acme)}/${theirs.id}`), 404, 'not_found');
    expectStatus(
      await call(acme.affiliateSession, 'PATCH', `${links(acme)}/${theirs.id}`, { name: 'Mine now' }),
      404,
      'not_found',
    );
    expectStatus(await call(acme.affiliateSession, 'DELETE', `${links(acme)}/${theirs.id}`), 404, 'not_found');
    expect(await projected(theirs.slug)).not.toBeNull();
    const [row] = await db.select().from(s.links).where(eq(s.links.id, theirs.id));
    expect(row?.name).toBe('Rival');
  });

  it("is the affiliate's own: advertiser staff and other advertisers' affiliates get not_found", async () => {
    expectStatus(await call(acme.owner, 'GET', links(acme)), 404, 'not_found');
    expectStatus(await call(other.affiliateSession, 'GET', links(acme)), 404, 'not_found');
  });
});
