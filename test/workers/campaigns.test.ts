import { and, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { signAccessToken } from '../../workers/domain/access-token';
import { signUnsubscribe } from '../../workers/domain/unsubscribe-token';
import { runCampaigns } from '../../workers/services/campaigns';
import { env } from 'cloudflare:workers';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { insertClick, record, serviceCtx } from '../conversions';
import { createUserSession, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const LIMITS = { expand: 5_000, deliver: 1_000, chunk: 100 };
const cron = (now = new Date()) => runCampaigns({ ctx: serviceCtx(db, now), input: { campaigns: 50, limits: LIMITS } });

/** An affiliate of `tenant`'s program with the given status, language and group. */
async function enrol(
  tenant: Advertiser,
  opts: { status?: 'active' | 'pending'; locale?: 'en' | 'ru'; groupId?: string; approvedAt?: Date | null } = {},
) {
  const session = await createUserSession(db, { approvedAffiliate: true });
  await db
    .update(s.users)
    .set({ locale: opts.locale ?? 'en' })
    .where(eq(s.users.id, session.userId));
  const [enrollment] = await db
    .insert(s.enrollments)
    .values({
      programId: tenant.program.id,
      affiliateId: session.userId,
      organizationId: tenant.org.id,
      status: opts.status ?? 'active',
      refCode: `c-${session.userId.slice(-12)}`,
      approvedAt: opts.approvedAt === undefined ? new Date(Date.now() - 86_400_000) : opts.approvedAt,
      ...(opts.groupId ? { groupId: opts.groupId } : {}),
    })
    .returning();
  return { ...session, enrollment: enrollment! };
}

type Enrolled = Awaited<ReturnType<typeof enrol>>;
let russian: Enrolled;
let applicant: Enrolled;
let outsider: TestSession;
let goldGroup: string;

const message = (extra: Record<string, unknown> = {}) => ({
  name: 'Spring news',
  en: { subject: 'Spring bonus', body: 'Hello **partner**, see [the terms](https://acme.example/terms).' },
  ru: { subject: 'Весенний бонус', body: 'Привет, **партнёр**.' },
  ...extra,
});

async function draft(tenant: Advertiser, body: Record<string, unknown> = message()) {
  const res = await call(tenant.owner, 'POST', `/orgs/${tenant.org.id}/campaigns`, body);
  expectStatus(res, 201);
  return res.body.id as string;
}

async function start(tenant: Advertiser, id: string, body: Record<string, unknown> = {}) {
  return call(tenant.owner, 'POST', `/orgs/${tenant.org.id}/campaigns/${id}/start`, body);
}

const recipientsOf = (campaignId: string) =>
  db.select().from(s.campaignRecipients).where(eq(s.campaignRecipients.campaignId, campaignId));

async function emailsOf(campaignId: string) {
  const rows = await recipientsOf(campaignId);
  const ids = rows.map((r) => r.emailOutboxId).filter((id): id is string => id !== null);
  return ids.length ? db.select().from(s.emailOutbox).where(inArray(s.emailOutbox.id, ids)) : [];
}

beforeAll(async () => {
  const [group] = await db
    .insert(s.programGroups)
    .values({ organizationId: acme.org.id, programId: acme.program.id, name: 'Gold' })
    .returning();
  goldGroup = group!.id;
  russian = await enrol(acme, { locale: 'ru', groupId: goldGroup });
  applicant = await enrol(acme, { status: 'pending', approvedAt: null });
  outsider = await createUserSession(db, { approvedAffiliate: true });
  await db.insert(s.affiliateTags).values({ organizationId: acme.org.id, affiliateId: acme.affiliate.id, tag: 'vip' });
});

describe('writing a campaign', () => {
  it('saves a draft and refuses a message without a variant, a stray triggerDays, or another advertiser’s program', async () => {
    const id = await draft(acme);
    const got = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/campaigns/${id}`);
    expectStatus(got, 200);
    expect(got.body).toMatchObject({ status: 'draft', statuses: ['active'], counts: { recipients: 0 } });
    expectStatus(
      await call(acme.owner, 'POST', `/orgs/${acme.org.id}/campaigns`, { name: 'x' }),
      400,
      'validation_failed',
    );
    expectStatus(
      await call(acme.owner, 'POST', `/orgs/${acme.org.id}/campaigns`, message({ triggerDays: 3 })),
      400,
      'validation_failed',
    );
    expectStatus(
      await call(acme.owner, 'POST', `/orgs/${acme.org.id}/campaigns`, message({ programIds: [other.program.id] })),
      404,
      'not_found',
    );
    // Another advertiser's staff and the affiliate never reach it.
    expectStatus(await call(other.owner, 'GET', `/orgs/${other.org.id}/campaigns/${id}`), 404, 'not_found');
    expectStatus(await call(acme.finance, 'GET', `/orgs/${acme.org.id}/campaigns`), 403);
  });
});

describe('sending now', () => {
  let campaignId: string;

  beforeAll(async () => {
    campaignId = await draft(acme);
    const res = await start(acme, campaignId);
    expectStatus(res, 200);
  });

  it('reaches the advertiser’s active affiliates once each, in their language, and no one else', async () => {
    const rows = await recipientsOf(campaignId);
    expect(rows.map((r) => [r.affiliateId, r.language, r.state]).sort()).toEqual(
      [
        [acme.affiliate.id, 'en', 'sent'],
        [russian.userId, 'ru', 'sent'],
      ].sort(),
    );
    const emails = await emailsOf(campaignId);
    expect(emails.map((e) => e.subject).sort()).toEqual(['Spring bonus', 'Весенний бонус']);
    const en = emails.find((e) => e.subject === 'Spring bonus')!;
    expect(en.html).toContain('<strong>partner</strong>');
    expect(en.html).toContain('href="https://acme.example/terms"');
    expect(en.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(en.headers?.['List-Unsubscribe']).toMatch(/^<https?:\/\/[^>]+\/api\/campaigns\/unsubscribe\?token=[^>]+>$/);
    expect(en.text).toContain('/unsubscribe?token=');
    const got = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/campaigns/${campaignId}`);
    expect(got.body).toMatchObject({ status: 'sent', counts: { recipients: 2, sent: 2, queued: 0 } });
  });

  it('shows on the affiliate’s home and in its messages, read once marked', async () => {
    const home = await call(russian, 'GET', `/affiliate/orgs/${acme.org.id}/home`);
    expectStatus(home, 200);
    const entry = home.body.announcements.find((a: { kind: string }) => a.kind === 'campaign');
    expect(entry).toMatchObject({ title: 'Весенний бонус', body: 'Привет, **партнёр**.', readAt: null });
    expectStatus(await call(russian, 'POST', `/affiliate/orgs/${acme.org.id}/campaign-messages/${entry.id}/read`), 204);
    const list = await call(russian, 'GET', `/affiliate/orgs/${acme.org.id}/campaign-messages`);
    expect(list.body.items[0]).toMatchObject({ id: entry.id, subject: 'Весенний бонус' });
    expect(list.body.items[0].readAt).not.toBeNull();
    // Someone else's message is not_found, for another affiliate and across advertisers alike.
    expectStatus(
      await call(acme.affiliateSession, 'POST', `/affiliate/orgs/${acme.org.id}/campaign-messages/${entry.id}/read`),
      404,
    );
    const report = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/campaigns/${campaignId}/recipients`);
    expect(
      report.body.items.find((r: { affiliateId: string }) => r.affiliateId === russian.userId).readAt,
    ).not.toBeNull();
  });

  it('reaches nobody of another advertiser, no applicant and no unenrolled user', async () => {
    const reached = (await recipientsOf(campaignId)).map((r) => r.affiliateId);
    for (const id of [other.affiliate.id, applicant.userId, outsider.userId]) expect(reached).not.toContain(id);
    const theirs = await call(other.affiliateSession, 'GET', `/affiliate/orgs/${other.org.id}/campaign-messages`);
    expect(theirs.body.items).toEqual([]);
    const home = await call(outsider, 'GET', '/affiliate/home');
    expect(JSON.stringify(home.body)).not.toContain('Spring bonus');
  });

  it('is settled once sent: no edit, no delete, no second start', async () => {
    expectStatus(
      await call(acme.owner, 'PUT', `/orgs/${acme.org.id}/campaigns/${campaignId}`, message()),
      409,
      'campaign_status_conflict',
    );
    expectStatus(
      await call(acme.owner, 'DELETE', `/orgs/${acme.org.id}/campaigns/${campaignId}`),
      409,
      'campaign_status_conflict',
    );
    expectStatus(await start(acme, campaignId), 409, 'campaign_status_conflict');
  });

  it('audits what the owner did', async () => {
    const rows = await db
      .select({ action: s.auditLog.action })
      .from(s.auditLog)
      .where(eq(s.auditLog.targetId, campaignId));
    expect(rows.map((r) => r.action).sort()).toEqual(['campaign.created', 'campaign.sent']);
  });
});

describe('targeting', () => {
  it('narrows to a group, a tag, or the pending status', async () => {
    const byGroup = await draft(acme, message({ groupIds: [goldGroup] }));
    const byTag = await draft(acme, message({ tags: ['VIP'] }));
    const pending = await draft(acme, message({ statuses: ['pending'] }));
    for (const id of [byGroup, byTag, pending]) expectStatus(await start(acme, id), 200);
    const reached = async (id: string) => (await recipientsOf(id)).map((r) => r.affiliateId);
    expect(await reached(byGroup)).toEqual([russian.userId]);
    expect(await reached(byTag)).toEqual([acme.affiliate.id]);
    expect(await reached(pending)).toEqual([applicant.userId]);
  });

  it('counts whom a send now would reach before it is sent, for the confirmation that names them', async () => {
    const audience = (tenant: Advertiser, id: string, who = tenant.owner) =>
      call(who, 'GET', `/orgs/${tenant.org.id}/campaigns/${id}/audience`);
    const everyone = await draft(acme);
    const byGroup = await draft(acme, message({ groupIds: [goldGroup] }));
    const first = await audience(acme, everyone);
    expectStatus(first, 200);
    expect(first.body).toEqual({ count: 2 });
    expect((await audience(acme, byGroup)).body).toEqual({ count: 1 });
    expectStatus(await start(acme, everyone), 200);
    // Once sent, nobody is left to reach.
    expect((await audience(acme, everyone)).body).toEqual({ count: 0 });
    expectStatus(await audience(other, everyone), 404, 'not_found');
    expectStatus(await audience(acme, everyone, acme.finance), 403);
  });
});

describe('idempotency', () => {
  it('a crash inside a chunk writes nothing, and the retry delivers each recipient once', async () => {
    const id = await draft(acme);
    // Expanded and marked sending as the request would, but not delivered: the request died there.
    await db
      .update(s.campaigns)
      .set({ status: 'sending', startedAt: new Date(), countedAt: new Date() })
      .where(eq(s.campaigns.id, id));
    // The database refuses the Russian affiliate's email: the chunk's transaction dies after the other one's was written.
    const outboxCount = async () =>
      (
        await db
          .select({ n: sql<number>`count(*)::int` })
          .from(s.emailOutbox)
          .where(eq(s.emailOutbox.template, 'campaign_marketing'))
      )[0]!.n;
    const before = await outboxCount();
    const [ru] = await db.select({ email: s.users.email }).from(s.users).where(eq(s.users.id, russian.userId));
    await db.execute(
      sql.raw(`CREATE FUNCTION public.campaign_test_crash() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW."to" = '${ru!.email}' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$`),
    );
    await db.execute(
      sql.raw(
        'CREATE TRIGGER campaign_test_crash BEFORE INSERT ON logs.email_outbox FOR EACH ROW EXECUTE FUNCTION public.campaign_test_crash()',
      ),
    );
    try {
      await cron();
    } finally {
      await db.execute(sql.raw('DROP TRIGGER campaign_test_crash ON logs.email_outbox'));
      await db.execute(sql.raw('DROP FUNCTION public.campaign_test_crash()'));
    }
    const afterCrash = await recipientsOf(id);
    expect(afterCrash.length).toBe(2);
    expect(afterCrash.every((r) => r.state === 'queued' && r.emailOutboxId === null)).toBe(true);
    expect(await outboxCount()).toBe(before);
    // Two runs at once, then a third: one email per recipient.
    await Promise.all([cron(), cron()]);
    await cron();
    const rows = await recipientsOf(id);
    expect(rows.map((r) => r.state)).toEqual(['sent', 'sent']);
    expect(new Set(rows.map((r) => r.emailOutboxId)).size).toBe(2);
    const [campaign] = await db.select().from(s.campaigns).where(eq(s.campaigns.id, id));
    expect(campaign!.status).toBe('sent');
  });
});

describe('scheduled sends', () => {
  it('wait for their time, go out once from the cron, and a cancelled one never does', async () => {
    const later = new Date(Date.now() + 3_600_000);
    const id = await draft(acme);
    const res = await start(acme, id, { scheduledAt: later.toISOString() });
    expectStatus(res, 200);
    expect(res.body.status).toBe('scheduled');
    await cron();
    expect(await recipientsOf(id)).toEqual([]);
    const called = await draft(acme);
    expectStatus(await start(acme, called, { scheduledAt: later.toISOString() }), 200);
    expectStatus(await call(acme.owner, 'POST', `/orgs/${acme.org.id}/campaigns/${called}/cancel`), 200);
    const due = new Date(later.getTime() + 60_000);
    await Promise.all([cron(due), cron(due)]);
    await cron(due);
    expect((await recipientsOf(id)).length).toBe(2);
    expect((await emailsOf(id)).length).toBe(2);
    expect(await recipientsOf(called)).toEqual([]);
    const [campaign] = await db.select().from(s.campaigns).where(eq(s.campaigns.id, id));
    expect(campaign).toMatchObject({ status: 'sent' });
    expectStatus(
      await start(acme, await draft(acme), { scheduledAt: new Date(Date.now() - 60_000).toISOString() }),
      400,
    );
  });
});

describe('triggered campaigns', () => {
  it('on approval: fires for affiliates approved after it was switched on, once however often it runs', async () => {
    const id = await draft(acme, message({ trigger: 'approved', statuses: ['active'] }));
    const res = await start(acme, id);
    expect(res.body.status).toBe('active');
    expect(await recipientsOf(id)).toEqual([]);
    const newcomer = await enrol(acme, { approvedAt: new Date(Date.now() + 1_000) });
    await cron();
    await cron();
    expect((await recipientsOf(id)).map((r) => r.affiliateId)).toEqual([newcomer.userId]);
    expect((await emailsOf(id)).length).toBe(1);
    expectStatus(await call(acme.owner, 'POST', `/orgs/${acme.org.id}/campaigns/${id}/cancel`), 200);
    await enrol(acme, { approvedAt: new Date(Date.now() + 2_000) });
    await cron();
    expect((await recipientsOf(id)).length).toBe(1);
  });

  it('N days without a click: only affiliates whose Nth day came and who never clicked', async () => {
    const id = await draft(acme, message({ trigger: 'no_click', triggerDays: 2 }));
    expectStatus(await start(acme, id), 200);
    await db
      .update(s.campaigns)
      .set({ startedAt: new Date(Date.now() - 5 * 86_400_000) })
      .where(eq(s.campaigns.id, id));
    const idle = await enrol(acme, { approvedAt: new Date(Date.now() - 3 * 86_400_000) });
    const busy = await enrol(acme, { approvedAt: new Date(Date.now() - 3 * 86_400_000) });
    await db.insert(s.enrollmentTotals).values({
      enrollmentId: busy.enrollment.id,
      organizationId: acme.org.id,
      programId: acme.program.id,
      affiliateId: busy.userId,
      clicks: 4,
    });
    const fresh = await enrol(acme, { approvedAt: new Date() });
    await cron();
    await cron();
    const reached = (await recipientsOf(id)).map((r) => r.affiliateId);
    expect(reached).toContain(idle.userId);
    for (const no of [busy.userId, fresh.userId]) expect(reached).not.toContain(no);
  });

  it('first conversion: fires once for the affiliate who converted after it was switched on', async () => {
    const id = await draft(acme, message({ trigger: 'first_conversion' }));
    expectStatus(await start(acme, id), 200);
    const click = await insertClick(db, acme, { at: new Date(Date.now() - 60_000) });
    await record(db, acme, { type: 'lead', click_id: click.id });
    await record(db, acme, { type: 'lead', click_id: click.id });
    await cron();
    await cron();
    expect((await recipientsOf(id)).map((r) => r.affiliateId)).toEqual([acme.affiliate.id]);
  });
});

describe('unsubscribe', () => {
  let token: string;

  beforeAll(async () => {
    const id = await draft(acme);
    expectStatus(await start(acme, id), 200);
    const email = (await emailsOf(id)).find((e) => e.to === acme.affiliate.email.toLowerCase())!;
    token = /token=([^>]+)>/.exec(email.headers!['List-Unsubscribe']!)![1]!;
  });

  it('one POST without a session stops marketing email from that advertiser; again is harmless', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await call(null, 'POST', `/campaigns/unsubscribe?token=${token}`, 'List-Unsubscribe=One-Click', {
        'content-type': 'application/x-www-form-urlencoded',
      });
      expectStatus(res, 200);
      expect(res.body.advertiserName).toBe(acme.org.name);
    }
    const id = await draft(acme);
    expectStatus(await start(acme, id), 200);
    const mine = (await recipientsOf(id)).find((r) => r.affiliateId === acme.affiliate.id)!;
    expect(mine).toMatchObject({ state: 'skipped_unsubscribed', emailOutboxId: null });
    const messages = await call(acme.affiliateSession, 'GET', `/affiliate/orgs/${acme.org.id}/campaign-messages`);
    expect(messages.body.items.some((m: { id: string }) => m.id === mine.id)).toBe(true);
    const report = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/campaigns/${id}`);
    const { counts } = report.body;
    expect(counts).toMatchObject({ skippedUnsubscribed: 1, failed: 0, sent: counts.recipients - 1 });
  });

  it('the email link opens a page that changes nothing until its button is pressed, in the reader language', async () => {
    const ru = await signUnsubscribe(
      { userId: russian.userId, organizationId: acme.org.id },
      env.JWT_SECRET,
      new Date(),
    );
    const open = await workerFetch(`https://api.test/unsubscribe?token=${ru}`);
    expect(open.status).toBe(200);
    const page = await open.text();
    expect(page).toContain('<html lang="ru">');
    expect(page).toContain(`<form method="post" action="/unsubscribe?token=${ru}">`);
    const before = await db
      .select()
      .from(s.campaignUnsubscribes)
      .where(eq(s.campaignUnsubscribes.userId, russian.userId));
    expect(before).toEqual([]);
    const pressed = await workerFetch(`https://api.test/unsubscribe?token=${ru}`, { method: 'POST' });
    expect(pressed.status).toBe(200);
    expect(await pressed.text()).toContain('Готово');
    const after = await db
      .select()
      .from(s.campaignUnsubscribes)
      .where(eq(s.campaignUnsubscribes.userId, russian.userId));
    expect(after.map((r) => r.organizationId)).toEqual([acme.org.id]);
    const broken = await workerFetch('https://api.test/unsubscribe?token=nope');
    expect(broken.status).toBe(400);
    expect(await broken.text()).not.toContain('<form');
  });

  it('never holds back transactional email, which carries no unsubscribe link', async () => {
    const id = await draft(acme, message({ category: 'transactional' }));
    expectStatus(await start(acme, id), 200);
    const mine = (await recipientsOf(id)).find((r) => r.affiliateId === acme.affiliate.id)!;
    expect(mine.state).toBe('sent');
    const [email] = await db.select().from(s.emailOutbox).where(eq(s.emailOutbox.id, mine.emailOutboxId!));
    expect(email!.headers).toBeNull();
    expect(email!.text).not.toContain('unsubscribe');
  });

  it('refuses a forged, altered or foreign token', async () => {
    const session = await signAccessToken({ userId: acme.affiliate.id, sessionId: 'x' }, env.JWT_SECRET, new Date());
    for (const bad of ['nope', `${token.slice(0, -2)}xx`, session]) {
      expectStatus(await call(null, 'POST', `/campaigns/unsubscribe?token=${bad}`), 400, 'unsubscribe_link_invalid');
    }
    expectStatus(await call(null, 'POST', '/campaigns/unsubscribe'), 400, 'validation_failed');
  });
});

