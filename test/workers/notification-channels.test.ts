import { env } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as s from '../../schema';
import { NotificationEvent } from '../../schema/enums';
import type { Db } from '../../workers/db/client';
import { uuidv7 } from '../../workers/contracts/ids';
import { consumeNotifications } from '../../workers/consumers/notifications';
import type { ServiceContext } from '../../workers/context';
import { MAX_DELIVERY_ATTEMPTS } from '../../workers/domain/delivery-backoff';
import { loadConfig } from '../../workers/env';
import { createLogger } from '../../workers/logging';
import { retryEmails } from '../../workers/services/email';
import { notifyBalanceCrossings, releaseHolds } from '../../workers/services/finance';
import { deliverDueNotifications, type NotificationRequest } from '../../workers/services/notifications';
import { call, expectStatus } from '../api-client';
import { eventually } from '../eventually';
import { earn, putInPayout, setHoldUntil } from '../finance';
import { createTenant, testDb } from '../fixtures';
import { EMAIL_TEST_API_KEY, TELEGRAM_TEST_WEBHOOK_SECRET } from '../notify-servers';
import { recordingBatch } from '../queue-batch';
import { createUserSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let close: () => Promise<void>;
beforeAll(() => {
  ({ db, close } = testDb());
});
afterAll(() => close());

const emailUrl = inject('emailBaseUrl');
const telegramUrl = inject('telegramBaseUrl');
const FROM = 'Partner notices <notices@mail.example.com>';

/** The Worker's config with the local email provider switched on (tests elsewhere keep the dev mailbox). */
const config = () => ({
  ...loadConfig(env),
  EMAIL_API_BASE_URL: emailUrl,
  EMAIL_API_KEY: EMAIL_TEST_API_KEY,
  EMAIL_FROM: FROM,
});
const ctxAt = (now: Date): ServiceContext => ({ db, config: config(), now, log: createLogger() });

async function consume(requests: unknown[]) {
  const { batch, outcomes } = recordingBatch(
    'notifications',
    requests.map((body) => ({ body, attempts: 1 })),
  );
  await consumeNotifications(batch, config());
  return outcomes;
}

async function control<T = any>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as T;
}
const mails = async (to: string) =>
  (
    await control<{ emails: { subject: string; text: string; from: string }[] }>(
      emailUrl,
      'GET',
      `/__control/emails?to=${encodeURIComponent(to)}`,
    )
  ).emails;
const chatMessages = async (chatId: string) =>
  (await control<{ messages: { text: string }[] }>(telegramUrl, 'GET', `/__control/messages?chat_id=${chatId}`))
    .messages;

let chatCounter = 0;
const newChatId = () => String(880_000_000 + (Date.now() % 100_000) * 100 + chatCounter++);

/** A user whose every channel is on: email verified, Telegram linked (directly), every cell enabled. */
async function reachableUser(opts: { locale?: 'en' | 'ru' } = {}) {
  const user = await createUserSession(db);
  const chatId = newChatId();
  await db
    .update(s.users)
    .set({ telegramChatId: chatId, locale: opts.locale ?? 'en' })
    .where(eq(s.users.id, user.userId));
  return { ...user, chatId };
}

