import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { uuidv7 } from '../../workers/contracts/ids';
import { createAdvertiser, createStaff, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { eventually } from '../eventually';
import { testDb } from '../fixtures';
import { POSTBACK_TEST_HOST } from '../postback-server';
import { createUserSession, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
let acme: Advertiser;
let other: Advertiser;
let admin: TestSession;
let support: TestSession;

beforeAll(async () => {
  ({ db, close } = testDb());
  [acme, other] = await Promise.all([createAdvertiser(db), createAdvertiser(db)]);
  [admin, support] = await Promise.all([createStaff(db, 'platform_admin'), createStaff(db, 'support')]);
});
afterAll(() => close());

const BASE = `https://${POSTBACK_TEST_HOST}`;
const received = async (key: string): Promise<{ url: string }[]> =>
  (await fetch(`http://127.0.0.1:${inject('postbackServerPort')}/__requests?key=${key}`)).json();

/** A delivery row as the consumer would have left it, with its attempts. */
async function seedDelivery(
  a: Advertiser,
  overrides: Partial<typeof s.postbackDeliveries.$inferInsert> = {},
  attempts = 1,
) {
  const conversionId = uuidv7();
  const [row] = await db
    .insert(s.postbackDeliveries)
    .values({
      affiliateId: a.affiliate.id,
      organizationId: a.org.id,
      eventType: 'sale',
      eventKey: conversionId,
      conversionId,
      url: `${BASE}/ok/${conversionId}?secret=aff-key`,
      status: 'retrying',
      attempts,
      lastStatusCode: 500,
      lastError: 'HTTP 500',
      ...overrides,
    })
    .returning();
  for (let attempt = 1; attempt <= attempts; attempt++) {
    await db
      .insert(s.postbackAttempts)
      .values({ deliveryId: row!.id, attempt, outcome: 'retrying', statusCode: 500, latencyMs: 12, error: 'HTTP 500' });
  }
  return row!;
}

describe('PUT /me/postback', () => {
  it('saves the template, switch and events; GET reads them back; the change is audited', async () => {
    const session = await createUserSession(db, { approvedAffiliate: true });
    const settings = {
      template: `${BASE}/pb?cid={click_id}&p={payout}&c={currency}&s={status}`,
      enabled: true,
      events: ['sale', 'lead', 'sale', 'click'],
    };
    const res = await call(session, 'PUT', '/me/postback', settings);
    expectStatus(res, 200);
    expect(res.body).toEqual({ template: settings.template, enabled: true, events: ['sale', 'lead', 'click'] });
    expect((await call(session, 'GET', '/me/postback')).body).toEqual(res.body);
    expect((await call(session, 'GET', '/me')).body).toMatchObject({
      postbackUrlTemplate: settings.template,
      postbackEnabled: true,
    });
    const [audit] = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.actorId, session.userId), eq(s.auditLog.action, 'user.profile_updated')));
    expect(audit!.after).toMatchObject({
      postbackUrlTemplate: settings.template,
      postbackEnabled: true,
      postbackEvents: ['sale', 'lead', 'click'],
    });

    const off = await call(session, 'PUT', '/me/postback', { template: null, enabled: false, events: ['sale'] });
    expect(off.body).toEqual({ template: null, enabled: false, events: ['sale'] });
  });

  it.each([
    { label: 'http', body: { template: 'http://tracker.example.com/pb', enabled: true, events: ['sale'] } },
    { label: 'an IP literal', body: { template: 'https://10.0.0.1/pb', enabled: true, events: ['sale'] } },
    { label: 'metadata address', body: { template: 'https://169.254.169.254/pb', enabled: true, events: ['sale'] } },
    {
      label: 'an unknown macro',
      body: { template: 'https://tracker.example.com/pb?x={secret}', enabled: true, events: ['sale'] },
    },
    {
      label: 'a macro in the host',
      body: { template: 'https://{sub1}.tracker.example.com/pb', enabled: true, events: ['sale'] },
    },
    { label: 'enabled without a template', body: { template: null, enabled: true, events: ['sale'] } },
    { label: 'no events', body: { template: 'https://tracker.example.com/pb', enabled: true, events: [] } },
    {
      label: 'an unknown event',
      body: { template: 'https://tracker.example.com/pb', enabled: true, events: ['refund'] },
    },
    {
      label: 'an unknown field',
      body: { template: 'https://tracker.example.com/pb', enabled: true, events: ['sale'], method: 'POST' },
    },
    { label: 'a missing field', body: { template: 'https://tracker.example.com/pb', events: ['sale'] } },
  ])('refuses $label with 400 validation_failed', async ({ body }) => {
    expectStatus(await call(acme.affiliateSession, 'PUT', '/me/postback', body), 400, 'validation_failed');
  });

  it('needs a session', async () => {
    expectStatus(
      await call(null, 'PUT', '/me/postback', { template: null, enabled: false, events: ['sale'] }),
      401,
      'unauthorized',
    );
    expectStatus(await call(null, 'GET', '/affiliate/postbacks/deliveries'), 401, 'unauthorized');
  });
});

