import { env } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { uuidv7 } from '../../workers/contracts/ids';
import { loadConfig } from '../../workers/env';
import worker from '../../workers/index';
import { enqueueNotifications, type NotificationRequest } from '../../workers/services/notifications';
import { serviceCtx } from '../conversions';
import { call, expectStatus } from '../api-client';
import { eventually } from '../eventually';
import { testDb } from '../fixtures';
import { recordingBatch } from '../queue-batch';
import { createUserSession, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

function note(userId: string, overrides: Partial<NotificationRequest> = {}): NotificationRequest {
  const conversionId = uuidv7();
  return {
    v: 1,
    userId,
    organizationId: null,
    event: 'conversion',
    title: 'New sale',
    body: 'You earned 15.00 USD',
    data: { conversionId, amount: '15.00' },
    dedupeKey: `conversion:${conversionId}`,
    ...overrides,
  };
}

async function consume(bodies: unknown[]) {
  const { batch, outcomes } = recordingBatch(
    'notifications',
    bodies.map((body) => ({ body, attempts: 1 })),
  );
  await worker.queue(batch, env);
  return outcomes;
}

const inbox = (userId: string) =>
  db
    .select()
    .from(s.notifications)
    .where(and(eq(s.notifications.userId, userId), eq(s.notifications.channel, 'in_app')));

describe('notifications consumer', () => {
  it('stores an in-app notification once, however often it is delivered', async () => {
    const user = await createUserSession(db);
    const request = note(user.userId);
    expect(await consume([request, request])).toMatchObject([{ acked: true }, { acked: true }]);
    expect(await consume([request])).toMatchObject([{ acked: true }]);
    const rows = await inbox(user.userId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      channel: 'in_app',
      event: 'conversion',
      title: 'New sale',
      status: 'sent',
      readAt: null,
      dedupeKey: `${request.dedupeKey}:in_app`,
      data: request.data,
    });
  });

  it("respects the user's channel settings (PATCH /me's lists): an event without in_app is not stored", async () => {
    const user = await createUserSession(db);
    expectStatus(
      await call(user, 'PATCH', '/me', { notificationSettings: { conversion: ['email'], rejection: ['in_app'] } }),
      200,
    );
    await consume([note(user.userId), note(user.userId, { event: 'rejection', dedupeKey: `rejection:${uuidv7()}` })]);
    expect((await inbox(user.userId)).map((n) => n.event)).toEqual(['rejection']);
  });

  it('malformed messages and unknown users go to the dead letters; the rest of the batch is stored', async () => {
    const user = await createUserSession(db);
    const ghost = uuidv7();
    const marker = crypto.randomUUID();
    const outcomes = await consume([{ v: 1, userId: 'nope', dedupeKey: marker }, note(ghost), note(user.userId)]);
    expect(outcomes.every((o) => o.acked && !o.retried)).toBe(true);
    expect(await inbox(user.userId)).toHaveLength(1);
    const letters = await eventually(
      async () => {
        const rows = await db.select().from(s.deadLetters).where(eq(s.deadLetters.queue, 'notifications'));
        const mine = rows.filter(
          (l) => JSON.stringify(l.body).includes(marker) || JSON.stringify(l.body).includes(ghost),
        );
        return mine.length === 2 ? mine : undefined;
      },
      30_000,
      'two dead letters',
    );
    expect(letters.map((l) => l.reason).sort()).toEqual([
      expect.stringMatching(/^invalid notification message/),
      expect.stringMatching(/^postgres refused the notification \(23503\)/),
    ]);
  });

  it('enqueueNotifications goes through the real queue into the inbox', async () => {
    const user = await createUserSession(db);
    await enqueueNotifications({
      ctx: serviceCtx(db),
      input: { requests: [note(user.userId, { event: 'cancellation', title: 'Cancelled' })] },
    });
    const row = await eventually(async () => (await inbox(user.userId))[0], 30_000, 'notification');
    expect(row).toMatchObject({ event: 'cancellation', title: 'Cancelled', channel: 'in_app' });
  });

  it('enqueueNotifications never throws: three tries, then an error log with the counts', async () => {
    const sendBatch = vi.fn(async () => {
      throw new Error('queue unavailable');
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const config = { ...loadConfig(env), NOTIFICATIONS: { sendBatch } as unknown as Queue<unknown> };
    await expect(
      enqueueNotifications({
        ctx: { ...serviceCtx(db), config },
        input: { requests: [note(uuidv7()), note(uuidv7())] },
      }),
    ).resolves.toBeUndefined();
    expect(sendBatch).toHaveBeenCalledTimes(3);
    expect(JSON.parse(String(errors.mock.calls[0]![0]))).toMatchObject({
      event: 'notification_enqueue_failed',
      lost: 2,
      total: 2,
    });
    errors.mockRestore();
  });
});

describe('inbox API', () => {
  let me: TestSession;
  let someoneElse: TestSession;
  let ids: string[];

  beforeAll(async () => {
    [me, someoneElse] = await Promise.all([createUserSession(db), createUserSession(db)]);
    const requests = [
      note(me.userId, { title: 'first' }),
      note(me.userId, { title: 'second' }),
      note(me.userId, { title: 'third' }),
      note(someoneElse.userId),
    ];
    // One at a time: ids are UUIDv7, ordered by the millisecond they were made in.
    for (const request of requests) {
      await consume([request]);
      await new Promise((r) => setTimeout(r, 5));
    }
    ids = (await inbox(me.userId))
      .map((n) => n.id)
      .sort()
      .reverse();
  });

  it('lists my notifications newest first with the unread count, never anyone else’s', async () => {
    const res = await call(me, 'GET', '/me/notifications');
    expectStatus(res, 200);
    expect(res.body.items.map((n: { title: string }) => n.title)).toEqual(['third', 'second', 'first']);
    expect(res.body).toMatchObject({ unreadCount: 3, nextCursor: null });
    expect(res.body.items[0]).toMatchObject({ event: 'conversion', body: 'You earned 15.00 USD', readAt: null });
    const page = await call(me, 'GET', '/me/notifications?limit=2');
    expect(page.body.nextCursor).toBe(ids[1]);
  });

  it('marks one read (idempotently) and counts the rest', async () => {
    const first = await call(me, 'POST', `/me/notifications/${ids[0]}/read`);
    expectStatus(first, 200);
    expect(first.body.readAt).toEqual(expect.any(String));
    const again = await call(me, 'POST', `/me/notifications/${ids[0]}/read`);
    expect(again.body.readAt).toBe(first.body.readAt);
    const unread = await call(me, 'GET', '/me/notifications?unread=true');
    expect(unread.body).toMatchObject({ unreadCount: 2 });
    expect(unread.body.items.map((n: { id: string }) => n.id)).toEqual([ids[1], ids[2]]);
  });

  it("another user's notification is not found; bad input is a 400; no session is a 401", async () => {
    expectStatus(await call(someoneElse, 'POST', `/me/notifications/${ids[1]}/read`), 404, 'not_found');
    expectStatus(await call(me, 'POST', '/me/notifications/not-an-id/read'), 400, 'validation_failed');
    expectStatus(await call(me, 'GET', '/me/notifications?unread=maybe'), 400, 'validation_failed');
    expectStatus(await call(null, 'GET', '/me/notifications'), 401, 'unauthorized');
  });
});