const SAMPLE_DATA: Record<string, Record<string, unknown>> = {
  conversion: { eventType: 'sale', amountMinor: 1500, currency: 'USD', level: 0 },
  rejection: { eventType: 'lead', reason: 'duplicate lead' },
  cancellation: { cancelKind: 'refund', reversedMinor: 250, currency: 'USD' },
  low_balance: { kind: 'minimum_reached', balanceMinor: 12000, minimumMinor: 10000, currency: 'USD' },
  payout: { status: 'success', amountMinor: 5000, currency: 'USD', receiverEmail: 'pay@example.com' },
  postback_error: {
    eventType: 'sale',
    host: 'tracker.example',
    attempts: 5,
    lastStatusCode: 500,
    lastError: 'HTTP 500',
  },
  custom_domain: {
    domainId: 'd1',
    hostname: 'go.brand.example',
    status: 'failed',
    previousStatus: 'active',
    cloudflareStatus: 'moved',
    reason: 'custom hostname does not CNAME to this zone.',
  },
  plan_limit_warning: { limit: 'clicks', percent: 80, used: 8000, allowed: 10000, month: '2026-05-01' },
  billing_payment_failed: { graceUntil: '2026-05-31T12:00:00.000Z', subscriptionId: 'sub_1' },
  webhook_disabled: {
    endpointId: 'e1',
    url: 'https://hooks.example.com/in',
    consecutiveFailures: 5,
    reason: 'HTTP 502',
  },
  affiliate_review: { decision: 'approved', marketplaceUrl: 'https://app.test/affiliate/marketplace' },
  group_change: {
    programName: 'Podruga',
    groupName: 'Gold',
    previousGroupName: 'Default',
    commissionType: 'percent',
    rateBps: 4000,
    currency: 'USD',
    holdDays: 7,
  },
  workflow: {
    programName: 'Podruga',
    bonusMinor: 5000,
    currency: 'USD',
    messageEn: 'Welcome to Gold!',
    messageRu: null,
  },
  bounty: { outcome: 'approved', bountyName: 'Review us', programName: 'Podruga', bonusMinor: 2500, currency: 'USD' },
  edition: {
    type: 'edition.updated',
    change: 'approved',
    editionName: 'Alice’s AI Friend',
    host: 'alice.podruga.example',
    appName: 'Podruga AI',
  },
  message: {
    side: 'advertiser',
    authorName: 'Ann Lee',
    fromName: 'Podruga',
    preview: 'Your coupon is ready',
    hasImage: false,
  },
  program_approved: { programId: '0192f000-0000-7000-8000-000000000001', programName: 'Podruga', by: 'rule' },
};

function request(userId: string, event: NotificationRequest['event'], extra: Partial<NotificationRequest> = {}) {
  return {
    v: 1 as const,
    userId,
    organizationId: null,
    event,
    title: `Fallback ${event}`,
    body: `Fallback body of ${event}`,
    data: SAMPLE_DATA[event] ?? {},
    dedupeKey: `${event}:${uuidv7()}`,
    ...extra,
  };
}

const rowsOf = (userId: string) => db.select().from(s.notifications).where(eq(s.notifications.userId, userId));

