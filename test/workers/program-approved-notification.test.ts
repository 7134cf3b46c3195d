import { env } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { consumeNotifications } from '../../workers/consumers/notifications';
import { loadConfig } from '../../workers/env';
import { type Advertiser, useTwoAdvertisers, createApprovalProgram } from '../actors';
import { call, expectStatus } from '../api-client';
import { eventually } from '../eventually';
import { recordingBatch } from '../queue-batch';
import { createUserSession, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => {
  ({ db, acme, other } = t);
});

const program = (a: Advertiser, name: string) => createApprovalProgram(db, a, { name });

let chatCounter = 0;
/** An approved affiliate with Telegram linked (directly), so every channel of the event reaches them. */
async function affiliate(locale: 'en' | 'ru' = 'en') {
  const who = await createUserSession(db, { approvedAffiliate: true });
  const chatId = String(770_000_000 + (Date.now() % 100_000) * 100 + chatCounter++);
  await db.update(s.users).set({ locale, telegramChatId: chatId }).where(eq(s.users.id, who.userId));
  return { ...who, chatId };
}

const telegramUrl = inject('telegramBaseUrl');
const chatMessages = async (chatId: string) =>
  (
    (await (await fetch(`${telegramUrl}/__control/messages?chat_id=${chatId}`)).json()) as {
      messages: { text: string }[];
    }
  ).messages;

/**
 * The email (as the outbox holds it) and the Telegram message (as the bot API received it) of the approval,
 * once both were delivered: the in-app item links by itself, these two carry the address in their text.
 */
async function delivered(who: { userId: string; email: string; chatId: string }) {
  return eventually(
    async () => {
      const [mail] = await db
        .select()
        .from(s.emailOutbox)
        .where(
          and(
            eq(s.emailOutbox.to, who.email.toLowerCase()),
            eq(s.emailOutbox.template, 'notification_program_approved'),
          ),
        );
      const [message] = await chatMessages(who.chatId);
      return mail && message ? { mail: mail.text, telegram: message.text } : undefined;
    },
    30_000,
    'the program_approved email and Telegram message',
  );
}
const APP = loadConfig(env).APP_BASE_URL.replace(/\/$/, '');

const apply = async (who: TestSession, programId: string) => {
  const res = await call(who, 'POST', `/affiliate/programs/${programId}/apply`, { answers: {} });
  expectStatus(res, 201);
  return res.body as { id: string; status: string };
};
const approve = (a: Advertiser, enrollmentId: string) =>
  call(a.owner, 'POST', `/orgs/${a.org.id}/enrollments/${enrollmentId}/approve`, {});

const approvals = (userId: string) =>
  db
    .select()
    .from(s.notifications)
    .where(and(eq(s.notifications.userId, userId), eq(s.notifications.event, 'program_approved')));
const inApp = (userId: string) =>
  eventually(
    async () => (await approvals(userId)).find((n) => n.channel === 'in_app'),
    30_000,
    'the program_approved notification',
  );

/** The queue delivers a request again, as rebuilt from what it wrote (same event, data and dedupe key). */
async function redeliver(row: s.Notification) {
  const body = {
    v: 1,
    userId: row.userId,
    organizationId: row.organizationId,
    event: row.event,
    title: 'Again',
    body: 'Again',
    data: row.data,
    dedupeKey: row.dedupeKey.replace(/:in_app$/, ''),
  };
  const { batch, outcomes } = recordingBatch('notifications', [{ body, attempts: 2 }]);
  await consumeNotifications(batch, loadConfig(env));
  expect(outcomes[0]).toMatchObject({ acked: true });
}