describe('plan limit', () => {
  it('counts sends, schedules and triggers of the month; past the allowance a start is refused with 402', async () => {
    const [plan] = await db
      .insert(s.plans)
      .values({
        code: `camp-${Date.now().toString(36)}`,
        name: 'Campaigns',
        monthlyPriceMinor: 0,
        yearlyPriceMinor: 0,
        currency: 'USD',
        maxCampaignSendsMonthly: 1,
      })
      .returning();
    await db.update(s.organizations).set({ planId: plan!.id }).where(eq(s.organizations.id, other.org.id));
    expectStatus(await start(other, await draft(other)), 200);
    const refused = await start(other, await draft(other));
    expectStatus(refused, 402, 'plan_limit_reached');
    expect(refused.body.error.details).toMatchObject({ limit: 'campaignSends', used: 1, allowed: 1 });
    const meters = await call(other.owner, 'GET', `/orgs/${other.org.id}/plan`);
    expect(meters.body.meters).toContainEqual({ limit: 'campaignSends', used: 1, allowed: 1, percent: 100 });
  });
});

describe('safe Markdown', () => {
  it('keeps script, handlers and javascript: links out of the email and leaves them as text', async () => {
    const id = await draft(
      acme,
      message({
        en: { subject: 'x', body: '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>' },
        ru: null,
      }),
    );
    expectStatus(await start(acme, id), 200);
    const [email] = await emailsOf(id);
    expect(email!.html).not.toMatch(/<script|<img|href="javascript/i);
    expect(email!.html).toContain('&lt;script&gt;');
    // The Russian affiliate falls back to English.
    expect((await recipientsOf(id)).every((r) => r.language === 'en')).toBe(true);
  });
});

describe('another advertiser side by side', () => {
  it('lists only its own campaigns', async () => {
    const mine = await call(other.owner, 'GET', `/orgs/${other.org.id}/campaigns`);
    const theirs = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/campaigns`);
    const ids = new Set(theirs.body.items.map((c: { id: string }) => c.id));
    expect(mine.body.items.length).toBeGreaterThan(0);
    for (const c of mine.body.items) expect(ids.has(c.id)).toBe(false);
    const withSql = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(s.campaignRecipients)
      .where(
        and(
          eq(s.campaignRecipients.organizationId, other.org.id),
          eq(s.campaignRecipients.affiliateId, acme.affiliate.id),
        ),
      );
    expect(withSql[0]!.n).toBe(0);
  });
});