describe('dispatch over every channel', () => {
  it('delivers every event in-app, by email and on Telegram once all are on, and once only under redelivery', async () => {
    const user = await reachableUser();
    await call(user, 'PUT', '/me/notification-preferences', {
      changes: NotificationEvent.map((event) => ({ event, channel: 'email', enabled: true })),
    });
    const requests = NotificationEvent.map((event) => request(user.userId, event));
    expect(await consume(requests)).toEqual(requests.map(() => expect.objectContaining({ acked: true })));
    // The queue delivers again: nothing more is written or sent.
    await consume(requests);

    const rows = await rowsOf(user.userId);
    expect(rows).toHaveLength(NotificationEvent.length * 3);
    for (const event of NotificationEvent)
      for (const channel of ['in_app', 'email', 'telegram'] as const)
        expect(rows.find((r) => r.event === event && r.channel === channel)).toMatchObject({ status: 'sent' });
    const inbox = rows.filter((r) => r.channel === 'in_app');
    expect(inbox.find((r) => r.event === 'conversion')!.title).toBe('New sale: 15.00 USD');
    expect(inbox.find((r) => r.event === 'payout')!.title).toBe('Payout of 50.00 USD paid');

    const received = await mails(user.email);
    expect(received).toHaveLength(NotificationEvent.length);
    expect(received.map((m) => m.subject).sort()).toEqual(
      [
        'Affiliate Edge: New sale: 15.00 USD',
        'Affiliate Edge: A lead was rejected',
        'Affiliate Edge: A customer was refunded',
        'Affiliate Edge: Your balance reached the payout minimum',
        'Affiliate Edge: Payout of 50.00 USD paid',
        'Affiliate Edge: A postback about a sale was not delivered',
        'Affiliate Edge: go.brand.example moved away',
        "Affiliate Edge: 80 % of your plan's monthly clicks used",
        'Affiliate Edge: Your plan payment failed',
        'Affiliate Edge: Webhook to hooks.example.com turned off',
        'Affiliate Edge: Your affiliate account is approved',
        'Affiliate Edge: Podruga: you are now in Gold',
        'Affiliate Edge: Podruga: a 50.00 USD bonus',
        'Affiliate Edge: Review us: approved, a 25.00 USD bonus',
        'Affiliate Edge: Alice’s AI Friend is live',
        'Affiliate Edge: New message from Ann Lee (Podruga)',
        'Affiliate Edge: Your application to Podruga was approved',
      ].sort(),
    );
    expect(received[0]!.from).toBe(FROM);
    const outbox = await db.select().from(s.emailOutbox).where(eq(s.emailOutbox.to, user.email));
    expect(outbox.map((o) => o.status)).toEqual(NotificationEvent.map(() => 'sent'));

    const messages = await chatMessages(user.chatId);
    expect(messages).toHaveLength(NotificationEvent.length);
    expect(messages.map((m) => m.text).join('\n')).toContain(
      'We could not deliver it to tracker.example: the server answered with error 500. We tried 5 times.',
    );
  });

  it('honours preferences: a channel turned off gets nothing, defaults keep conversion emails off', async () => {
    const user = await reachableUser();
    const other = await reachableUser();
    const put = await call(user, 'PUT', '/me/notification-preferences', {
      changes: [
        { event: 'payout', channel: 'email', enabled: false },
        { event: 'payout', channel: 'telegram', enabled: false },
        { event: 'rejection', channel: 'in_app', enabled: false },
      ],
    });
    expectStatus(put, 200);
    const payout = put.body.events.find((e: { event: string }) => e.event === 'payout');
    expect(payout.channels).toEqual([
      { channel: 'email', enabled: false, isDefault: false, blockedBy: null },
      { channel: 'telegram', enabled: false, isDefault: false, blockedBy: null },
      { channel: 'in_app', enabled: true, isDefault: true, blockedBy: null },
    ]);
    // The other user's matrix is untouched.
    const theirs = await call(other, 'GET', '/me/notification-preferences');
    expect(
      theirs.body.events
        .find((e: { event: string }) => e.event === 'payout')
        .channels.map((c: { enabled: boolean }) => c.enabled),
    ).toEqual([true, true, true]);
    expect(theirs.body.telegram).toEqual({ available: true, linked: true });

    await consume([
      request(user.userId, 'payout'),
      request(user.userId, 'rejection'),
      request(user.userId, 'conversion'),
    ]);
    const rows = await rowsOf(user.userId);
    expect(rows.map((r) => `${r.event}/${r.channel}`).sort()).toEqual(
      ['payout/in_app', 'rejection/email', 'rejection/telegram', 'conversion/in_app', 'conversion/telegram'].sort(),
    );
    expect((await mails(user.email)).map((m) => m.subject)).toEqual(['Affiliate Edge: A lead was rejected']);
    expect(await chatMessages(user.chatId)).toHaveLength(2);
  });

  it('refuses a bad preference body with 400', async () => {
    const user = await createUserSession(db);
    expectStatus(
      await call(user, 'PUT', '/me/notification-preferences', {
        changes: [{ event: 'payout', channel: 'webhook', enabled: true }],
      }),
      400,
    );
    expectStatus(
      await call(user, 'PUT', '/me/notification-preferences', {
        changes: [{ event: 'nope', channel: 'email', enabled: true }],
      }),
      400,
    );
  });

  it('refuses the same event and channel twice in one change with 400 duplicate_entry, and writes nothing', async () => {
    const user = await createUserSession(db);
    const twice = await call(user, 'PUT', '/me/notification-preferences', {
      changes: [
        { event: 'payout', channel: 'email', enabled: false },
        { event: 'rejection', channel: 'email', enabled: false },
        { event: 'payout', channel: 'email', enabled: true },
      ],
    });
    expectStatus(twice, 400);
    expect(twice.body.error.code).toBe('validation_failed');
    expect(twice.body.error.details).toEqual([
      { path: 'changes.2', message: 'This event and channel appears more than once', code: 'duplicate_entry' },
    ]);
    const after = await call(user, 'GET', '/me/notification-preferences');
    const cells = after.body.events.flatMap((e: { channels: { isDefault: boolean }[] }) => e.channels);
    expect(cells.every((c: { isDefault: boolean }) => c.isDefault)).toBe(true);
    // The same cell with another event, or the same event on another channel, is not a repeat.
    expectStatus(
      await call(user, 'PUT', '/me/notification-preferences', {
        changes: [
          { event: 'payout', channel: 'email', enabled: false },
          { event: 'payout', channel: 'in_app', enabled: false },
          { event: 'rejection', channel: 'email', enabled: false },
        ],
      }),
      200,
    );
  });

  it('writes in Russian for a Russian-speaking user, under the advertiser brand', async () => {
    const user = await reachableUser({ locale: 'ru' });
    const tenant = await createTenant(db);
    await db
      .update(s.organizations)
      .set({ name: 'Acme Inc', branding: { portalName: 'Acme Partners' } })
      .where(eq(s.organizations.id, tenant.org.id));
    await consume([request(user.userId, 'payout', { organizationId: tenant.org.id })]);
    const [inApp] = (await rowsOf(user.userId)).filter((r) => r.channel === 'in_app');
    expect(inApp!.title).toBe('Выплата 50.00 USD зачислена');
    const [mail] = await mails(user.email);
    expect(mail!.subject).toBe('Acme Partners: Выплата 50.00 USD зачислена');
    expect(mail!.text).toContain('— Acme Partners');
    const [message] = await chatMessages(user.chatId);
    expect(message!.text).toContain('зачислены на ваш счёт PayPal');
    expect(`${mail!.subject}${mail!.text}${message!.text}`).not.toContain('Affiliate Edge');
  });

  // The account events (domains, plan limits, billing, webhooks): each channel in each language.
  it.each([
    ['en', 'custom_domain', 'go.brand.example moved away', 'Links on this domain no longer work.'],
    ['ru', 'custom_domain', 'Домен go.brand.example перенесён', 'Ссылки на этом домене больше не работают.'],
    ['en', 'plan_limit_warning', "80 % of your plan's monthly clicks used", '8,000 of 10,000 clicks in May 2026.'],
    ['ru', 'plan_limit_warning', 'Использовано 80 % месячного лимита кликов', 'кликов за май 2026 г.'],
    ['en', 'billing_payment_failed', 'Your plan payment failed', 'before 31 May 2026;'],
    ['ru', 'billing_payment_failed', 'Не удалось оплатить тариф', 'до 31 мая 2026 г.;'],
    [
      'en',
      'webhook_disabled',
      'Webhook to hooks.example.com turned off',
      'The last time, the server answered with error 502.',
    ],
    ['ru', 'webhook_disabled', 'Вебхук на hooks.example.com отключён', 'В последний раз сервер ответил ошибкой 502.'],
  ] as const)(
    '%s %s: in-app, email and Telegram in the language, under the brand',
    async (locale, event, title, body) => {
      const user = await reachableUser({ locale });
      const tenant = await createTenant(db);
      await db
        .update(s.organizations)
        .set({ name: 'Acme Inc', branding: { portalName: 'Acme Partners' } })
        .where(eq(s.organizations.id, tenant.org.id));
      await consume([request(user.userId, event, { organizationId: tenant.org.id })]);
      const rows = await rowsOf(user.userId);
      expect(rows.find((r) => r.channel === 'in_app')).toMatchObject({ title, status: 'sent' });
      expect(rows.find((r) => r.channel === 'in_app')!.body).toContain(body);
      const mail = await eventually(async () => (await mails(user.email))[0]);
      expect(mail.subject).toBe(`Acme Partners: ${title}`);
      expect(mail.text).toContain(body);
      expect(mail.text).toContain('— Acme Partners');
      const message = await eventually(async () => (await chatMessages(user.chatId))[0]);
      expect(message.text).toContain(title);
      expect(message.text).toContain(body);
      expect(`${mail.subject}${mail.text}${message.text}`).not.toContain('Affiliate Edge');
      expect(`${mail.text}${message.text}`).not.toContain('Fallback');
    },
  );
});

