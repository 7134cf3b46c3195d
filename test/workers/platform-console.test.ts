import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { createStaff, useTwoAdvertisers, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import type { TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
let admin: TestSession;
let support: TestSession;

useTwoAdvertisers((t) => ({ db, acme, other } = t));
beforeAll(async () => {
  [admin, support] = await Promise.all([createStaff(db, 'platform_admin'), createStaff(db, 'support')]);
});

const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

describe('GET /platform/organizations', () => {
  it('lists every tenant with plan, status and member and program counts, newest first', async () => {
    const res = await call(support, 'GET', '/platform/organizations');
    expectStatus(res, 200);
    expect(ids(res.body)).toEqual(expect.arrayContaining([acme.org.id, other.org.id]));
    const [members, programs] = await Promise.all([
      db.$count(s.memberships, eq(s.memberships.organizationId, acme.org.id)),
      db.$count(s.programs, eq(s.programs.organizationId, acme.org.id)),
    ]);
    expect(res.body.items.find((o: { id: string }) => o.id === acme.org.id)).toMatchObject({
      name: acme.org.name,
      slug: acme.org.slug,
      status: 'active',
      plan: 'enterprise',
      memberCount: members,
      programCount: programs,
    });
    expect(members).toBeGreaterThanOrEqual(3);
    expect(programs).toBeGreaterThanOrEqual(1);
  });

  it('searches name or slug, filters by status and pages by keyset', async () => {
    const bySlug = await call(admin, 'GET', `/platform/organizations?q=${acme.org.slug.toUpperCase()}`);
    expect(ids(bySlug.body)).toEqual([acme.org.id]);
    await db.update(s.organizations).set({ status: 'suspended' }).where(eq(s.organizations.id, other.org.id));
    const suspended = await call(admin, 'GET', '/platform/organizations?status=suspended');
    expect(ids(suspended.body)).toEqual([other.org.id]);
    const first = await call(admin, 'GET', '/platform/organizations?limit=1');
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toBe(first.body.items[0].id);
    const second = await call(admin, 'GET', `/platform/organizations?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].id < first.body.items[0].id).toBe(true);
    expect((await call(admin, 'GET', '/platform/organizations?q=%25')).body.items).toEqual([]);
  });

  it("names the tenant's live portal host first, never a pending or failed domain nor an edition's host", async () => {
    const tag = Date.now().toString(36);
    const host = (name: string) => `${name}.tenant-${tag}.com`;
    const domain = (hostname: string, purpose: 'tracking' | 'portal' | 'both' | 'edition', status: string) => ({
      organizationId: acme.org.id,
      hostname,
      purpose,
      status: status as 'active',
    });
    await db
      .insert(s.customDomains)
      .values([
        domain(host('a-pending'), 'portal', 'pending'),
        domain(host('b-failed'), 'both', 'failed'),
        domain(host('c-edition'), 'edition', 'active'),
        domain(host('go'), 'tracking', 'active'),
      ]);
    const hosts = async () =>
      (await call(admin, 'GET', `/platform/organizations?q=${acme.org.slug}`)).body.items[0].customDomains;
    expect(await hosts()).toEqual([host('go')]);
    await db.insert(s.customDomains).values(domain(host('partners'), 'portal', 'active'));
    expect(await hosts()).toEqual([host('partners'), host('go')]);
  });

  it('is for platform staff only; bad filters are 400', async () => {
    expectStatus(await call(acme.owner, 'GET', '/platform/organizations'), 404, 'not_found');
    expectStatus(await call(null, 'GET', '/platform/organizations'), 401, 'unauthorized');
    expectStatus(await call(admin, 'GET', '/platform/organizations?status=gone'), 400, 'validation_failed');
  });
});

async function delivery(tenant: Advertiser, status: 'pending' | 'failed' | 'success') {
  const [row] = await db
    .insert(s.postbackDeliveries)
    .values({
      affiliateId: tenant.affiliate.id,
      organizationId: tenant.org.id,
      eventType: 'sale',
      eventKey: crypto.randomUUID(),
      url: 'https://tracker.example/pb?key=secret',
      status,
    })
    .returning();
  return row!;
}

describe('GET /platform/postbacks/deliveries', () => {
  it("lists every tenant's deliveries with filters, the host but never the affiliate's URL", async () => {
    const [a, b] = [await delivery(acme, 'failed'), await delivery(other, 'success')];
    const all = await call(support, 'GET', '/platform/postbacks/deliveries');
    expectStatus(all, 200);
    expect(ids(all.body)).toEqual([b.id, a.id]);
    expect(all.body.items[1]).toMatchObject({ organizationId: acme.org.id, url: null, host: 'tracker.example' });
    const acmeOnly = await call(admin, 'GET', `/platform/postbacks/deliveries?organizationId=${acme.org.id}`);
    expect(ids(acmeOnly.body)).toEqual([a.id]);
    const failed = await call(admin, 'GET', '/platform/postbacks/deliveries?status=failed');
    expect(ids(failed.body)).toEqual([a.id]);
    const byAffiliate = await call(admin, 'GET', `/platform/postbacks/deliveries?affiliateId=${other.affiliate.id}`);
    expect(ids(byAffiliate.body)).toEqual([b.id]);
  });

  it('is for platform staff only', async () => {
    expectStatus(await call(acme.owner, 'GET', '/platform/postbacks/deliveries'), 404, 'not_found');
    expectStatus(await call(admin, 'GET', '/platform/postbacks/deliveries?organizationId=x'), 400, 'validation_failed');
  });
});

describe('GET /platform/queues/health', () => {
  it('counts dead letters per queue, spooled clicks, unsent emails and postbacks from what is stored', async () => {
    const before = await call(support, 'GET', '/platform/queues/health');
    expectStatus(before, 200);
    expect(before.body.deadLetters.map((q: { queue: string }) => q.queue)).toEqual(
      expect.arrayContaining(['clicks', 'conversions', 'postbacks', 'notifications']),
    );
    const old = new Date(Date.now() - 2 * 86_400_000);
    await db.insert(s.deadLetters).values([
      { queue: 'conversions', messageId: crypto.randomUUID(), body: {}, reason: 'bad', attempts: 3 },
      { queue: 'conversions', messageId: crypto.randomUUID(), body: {}, createdAt: old, replayedAt: old },
    ]);
    await db.insert(s.emailOutbox).values([
      { to: 'a@example.com', subject: 'S', text: 'T', status: 'pending' },
      { to: 'b@example.com', subject: 'S', text: 'T', status: 'failed' },
    ]);
    await delivery(acme, 'pending');
    await delivery(acme, 'failed');
    const key = `spool:${crypto.randomUUID()}`;
    await env.CLICK_SPOOL.put(key, '{}');
    try {
      const after = await call(admin, 'GET', '/platform/queues/health');
      expectStatus(after, 200);
      const conversions = (body: typeof after.body) =>
        body.deadLetters.find((q: { queue: string }) => q.queue === 'conversions');
      expect(conversions(after.body)).toEqual({
        queue: 'conversions',
        total: conversions(before.body).total + 2,
        lastDay: conversions(before.body).lastDay + 1,
        awaitingReplay: conversions(before.body).awaitingReplay + 1,
      });
      expect(after.body.emails).toMatchObject({
        pending: before.body.emails.pending + 1,
        failed: before.body.emails.failed + 1,
        oldestPendingAt: expect.any(String),
      });
      expect(after.body.postbacks).toMatchObject({
        pending: before.body.postbacks.pending + 1,
        failed: before.body.postbacks.failed + 1,
        failedLastDay: before.body.postbacks.failedLastDay + 1,
      });
      expect(after.body.clickSpool.spooled).toBeGreaterThanOrEqual(1);
    } finally {
      await env.CLICK_SPOOL.delete(key);
    }
  });

  it('is for platform staff only', async () => {
    expectStatus(await call(other.owner, 'GET', '/platform/queues/health'), 404, 'not_found');
    expectStatus(await call(null, 'GET', '/platform/queues/health'), 401, 'unauthorized');
  });
});

describe('GET /platform/users', () => {
  it('finds users by part of their name as well as their email', async () => {
    await db.update(s.users).set({ lastName: 'Quixotic' }).where(eq(s.users.id, acme.affiliate.id));
    const res = await call(support, 'GET', '/platform/users?q=quixot');
    expect(ids(res.body)).toEqual([acme.affiliate.id]);
  });
});