describe('program_approved', () => {
  it('tells an affiliate approved by hand, once, in their language, with the program to open', async () => {
    const p = await program(acme, 'KanGrow CRM');
    const ann = await affiliate('ru');
    const pending = await apply(ann, p.id);
    expect(pending.status).toBe('pending');
    expectStatus(await approve(acme, pending.id), 200);

    const row = await inApp(ann.userId);
    expect(row).toMatchObject({
      organizationId: acme.org.id,
      title: 'Заявка в программу KanGrow CRM одобрена',
      data: { programId: p.id, programName: 'KanGrow CRM', enrollmentId: pending.id, by: 'advertiser' },
    });
    // A redelivered message and a second approval attempt (refused: already active) add nothing.
    await redeliver(row);
    expectStatus(await approve(acme, pending.id), 409);
    expect((await approvals(ann.userId)).filter((n) => n.channel === 'in_app')).toHaveLength(1);
    // Email and Telegram carry the program's page as an absolute link, in Russian; the in-app body does not.
    const link = `Страница программы: ${APP}/affiliate/${acme.org.id}/programs/${p.id}`;
    const { mail, telegram } = await delivered(ann);
    expect(mail).toContain(link);
    expect(telegram).toContain(link);
    expect(row.body).not.toContain('http');
    const inbox = await call(ann, 'GET', '/me/notifications');
    expect(inbox.body.items.filter((n: { event: string }) => n.event === 'program_approved')).toHaveLength(1);
  });

  it('tells an affiliate approved by an auto-approval rule the same way, in English', async () => {
    const p = await program(acme, 'Mailpilot');
    expectStatus(
      await call(acme.owner, 'PUT', `/orgs/${acme.org.id}/programs/${p.id}/application/auto-approval`, {
        rules: [{ kind: 'everyone' }],
      }),
      200,
    );
    const bob = await affiliate();
    const joined = await apply(bob, p.id);
    expect(joined.status).toBe('active');
    const row = await inApp(bob.userId);
    expect(row).toMatchObject({
      organizationId: acme.org.id,
      title: 'Your application to Mailpilot was approved',
      data: { programId: p.id, enrollmentId: joined.id, by: 'rule' },
    });
    await redeliver(row);
    await redeliver(row);
    expect((await approvals(bob.userId)).filter((n) => n.channel === 'in_app')).toHaveLength(1);
    const link = `Program page: ${APP}/affiliate/${acme.org.id}/programs/${p.id}`;
    const { mail, telegram } = await delivered(bob);
    expect(mail).toContain(link);
    expect(telegram).toContain(link);
    expect(await chatMessages(bob.chatId)).toHaveLength(1);
  });

  it('tells no one of a pending application, and nothing of one advertiser’s approval reaches another’s affiliate', async () => {
    // The other advertiser has a white-label portal: its affiliates' links point there, acme's at the platform.
    const portalHost = `partners.approved-${Date.now().toString(36)}.com`;
    await db
      .insert(s.customDomains)
      .values({ organizationId: other.org.id, hostname: portalHost, purpose: 'portal', status: 'active' });
    const mine = await program(acme, 'Acme only');
    const theirs = await program(other, 'Other only');
    const [waiting, ours, elsewhere] = [await affiliate(), await affiliate(), await affiliate()];
    await apply(waiting, mine.id);
    const ourApp = await apply(ours, mine.id);
    const theirApp = await apply(elsewhere, theirs.id);
    // Another advertiser cannot approve acme's application: not found, and nobody is told.
    expectStatus(await approve(other, ourApp.id), 404);
    expectStatus(await approve(other, theirApp.id), 200);

    const told = await inApp(elsewhere.userId);
    expect(told).toMatchObject({ organizationId: other.org.id, data: { programId: theirs.id } });
    expectStatus(await approve(acme, ourApp.id), 200);
    const ourRow = await inApp(ours.userId);
    expect(ourRow).toMatchObject({ organizationId: acme.org.id, data: { programId: mine.id } });
    // Each affiliate heard of their own approval only, and the one still waiting of none.
    expect((await approvals(ours.userId)).map((n) => n.organizationId)).toEqual(
      (await approvals(ours.userId)).map(() => acme.org.id),
    );
    expect((await approvals(elsewhere.userId)).every((n) => n.organizationId === other.org.id)).toBe(true);
    expect(await approvals(waiting.userId)).toEqual([]);

    const theirLink = `https://${portalHost}/affiliate/${other.org.id}/programs/${theirs.id}`;
    const theirMessages = await delivered(elsewhere);
    expect(theirMessages.mail).toContain(theirLink);
    expect(theirMessages.telegram).toContain(theirLink);
    const ourMessages = await delivered(ours);
    expect(ourMessages.mail).toContain(`${APP}/affiliate/${acme.org.id}/programs/${mine.id}`);
    expect(`${ourMessages.mail}${ourMessages.telegram}`).not.toContain(portalHost);
    expect(await chatMessages(waiting.chatId)).toEqual([]);
  });
});

describe('the approval read later', () => {
  it('quotes the note the advertiser typed for the affiliate in-app, in the email and on Telegram', async () => {
    const p = await program(acme, 'Noted');
    const cleo = await affiliate();
    const pending = await apply(cleo, p.id);
    const note = 'Welcome! Use the SPRING banner first.';
    expectStatus(
      await call(acme.owner, 'POST', `/orgs/${acme.org.id}/enrollments/${pending.id}/approve`, { reason: note }),
      200,
    );
    const row = await inApp(cleo.userId);
    expect(row.data).toMatchObject({ note });
    const line = `Note from the advertiser: ${note}`;
    const inbox = await call(cleo, 'GET', '/me/notifications');
    const item = inbox.body.items.find((n: { event: string }) => n.event === 'program_approved');
    expect(item.body).toContain(line);
    const { mail, telegram } = await delivered(cleo);
    expect(mail).toContain(line);
    expect(telegram).toContain(line);
  });

  it('an inbox item is worded in the language the reader has now, not the one of the moment it was sent', async () => {
    const p = await program(acme, 'Podruga');
    const dana = await affiliate('ru');
    const pending = await apply(dana, p.id);
    expectStatus(await approve(acme, pending.id), 200);
    const row = await inApp(dana.userId);
    expect(row.title).toBe('Заявка в программу Podruga одобрена');
    const titles = async () =>
      ((await call(dana, 'GET', '/me/notifications')).body.items as { event: string; title: string; body: string }[])
        .filter((n) => n.event === 'program_approved')
        .map((n) => [n.title, n.body.slice(0, 30)]);
    expect(await titles()).toEqual([['Заявка в программу Podruga одобрена', expect.stringMatching(/^Теперь вы/)]]);
    expectStatus(await call(dana, 'PATCH', '/me', { locale: 'en' }), 200);
    expect(await titles()).toEqual([
      ['Your application to Podruga was approved', expect.stringMatching(/^You are now/)],
    ]);
  });

  it('an event no template knows keeps the words it was stored with', async () => {
    const erin = await affiliate('ru');
    await db.insert(s.notifications).values({
      userId: erin.userId,
      channel: 'in_app',
      event: 'message',
      title: 'Сохранённый заголовок',
      body: 'Сохранённый текст',
      data: {},
      status: 'sent',
      dedupeKey: `legacy:${erin.userId}`,
    });
    const inbox = await call(erin, 'GET', '/me/notifications');
    expect(inbox.body.items).toMatchObject([{ title: 'Сохранённый заголовок', body: 'Сохранённый текст' }]);
  });
});