describe('email retries', () => {
  it('retries a failed send with backoff, then succeeds', async () => {
    const user = await reachableUser();
    await control(emailUrl, 'POST', '/__control/fail', { count: 2, status: 503, to: user.email });
    const t0 = new Date();
    await consume([request(user.userId, 'payout')]);
    const outboxOf = async () => (await db.select().from(s.emailOutbox).where(eq(s.emailOutbox.to, user.email)))[0]!;
    let row = await outboxOf();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'provider answered 503' });
    expect(row.nextAttemptAt!.getTime()).toBeGreaterThan(t0.getTime());
    // Not due yet: nothing is tried.
    expect((await retryEmails({ ctx: ctxAt(new Date()), input: { limit: 10 } })).tried).toBe(0);

    await retryEmails({ ctx: ctxAt(new Date(row.nextAttemptAt!.getTime() + 1000)), input: { limit: 100 } });
    row = await outboxOf();
    expect(row).toMatchObject({ status: 'pending', attempts: 2 });
    await retryEmails({ ctx: ctxAt(new Date(row.nextAttemptAt!.getTime() + 1000)), input: { limit: 100 } });
    row = await outboxOf();
    expect(row).toMatchObject({ status: 'sent', attempts: 3, nextAttemptAt: null });
    expect(await mails(user.email)).toHaveLength(1);
  });

  it('gives up after the last attempt and marks the email failed', async () => {
    const user = await reachableUser();
    await control(emailUrl, 'POST', '/__control/fail', { count: 50, status: 500, to: user.email });
    await consume([request(user.userId, 'payout')]);
    const outboxOf = async () => (await db.select().from(s.emailOutbox).where(eq(s.emailOutbox.to, user.email)))[0]!;
    for (let i = 1; i < MAX_DELIVERY_ATTEMPTS; i++) {
      const row = await outboxOf();
      expect(row).toMatchObject({ status: 'pending', attempts: i });
      await retryEmails({ ctx: ctxAt(new Date(row.nextAttemptAt!.getTime() + 1000)), input: { limit: 100 } });
    }
    expect(await outboxOf()).toMatchObject({ status: 'failed', attempts: MAX_DELIVERY_ATTEMPTS, nextAttemptAt: null });
    expect(await mails(user.email)).toEqual([]);
  });
});