describe('POST /affiliate/postbacks/test', () => {
  it('fires the saved template once with sample values and reports the answer', async () => {
    const session = await createUserSession(db, { approvedAffiliate: true });
    const key = crypto.randomUUID();
    await call(session, 'PUT', '/me/postback', {
      template: `${BASE}/ok/${key}?st={status}&p={payout}&aff={affiliate_id}`,
      enabled: false,
      events: ['sale'],
    });
    const res = await call(session, 'POST', '/affiliate/postbacks/test');
    expectStatus(res, 200);
    expect(res.body).toMatchObject({
      ok: true,
      statusCode: 200,
      error: null,
      url: `${BASE}/ok/${key}?st=sale&p=15.00&aff=${session.userId}`,
    });
    expect((await received(key)).map((r) => r.url)).toEqual([`/ok/${key}?st=sale&p=15.00&aff=${session.userId}`]);
    expect(
      await db.select().from(s.postbackDeliveries).where(eq(s.postbackDeliveries.affiliateId, session.userId)),
    ).toEqual([]);
  });

  it('tries an unsaved template and reports a failing tracker', async () => {
    const key = crypto.randomUUID();
    const res = await call(acme.affiliateSession, 'POST', '/affiliate/postbacks/test', {
      template: `${BASE}/fail/${key}?st={status}`,
      eventType: 'rejected',
    });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({
      ok: false,
      statusCode: 500,
      error: 'HTTP 500',
      url: `${BASE}/fail/${key}?st=rejected`,
    });
  });

  it.each([
    { label: 'no template saved or sent', body: undefined },
    { label: 'an unsafe template', body: { template: 'https://127.0.0.1/pb' } },
    { label: 'a Burp Collaborator spoofed name', body: { template: 'https://spoofed.burpcollaborator.net/pb' } },
    { label: 'a loopback echo name', body: { template: 'https://pb.lvh.me/pb' } },
    { label: 'a private address in a wildcard name', body: { template: 'https://192-168-0-1.wild-dns.dev/pb' } },
    { label: 'an unknown event', body: { eventType: 'refund' } },
  ])('refuses $label with 400', async ({ body }) => {
    const session = await createUserSession(db, { approvedAffiliate: true });
    expectStatus(await call(session, 'POST', '/affiliate/postbacks/test', body), 400, 'validation_failed');
  });
});

describe('delivery logs: tenancy', () => {
  let acmeRows: Awaited<ReturnType<typeof seedDelivery>>[];
  let otherRow: Awaited<ReturnType<typeof seedDelivery>>;

  beforeAll(async () => {
    acmeRows = [
      await seedDelivery(acme, {}, 2),
      await seedDelivery(acme, { status: 'success', lastStatusCode: 200, lastError: null }),
    ];
    otherRow = await seedDelivery(other);
  });

  it('an affiliate sees only its own deliveries, newest first, with attempts and the full URL', async () => {
    const res = await call(acme.affiliateSession, 'GET', '/affiliate/postbacks/deliveries');
    expectStatus(res, 200);
    expect(res.body.items.map((d: { id: string }) => d.id)).toEqual([acmeRows[1]!.id, acmeRows[0]!.id]);
    expect(res.body.items[1]).toMatchObject({
      affiliateId: acme.affiliate.id,
      organizationId: acme.org.id,
      status: 'retrying',
      attempts: 2,
      url: acmeRows[0]!.url,
      host: POSTBACK_TEST_HOST,
      attemptLog: [
        { attempt: 1, outcome: 'retrying', statusCode: 500, latencyMs: 12, error: 'HTTP 500' },
        { attempt: 2, outcome: 'retrying' },
      ],
    });
    const mine = await call(other.affiliateSession, 'GET', '/affiliate/postbacks/deliveries');
    expect(mine.body.items.map((d: { id: string }) => d.id)).toEqual([otherRow.id]);
  });

  it('filters by status and pages with a cursor', async () => {
    const done = await call(acme.affiliateSession, 'GET', '/affiliate/postbacks/deliveries?status=success');
    expect(done.body.items.map((d: { id: string }) => d.id)).toEqual([acmeRows[1]!.id]);
    const first = await call(acme.affiliateSession, 'GET', '/affiliate/postbacks/deliveries?limit=1');
    expect(first.body.nextCursor).toBe(acmeRows[1]!.id);
    const second = await call(
      acme.affiliateSession,
      'GET',
      `/affiliate/postbacks/deliveries?limit=1&cursor=${first.body.nextCursor}`,
    );
    expect(second.body).toMatchObject({ items: [{ id: acmeRows[0]!.id }], nextCursor: null });
    expectStatus(
      await call(acme.affiliateSession, 'GET', '/affiliate/postbacks/deliveries?status=lost'),
      400,
      'validation_failed',
    );
  });

  it("an advertiser sees its own events' deliveries, without the affiliate's URL", async () => {
    const res = await call(acme.finance, 'GET', `/orgs/${acme.org.id}/postbacks/deliveries`);
    expectStatus(res, 200);
    expect(res.body.items.map((d: { id: string }) => d.id).sort()).toEqual(acmeRows.map((r) => r.id).sort());
    expect(
      res.body.items.every(
        (d: { url: string | null; host: string }) => d.url === null && d.host === POSTBACK_TEST_HOST,
      ),
    ).toBe(true);
  });

  it("another advertiser's log is not found; an affiliate is not a member", async () => {
    expectStatus(await call(acme.owner, 'GET', `/orgs/${other.org.id}/postbacks/deliveries`), 404, 'not_found');
    expectStatus(
      await call(acme.affiliateSession, 'GET', `/orgs/${acme.org.id}/postbacks/deliveries`),
      404,
      'not_found',
    );
  });
});

