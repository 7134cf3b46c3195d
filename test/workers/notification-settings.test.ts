import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { NotificationEvent } from '../../schema/enums';
import type { Db } from '../../workers/db/client';
import { addMember, type Advertiser, createStaff, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { createUserSession, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

// GET /me/notification-preferences lists only the events that can reach the viewer, and a Telegram
// cell reads off, with the reason, while Telegram is not linked.

let db: Db;
let acme: Advertiser;
useTwoAdvertisers((t) => ({ db, acme } = t));

const AFFILIATE_EVENTS = [
  'conversion',
  'rejection',
  'cancellation',
  'low_balance',
  'payout',
  'postback_error',
  'webhook_disabled',
  'affiliate_review',
  'group_change',
  'workflow',
  'bounty',
  'edition',
  'message',
  'program_approved',
];
const ADVERTISER_EVENTS = [
  'low_balance',
  'custom_domain',
  'plan_limit_warning',
  'billing_payment_failed',
  'webhook_disabled',
  'edition',
  'message',
];

const matrixOf = async (session: TestSession) => {
  const res = await call(session, 'GET', '/me/notification-preferences');
  expectStatus(res, 200);
  return res.body as {
    audiences: string[];
    events: { event: string; channels: { channel: string; enabled: boolean; blockedBy: string | null }[] }[];
  };
};

describe('events by audience', () => {
  it('shows an affiliate only the events that reach affiliates', async () => {
    const matrix = await matrixOf(acme.affiliateSession);
    expect(matrix.audiences).toEqual(['affiliate']);
    expect(matrix.events.map((e) => e.event)).toEqual(AFFILIATE_EVENTS);
  });

  it('shows an affiliate still waiting for approval the same', async () => {
    const waiting = await createUserSession(db);
    expect((await matrixOf(waiting)).events.map((e) => e.event)).toEqual(AFFILIATE_EVENTS);
  });

  it('shows advertiser staff only the events about their organization', async () => {
    for (const member of [acme.owner, acme.admin, acme.finance]) {
      const matrix = await matrixOf(member);
      expect(matrix.audiences).toEqual(['advertiser']);
      expect(matrix.events.map((e) => e.event)).toEqual(ADVERTISER_EVENTS);
    }
  });

  it('shows someone who is both every event', async () => {
    const both = await addMember(db, acme.org.id, 'admin');
    await db.update(s.users).set({ approvedAffiliate: true }).where(eq(s.users.id, both.userId));
    const matrix = await matrixOf(both);
    expect(matrix.audiences).toEqual(['affiliate', 'advertiser']);
    expect(matrix.events).toHaveLength(NotificationEvent.length);
  });

  it('shows platform staff who are neither no events', async () => {
    const matrix = await matrixOf(await createStaff(db, 'platform_admin'));
    expect(matrix).toMatchObject({ audiences: [], events: [] });
  });
});

describe('channels that cannot carry anything', () => {
  it('reads Telegram off with telegram_not_linked until the account is linked, keeping the choice', async () => {
    const user = await createUserSession(db);
    const payout = async () => (await matrixOf(user)).events.find((e) => e.event === 'payout')!.channels;
    expect(await payout()).toEqual([
      { channel: 'email', enabled: true, isDefault: true, blockedBy: null },
      { channel: 'telegram', enabled: false, isDefault: true, blockedBy: 'telegram_not_linked' },
      { channel: 'in_app', enabled: true, isDefault: true, blockedBy: null },
    ]);
    await db.update(s.users).set({ telegramChatId: '4242' }).where(eq(s.users.id, user.userId));
    expect((await payout())[1]).toEqual({ channel: 'telegram', enabled: true, isDefault: true, blockedBy: null });
  });
});