describe('Telegram', () => {
  const webhook = (update: unknown, secret: string | null = TELEGRAM_TEST_WEBHOOK_SECRET) =>
    call(null, 'POST', '/v1/telegram/webhook', update, secret ? { 'x-telegram-bot-api-secret-token': secret } : {});

  async function startFromChat(chatId: string, url: string) {
    const token = new URL(url).searchParams.get('start')!;
    const { update } = await control(telegramUrl, 'POST', '/__control/start', { chatId, token });
    return { token, update };
  }

  it('links a chat with /start <token>, once per token, and confirms in the chat', async () => {
    const user = await createUserSession(db);
    const link = await call(user, 'POST', '/me/telegram/link');
    expectStatus(link, 201);
    expect(link.body.url).toMatch(/^https:\/\/t\.me\/affiliate_edge_test_bot\?start=[A-Za-z0-9_-]{43}$/);
    const token = new URL(link.body.url).searchParams.get('start')!;
    // Only the hash is kept.
    const stored = await db.select().from(s.telegramLinkTokens).where(eq(s.telegramLinkTokens.userId, user.userId));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);

    const chatId = newChatId();
    const { update } = await startFromChat(chatId, link.body.url);
    const linked = await webhook(update);
    expectStatus(linked, 200);
    expect(linked.body).toEqual({ outcome: 'linked' });
    expect((await db.select().from(s.users).where(eq(s.users.id, user.userId)))[0]!.telegramChatId).toBe(chatId);
    expect((await chatMessages(chatId))[0]!.text).toContain('Your account is linked');
    expect((await call(user, 'GET', '/me/notification-preferences')).body.telegram).toEqual({
      available: true,
      linked: true,
    });

    // The same token again, from another chat: used up.
    const otherChat = newChatId();
    const again = await webhook({
      ...(update as object),
      message: { ...(update as any).message, chat: { id: Number(otherChat), type: 'private' } },
    });
    expect(again.body).toEqual({ outcome: 'link_invalid' });
    expect((await db.select().from(s.users).where(eq(s.users.id, user.userId)))[0]!.telegramChatId).toBe(chatId);
    expect((await chatMessages(otherChat))[0]!.text).toContain('used or has expired');

    // Unlink: no more messages.
    expectStatus(await call(user, 'DELETE', '/me/telegram'), 200);
    expect((await db.select().from(s.users).where(eq(s.users.id, user.userId)))[0]!.telegramChatId).toBeNull();
    expect((await call(user, 'GET', '/me/notification-preferences')).body.telegram.linked).toBe(false);
    await consume([request(user.userId, 'payout')]);
    expect((await rowsOf(user.userId)).filter((r) => r.channel === 'telegram')).toEqual([]);
    const audit = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, user.userId));
    expect(audit.map((a) => a.action).sort()).toEqual(['telegram.link', 'telegram.unlink']);
  });

  it('refuses an expired token', async () => {
    const user = await createUserSession(db);
    const link = await call(user, 'POST', '/me/telegram/link');
    await db
      .update(s.telegramLinkTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(s.telegramLinkTokens.userId, user.userId));
    const { update } = await startFromChat(newChatId(), link.body.url);
    expect((await webhook(update)).body).toEqual({ outcome: 'link_invalid' });
    expect((await db.select().from(s.users).where(eq(s.users.id, user.userId)))[0]!.telegramChatId).toBeNull();
  });

  it('a newer link voids the older one', async () => {
    const user = await createUserSession(db);
    const first = await call(user, 'POST', '/me/telegram/link');
    await call(user, 'POST', '/me/telegram/link');
    const { update } = await startFromChat(newChatId(), first.body.url);
    expect((await webhook(update)).body).toEqual({ outcome: 'link_invalid' });
  });

  it('refuses the webhook without the secret (401) or with a wrong one (403), before reading the body', async () => {
    const user = await createUserSession(db);
    const link = await call(user, 'POST', '/me/telegram/link');
    const { update } = await startFromChat(newChatId(), link.body.url);
    expectStatus(await webhook(update, null), 401, 'unauthorized');
    expectStatus(await webhook(update, 'wrong-secret-wrong-secret'), 403, 'forbidden');
    expectStatus(await webhook('not json', 'wrong-secret-wrong-secret'), 403, 'forbidden');
    // The token survived the forged attempts.
    expect((await webhook(update)).body).toEqual({ outcome: 'linked' });
    // Other updates are acknowledged and ignored.
    expect(
      (await webhook({ update_id: 9, message: { chat: { id: 1, type: 'private' }, text: 'hello' } })).body,
    ).toEqual({
      outcome: 'ignored',
    });
  });

  it('unlinks the account when the bot is blocked (403)', async () => {
    const user = await reachableUser();
    await control(telegramUrl, 'POST', '/__control/block', { chatId: user.chatId });
    await consume([request(user.userId, 'payout')]);
    const [row] = (await rowsOf(user.userId)).filter((r) => r.channel === 'telegram');
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row!.lastError).toContain('403');
    expect((await db.select().from(s.users).where(eq(s.users.id, user.userId)))[0]!.telegramChatId).toBeNull();
  });

  it('retries a failed sendMessage on the sweep', async () => {
    const user = await reachableUser();
    await control(telegramUrl, 'POST', '/__control/fail', { chatId: user.chatId, count: 1, status: 502 });
    await consume([request(user.userId, 'rejection')]);
    const telegramRow = async () =>
      (
        await db
          .select()
          .from(s.notifications)
          .where(and(eq(s.notifications.userId, user.userId), eq(s.notifications.channel, 'telegram')))
      )[0]!;
    const pending = await telegramRow();
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
    await deliverDueNotifications({
      ctx: ctxAt(new Date(pending.nextAttemptAt!.getTime() + 1000)),
      input: { limit: 500 },
    });
    expect(await telegramRow()).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await chatMessages(user.chatId)).toHaveLength(1);
  });
});