describe('POST /platform/postbacks/deliveries/{id}/replay', () => {
  it('platform staff re-fire a failed delivery: a new series numbered after the old one, audited', async () => {
    await db
      .update(s.users)
      .set({ postbackEnabled: true, postbackUrlTemplate: `${BASE}/ok/x`, postbackEvents: ['sale'] })
      .where(eq(s.users.id, other.affiliate.id));
    const failed = await seedDelivery(other, { status: 'failed' }, 6);
    const res = await call(admin, 'POST', `/platform/postbacks/deliveries/${failed.id}/replay`);
    expectStatus(res, 202);
    expect(res.body).toEqual({ id: failed.id, status: 'pending', attemptOffset: 6 });

    const delivered = await eventually(
      async () => {
        const [row] = await db.select().from(s.postbackDeliveries).where(eq(s.postbackDeliveries.id, failed.id));
        return row?.status === 'success' ? row : undefined;
      },
      30_000,
      'replayed delivery',
    );
    expect(delivered).toMatchObject({ attempts: 7, lastStatusCode: 200 });
    const log = await db
      .select()
      .from(s.postbackAttempts)
      .where(eq(s.postbackAttempts.deliveryId, failed.id))
      .orderBy(asc(s.postbackAttempts.attempt));
    expect(log.map((a) => [a.attempt, a.outcome])).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((n) => [n, 'retrying']),
      [7, 'success'],
    ]);
    // The stored URL is what gets re-sent.
    expect((await received(failed.eventKey)).map((r) => r.url)).toEqual([`/ok/${failed.eventKey}?secret=aff-key`]);

    const [audit] = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'postback_delivery.replay'), eq(s.auditLog.targetId, failed.id)));
    expect(audit).toMatchObject({
      actorId: admin.userId,
      actorRole: 'platform_admin',
      organizationId: other.org.id,
      targetType: 'postback_delivery',
    });
  });

  it('a delivered postback is never replayed: 409', async () => {
    const done = await seedDelivery(acme, { status: 'success' });
    expectStatus(await call(admin, 'POST', `/platform/postbacks/deliveries/${done.id}/replay`), 409, 'conflict');
  });

  it('only platform owners and admins may replay', async () => {
    const failed = await seedDelivery(acme, { status: 'failed' });
    const path = `/platform/postbacks/deliveries/${failed.id}/replay`;
    expectStatus(await call(support, 'POST', path), 403, 'forbidden');
    expectStatus(await call(acme.owner, 'POST', path), 404, 'not_found');
    expectStatus(await call(acme.affiliateSession, 'POST', path), 404, 'not_found');
    expectStatus(await call(null, 'POST', path), 401, 'unauthorized');
    const [row] = await db.select().from(s.postbackDeliveries).where(eq(s.postbackDeliveries.id, failed.id));
    expect(row!.status).toBe('failed');
    expect(await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, failed.id))).toEqual([]);
  });

  it('unknown or malformed ids: 404 and 400', async () => {
    expectStatus(await call(admin, 'POST', `/platform/postbacks/deliveries/${uuidv7()}/replay`), 404, 'not_found');
    expectStatus(await call(admin, 'POST', '/platform/postbacks/deliveries/nope/replay'), 400, 'validation_failed');
  });
});
