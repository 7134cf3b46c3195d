import { and, eq, notLike } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import type { TestSession } from '../sessions';
import { eventually, MIN_WAIT_MS } from '../eventually';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const get = async (who: TestSession | null, path: string) => call(who, 'GET', path);

/** One unread in-app notification for the user, so the count the boot answer carries is not a default 0. */
const notify = (userId: string, key: string) =>
  db.insert(s.notifications).values({
    userId,
    channel: 'in_app',
    event: 'message',
    title: 'New message',
    body: 'You have a message',
    data: {},
    status: 'sent',
    dedupeKey: `session-boot:${key}:${userId}`,
  });

/**
 * Waits for the in-app notification of a message posted to the user, which arrives through the notifications
 * queue: the counts a test compares are then not read on either side of its arrival.
 */
const messageNotified = (userId: string) =>
  eventually(
    async () =>
      (
        await db
          .select({ id: s.notifications.id })
          .from(s.notifications)
          .where(
            and(
              eq(s.notifications.userId, userId),
              eq(s.notifications.event, 'message'),
              eq(s.notifications.channel, 'in_app'),
              notLike(s.notifications.dedupeKey, 'session-boot:%'),
            ),
          )
      )[0] ?? null,
    MIN_WAIT_MS,
    `the message notification of ${userId}`,
  );

/** What the separate routes the boot answer replaces say, for comparison. */
async function separately(who: TestSession, unreadPath: string | null, orgPath: string | null) {
  const me = await get(who, '/me');
  const portal = await get(null, '/portal');
  const bell = await get(who, '/me/notifications?limit=1&unread=true');
  const organization = orgPath ? (await get(who, orgPath)).body : null;
  const unreadMessages = unreadPath ? (await get(who, unreadPath)).body : null;
  return {
    profile: me.body,
    portal: portal.body,
    organization,
    unreadNotifications: bell.body.unreadCount,
    unreadMessages,
  };
}

describe('the session boot answer', () => {
  it('gives an owner the profile, brand, organization and both counts the separate routes give', async () => {
    expectStatus(
      await call(acme.affiliateSession, 'POST', `/affiliate/orgs/${acme.org.id}/messages`, { body: 'Hi' }),
      201,
    );
    await notify(acme.owner.userId, 'owner');
    await messageNotified(acme.owner.userId);
    const boot = await get(acme.owner, `/orgs/${acme.org.id}/session`);
    expectStatus(boot, 200);
    expect(boot.body).toEqual(
      await separately(acme.owner, `/orgs/${acme.org.id}/unread-messages`, `/orgs/${acme.org.id}`),
    );
    expect(boot.body.organization).toMatchObject({ id: acme.org.id, role: 'owner' });
    expect(boot.body.unreadMessages.unread).toBeGreaterThan(0);
    expect(boot.body.unreadNotifications).toBeGreaterThan(0);
  });

  it('gives finance its role and no inbox count, as the inbox badge route refuses it', async () => {
    const boot = await get(acme.finance, `/orgs/${acme.org.id}/session`);
    expectStatus(boot, 200);
    expect(boot.body.organization).toMatchObject({ id: acme.org.id, role: 'finance' });
    expect(boot.body.unreadMessages).toBeNull();
    expectStatus(await get(acme.finance, `/orgs/${acme.org.id}/unread-messages`), 403);
  });

  it('gives an affiliate its own thread’s count and no organization, nor any figure of the advertiser', async () => {
    expectStatus(
      await call(acme.owner, 'POST', `/orgs/${acme.org.id}/message-threads/${acme.affiliate.id}/messages`, {
        body: 'Welcome',
      }),
      201,
    );
    await notify(acme.affiliate.id, 'affiliate');
    await messageNotified(acme.affiliate.id);
    const boot = await get(acme.affiliateSession, `/affiliate/orgs/${acme.org.id}/session`);
    expectStatus(boot, 200);
    expect(boot.body).toEqual(
      await separately(acme.affiliateSession, `/affiliate/orgs/${acme.org.id}/unread-messages`, null),
    );
    expect(boot.body.profile.id).toBe(acme.affiliate.id);
    expect(boot.body.unreadMessages.unread).toBeGreaterThan(0);
    expect(Object.keys(boot.body).sort()).toEqual([
      'organization',
      'portal',
      'profile',
      'unreadMessages',
      'unreadNotifications',
    ]);
    expect(JSON.stringify(boot.body)).not.toMatch(/revenue/i);
  });

  it('outside a context answers the profile, brand and bell only', async () => {
    const boot = await get(acme.affiliateSession, '/me/session');
    expectStatus(boot, 200);
    expect(boot.body).toEqual(await separately(acme.affiliateSession, null, null));
  });

  it('keeps each tenant to its own: another organization or advertiser is not found, as its own routes say', async () => {
    expectStatus(await get(acme.owner, `/orgs/${other.org.id}/session`), 404);
    expectStatus(await get(acme.owner, `/orgs/${other.org.id}`), 404);
    expectStatus(await get(acme.affiliateSession, `/affiliate/orgs/${other.org.id}/session`), 404);
    expectStatus(await get(acme.affiliateSession, `/affiliate/orgs/${other.org.id}/unread-messages`), 404);
    // An affiliate is no member of the advertiser's console.
    const console = await get(acme.affiliateSession, `/orgs/${acme.org.id}/session`);
    expect(console.status).toBe((await get(acme.affiliateSession, `/orgs/${acme.org.id}`)).status);
    expect(console.status).toBeGreaterThanOrEqual(400);
  });

  it('answers a signed-out caller 401 on every form', async () => {
    for (const path of ['/me/session', `/orgs/${acme.org.id}/session`, `/affiliate/orgs/${acme.org.id}/session`])
      expectStatus(await get(null, path), 401, 'unauthorized');
  });
});