describe('low balance', () => {
  it('tells the affiliate once per crossing of the payout minimum', async () => {
    const tenant = await createTenant(db);
    const affiliateId = tenant.affiliate.id;
    const lowBalance = () =>
      db
        .select()
        .from(s.notifications)
        .where(
          and(
            eq(s.notifications.userId, affiliateId),
            eq(s.notifications.event, 'low_balance'),
            eq(s.notifications.channel, 'in_app'),
          ),
        );
    const approve = async (amountMinor: number) => {
      const line = await earn(db, tenant, amountMinor);
      await setHoldUntil(db, [line.id], new Date(Date.now() - 1000));
      await releaseHolds({ ctx: ctxAt(new Date()), input: { batchSize: 100, maxBatches: 5 } });
      return line;
    };
    const check = () => notifyBalanceCrossings({ ctx: ctxAt(new Date()), input: undefined });

    const small = await approve(10_000); // 30 USD, under the 100 USD minimum
    expect(await check()).toEqual({ notified: 0 });
    const big = await approve(30_000); // +90 USD: 120 USD
    expect(await check()).toEqual({ notified: 1 });
    expect(await check()).toEqual({ notified: 0 });
    const [note] = await eventually(async () => ((await lowBalance()).length > 0 ? lowBalance() : undefined));
    expect(note).toMatchObject({ title: 'Your balance reached the payout minimum', organizationId: tenant.org.id });
    expect(note!.body).toContain('120.00 USD');

    // Paid out: below again, silently; the next crossing tells again.
    await putInPayout(db, tenant, [small, big]);
    expect(await check()).toEqual({ notified: 0 });
    const [state] = await db
      .select()
      .from(s.balanceAlertStates)
      .where(eq(s.balanceAlertStates.affiliateId, affiliateId));
    expect(state!.reached).toBe(false);
    await approve(40_000);
    expect(await check()).toEqual({ notified: 1 });
    await eventually(async () => ((await lowBalance()).length === 2 ? true : undefined));
  });
});
