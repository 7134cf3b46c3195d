import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { uuidv7 } from '../../workers/contracts/ids';
import type { PostbackRequest } from '../../workers/services/postbacks';
import { createAdvertiser, createStaff, type Advertiser } from '../actors';
import { call, expectStatus } from '../api-client';
import { eventually } from '../eventually';
import { testDb } from '../fixtures';
import { POSTBACK_TEST_HOST } from '../postback-server';
import type { TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
let acme: Advertiser;
let admin: TestSession;
let support: TestSession;

beforeAll(async () => {
  ({ db, close } = testDb());
  acme = await createAdvertiser(db);
  [admin, support] = await Promise.all([createStaff(db, 'platform_admin'), createStaff(db, 'support')]);
});
afterAll(() => close());

async function letter(queue: string, body: unknown) {
  const [row] = await db
    .insert(s.deadLetters)
    .values({ queue, messageId: `m-${crypto.randomUUID()}`, body, reason: 'max_retries_exceeded', attempts: 6 })
    .returning();
  return row!;
}

const notificationBody = (userId: string, dedupeKey: string) => ({
  v: 1,
  userId,
  organizationId: null,
  event: 'payout',
  title: 'Paid',
  body: 'Your payout was sent',
  data: {},
  dedupeKey,
});

describe('GET /platform/dead-letters', () => {
  it('lists letters of every queue for platform staff, filtered by queue and replay state', async () => {
    const a = await letter('clicks', { v: 1, id: 'x' });
    const b = await letter('notifications', notificationBody(acme.affiliate.id, `payout:${uuidv7()}`));
    const all = await call(support, 'GET', '/platform/dead-letters');
    expectStatus(all, 200);
    expect(all.body.items.map((l: { id: string }) => l.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    const clicks = await call(admin, 'GET', '/platform/dead-letters?queue=clicks&replayed=false');
    expect(clicks.body.items.map((l: { id: string }) => l.id)).toEqual([a.id]);
    expect(clicks.body.items[0]).toMatchObject({
      queue: 'clicks',
      reason: 'max_retries_exceeded',
      attempts: 6,
      body: { v: 1, id: 'x' },
      replayedAt: null,
    });
  });

  it('is platform-only; bad filters are 400', async () => {
    expectStatus(await call(acme.owner, 'GET', '/platform/dead-letters'), 404, 'not_found');
    expectStatus(await call(null, 'GET', '/platform/dead-letters'), 401, 'unauthorized');
    expectStatus(await call(admin, 'GET', '/platform/dead-letters?queue=DROP%20TABLE'), 400, 'validation_failed');
    expectStatus(await call(admin, 'GET', '/platform/dead-letters?replayed=yes'), 400, 'validation_failed');
  });
});

describe('POST /platform/dead-letters/{id}/replay', () => {
  it('re-sends the stored body to its queue once, records who and when, audited', async () => {
    const dedupeKey = `payout:${uuidv7()}`;
    const dead = await letter('notifications', notificationBody(acme.affiliate.id, dedupeKey));
    const res = await call(admin, 'POST', `/platform/dead-letters/${dead.id}/replay`);
    expectStatus(res, 202);
    expect(res.body).toMatchObject({ id: dead.id, replayedById: admin.userId, replayedAt: expect.any(String) });
    const row = await eventually(
      async () =>
        (
          await db
            .select()
            .from(s.notifications)
            .where(eq(s.notifications.dedupeKey, `${dedupeKey}:in_app`))
        )[0],
      30_000,
      'replayed notification',
    );
    expect(row).toMatchObject({ userId: acme.affiliate.id, event: 'payout' });
    const [audit] = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'dead_letter.replay'), eq(s.auditLog.targetId, dead.id)));
    expect(audit).toMatchObject({
      actorId: admin.userId,
      targetType: 'dead_letter',
      after: { queue: 'notifications', messageId: dead.messageId },
    });
    expectStatus(await call(admin, 'POST', `/platform/dead-letters/${dead.id}/replay`), 409, 'conflict');
  });

  it('a postback letter re-fires through its delivery with the current template, attempts numbered on', async () => {
    const key = crypto.randomUUID();
    await db
      .update(s.users)
      .set({
        postbackEnabled: true,
        postbackUrlTemplate: `https://${POSTBACK_TEST_HOST}/ok/${key}?p={payout}`,
        postbackEvents: ['sale'],
      })
      .where(eq(s.users.id, acme.affiliate.id));
    const conversionId = uuidv7();
    const request: PostbackRequest = {
      v: 1,
      affiliateId: acme.affiliate.id,
      organizationId: acme.org.id,
      eventType: 'sale',
      eventKey: conversionId,
      conversionId,
      clickId: null,
      values: { payout: '9.50' },
    };
    const [delivery] = await db
      .insert(s.postbackDeliveries)
      .values({
        affiliateId: acme.affiliate.id,
        organizationId: acme.org.id,
        eventType: 'sale',
        eventKey: conversionId,
        conversionId,
        url: 'https://old.example.com/pb',
        status: 'failed',
        attempts: 6,
      })
      .returning();
    const dead = await letter('postbacks', request);
    expectStatus(await call(admin, 'POST', `/platform/dead-letters/${dead.id}/replay`), 202);
    const done = await eventually(
      async () => {
        const [row] = await db.select().from(s.postbackDeliveries).where(eq(s.postbackDeliveries.id, delivery!.id));
        return row?.status === 'success' ? row : undefined;
      },
      30_000,
      'replayed postback',
    );
    expect(done).toMatchObject({ attempts: 7, url: `https://${POSTBACK_TEST_HOST}/ok/${key}?p=9.50` });
    const hits: { url: string }[] = await (
      await fetch(`http://127.0.0.1:${inject('postbackServerPort')}/__requests?key=${key}`)
    ).json();
    expect(hits.map((h) => h.url)).toEqual([`/ok/${key}?p=9.50`]);
  });

  it('support may not replay, others do not see it; unknown queues and ids are refused', async () => {
    const dead = await letter('clicks', { v: 1 });
    expectStatus(await call(support, 'POST', `/platform/dead-letters/${dead.id}/replay`), 403, 'forbidden');
    expectStatus(await call(acme.owner, 'POST', `/platform/dead-letters/${dead.id}/replay`), 404, 'not_found');
    const [row] = await db.select().from(s.deadLetters).where(eq(s.deadLetters.id, dead.id));
    expect(row!.replayedAt).toBeNull();
    const unknown = await letter('reports', { v: 1 });
    expectStatus(await call(admin, 'POST', `/platform/dead-letters/${unknown.id}/replay`), 409, 'conflict');
    expectStatus(await call(admin, 'POST', `/platform/dead-letters/${uuidv7()}/replay`), 404, 'not_found');
    expectStatus(await call(admin, 'POST', '/platform/dead-letters/123/replay'), 400, 'validation_failed');
  });
});
