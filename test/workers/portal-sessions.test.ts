import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { uuidv7 } from '../../workers/contracts/ids';
import type { Db } from '../../workers/db/client';
import { signAccessToken } from '../../workers/domain/access-token';
import worker from '../../workers/index';
import { PASSWORD, randomIp, signUpVerified, uniqueEmail } from '../accounts';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { earn, putInPayout } from '../finance';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

// Two advertisers side by side, each with an active white-label portal host, and the platform's own
// host (app.test): sessions started on a portal act there only, in that organization only.

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => {
  ({ db, acme, other } = t);
});

const PLATFORM = 'app.test';
let acmeHost: string;
let otherHost: string;
let openProgramId: string;
let inviteOnlyProgramId: string;

let counter = 0;
const newHostname = () => `partners.scope-${Date.now().toString(36)}-${counter++}.com`;

interface Answer {
  status: number;
  body: any;
}

async function at(
  host: string,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { 'cf-connecting-ip': randomIp(), ...opts.headers };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const res = await workerFetch(`https://${host}/api${path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  const json = res.headers.get('content-type')?.includes('application/json');
  return { status: res.status, body: text ? (json ? JSON.parse(text) : text) : null };
}

function expectAnswer(answer: Answer, status: number, code?: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  if (code) expect(answer.body?.error?.code, JSON.stringify(answer.body)).toBe(code);
}

async function logInAt(host: string, email: string) {
  const answer = await at(host, 'POST', '/auth/login', { body: { email, password: PASSWORD } });
  expectAnswer(answer, 200);
  return answer.body as { accessToken: string; refreshToken: string };
}

async function mailTo(to: string) {
  const answer = await at(PLATFORM, 'GET', `/dev/mailbox?to=${encodeURIComponent(to)}`);
  expectAnswer(answer, 200);
  return answer.body.emails as { subject: string; text: string; template: string; fromName: string | null }[];
}

const tokenIn = (text: string) => decodeURIComponent(/[?&]token=([^\s&]+)/.exec(text)![1]!);

beforeAll(async () => {
  await db
    .update(s.organizations)
    .set({ name: 'Acme Inc', branding: { portalName: 'Acme Partners' } })
    .where(eq(s.organizations.id, acme.org.id));
  acmeHost = newHostname();
  otherHost = newHostname();
  await db.insert(s.customDomains).values([
    { organizationId: acme.org.id, hostname: acmeHost, purpose: 'portal', status: 'active' },
    { organizationId: other.org.id, hostname: otherHost, purpose: 'both', status: 'active' },
  ]);
  // Acme: the fixture's program (by approval), a public one and an invite-only one; another advertiser's
  // public program that a portal sign-up must never reach.
  const program = (organizationId: string, appId: string, visibility: 'public' | 'invite_only') => ({
    organizationId,
    appId,
    name: `Program ${visibility}`,
    slug: `p-${visibility}-${Date.now().toString(36)}-${counter++}`,
    status: 'active' as const,
    visibility,
    payoutModel: 'revshare' as const,
    commissionType: 'percent' as const,
    commissionRateBps: 2000,
    currency: 'USD',
    landingUrl: 'https://app.example/',
    allowedDomains: ['app.example'],
  });
  const [open, inviteOnly] = await db
    .insert(s.programs)
    .values([program(acme.org.id, acme.app.id, 'public'), program(acme.org.id, acme.app.id, 'invite_only')])
    .returning();
  await db.insert(s.programs).values(program(other.org.id, other.app.id, 'public'));
  openProgramId = open!.id;
  inviteOnlyProgramId = inviteOnly!.id;
});

describe('sign-up on a portal', () => {
  it('applies to the advertiser’s programs on verification, under its brand, and lands in its context', async () => {
    const email = uniqueEmail('portal');
    const signUp = await at(acmeHost, 'POST', '/auth/signup', {
      body: { email, password: PASSWORD, accountType: 'affiliate', firstName: 'Pat' },
    });
    expectAnswer(signUp, 201);
    expect(signUp.body.affiliateContextId).toBe(acme.org.id);
    const [user] = await db.select().from(s.users).where(eq(s.users.email, email));
    expect(user!.signupOrganizationId).toBe(acme.org.id);

    const [mail] = await mailTo(email);
    expect(mail!.template).toBe('verify_email');
    expect(mail!.fromName).toBe('Acme Partners');
    expect(mail!.text).toContain('Welcome to Acme Partners');
    expect(mail!.text).toContain(`https://${acmeHost}/verify-email?token=`);
    expect(`${mail!.subject}\n${mail!.text}`).not.toContain('Affiliate Edge');

    const verified = await at(acmeHost, 'POST', '/auth/verify-email', { body: { token: tokenIn(mail!.text) } });
    expectAnswer(verified, 200);
    expect(verified.body.affiliateContextId).toBe(acme.org.id);
    const enrollments = await db.select().from(s.enrollments).where(eq(s.enrollments.affiliateId, user!.id));
    // Public: active at once; by approval: pending; invite-only and the other advertiser's: none.
    expect(
      enrollments.map((e) => ({ programId: e.programId, organizationId: e.organizationId, status: e.status })),
    ).toEqual(
      expect.arrayContaining([
        { programId: openProgramId, organizationId: acme.org.id, status: 'active' },
        { programId: acme.program.id, organizationId: acme.org.id, status: 'pending' },
      ]),
    );
    expect(enrollments).toHaveLength(2);
    expect(enrollments.some((e) => e.programId === inviteOnlyProgramId)).toBe(false);

    // The session lands in the advertiser's context.
    const session = await logInAt(acmeHost, email);
    const programs = await at(acmeHost, 'GET', `/affiliate/orgs/${acme.org.id}/programs`, {
      token: session.accessToken,
    });
    expectAnswer(programs, 200);
  });

  it('the confirmation link opened on the portal signs in to a session of that portal', async () => {
    const email = uniqueEmail('portal-link');
    expectAnswer(
      await at(acmeHost, 'POST', '/auth/signup', { body: { email, password: PASSWORD, accountType: 'affiliate' } }),
      201,
    );
    const [mail] = await mailTo(email);
    const verified = await at(acmeHost, 'POST', '/auth/verify-email', {
      body: { token: tokenIn(mail!.text) },
      headers: { 'x-refresh-transport': 'cookie', origin: `https://${acmeHost}`, 'sec-fetch-site': 'same-origin' },
    });
    expectAnswer(verified, 200);
    const token = verified.body.session.accessToken;
    expectAnswer(await at(acmeHost, 'GET', `/affiliate/orgs/${acme.org.id}/programs`, { token }), 200);
    // Confined to the portal, as a login there is: the platform's host does not take it.
    expectAnswer(await at(PLATFORM, 'GET', '/me', { token }), 401, 'session_scope_mismatch');
  });

  it('refuses an advertiser sign-up on a portal', async () => {
    const answer = await at(acmeHost, 'POST', '/auth/signup', {
      body: { email: uniqueEmail('adv'), password: PASSWORD, accountType: 'advertiser', organizationName: 'X' },
    });
    expectAnswer(answer, 400, 'validation_failed');
  });

  it('signs up on the platform host without a portal: platform brand, no enrollment', async () => {
    const email = uniqueEmail('plain');
    const answer = await at(PLATFORM, 'POST', '/auth/signup', {
      body: { email, password: PASSWORD, accountType: 'affiliate' },
    });
    expectAnswer(answer, 201);
    expect(answer.body.affiliateContextId).toBeNull();
    const [mail] = await mailTo(email);
    expect(mail!.fromName).toBeNull();
    expect(mail!.text).toContain('Affiliate Edge');
    const verified = await at(PLATFORM, 'POST', '/auth/verify-email', { body: { token: tokenIn(mail!.text) } });
    expect(verified.body.affiliateContextId).toBeNull();
  });
});

describe('sessions on a portal', () => {
  // A person who is everything at once: owner of both advertisers, enrolled with both, platform owner.
  let email: string;
  let userId: string;
  beforeAll(async () => {
    ({ email, userId } = await signUpVerified());
    await db.update(s.users).set({ platformRole: 'platform_owner' }).where(eq(s.users.id, userId));
    await db.insert(s.memberships).values([
      { organizationId: acme.org.id, userId, role: 'owner' },
      { organizationId: other.org.id, userId, role: 'owner' },
    ]);
    await db.insert(s.enrollments).values([
      {
        programId: acme.program.id,
        affiliateId: userId,
        organizationId: acme.org.id,
        status: 'active',
        refCode: `ra${counter++}${Date.now().toString(36)}`,
      },
      {
        programId: other.program.id,
        affiliateId: userId,
        organizationId: other.org.id,
        status: 'active',
        refCode: `ro${counter++}${Date.now().toString(36)}`,
      },
    ]);
  });

  it('records the portal on the session and in the access token', async () => {
    const session = await logInAt(acmeHost, email);
    const rows = await db
      .select({ portal: s.refreshTokens.portalOrganizationId })
      .from(s.refreshTokens)
      .where(eq(s.refreshTokens.userId, userId));
    expect(rows.map((r) => r.portal)).toContain(acme.org.id);
    const claims = JSON.parse(atob(session.accessToken.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')));
    expect(claims.por).toBe(acme.org.id);
  });

  it('refuses a missing, malformed or expired token with 401 before any database read, on a portal host too', async () => {
    const { accessToken: token } = await logInAt(acmeHost, email);
    // Nothing listens on port 9: any lookup (the host's portal, the session) fails, and the request with it.
    const noDatabase = { ...env, DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:9/none' };
    const ask = async (authorization?: string) => {
      const request = new Request(`https://${acmeHost}/api/orgs/${acme.org.id}`, {
        headers: authorization ? { authorization } : {},
      });
      const incoming = request as Request<unknown, IncomingRequestCfProperties>;
      const res = await worker.fetch(incoming, noDatabase, createExecutionContext());
      return { status: res.status, body: (await res.json()) as any };
    };
    const expired = await signAccessToken(
      { userId, sessionId: uuidv7(), portalOrganizationId: acme.org.id },
      env.JWT_SECRET,
      new Date(Date.now() - 3_600_000),
    );
    for (const authorization of [undefined, 'Basic dXNlcjpwYXNz', 'Bearer not-a-token', `Bearer ${expired}`])
      expectAnswer(await ask(authorization), 401, 'unauthorized');
    // Control: the portal's good token needs the database, which is not there.
    expect((await ask(`Bearer ${token}`)).status).toBeGreaterThanOrEqual(500);
    expectAnswer(await at(acmeHost, 'GET', `/orgs/${acme.org.id}`, { token }), 200);
  });

  it('acts in the portal’s organization only: others answer 404 as for a stranger', async () => {
    const { accessToken: token } = await logInAt(acmeHost, email);
    expectAnswer(await at(acmeHost, 'GET', `/orgs/${acme.org.id}`, { token }), 200);
    expectAnswer(await at(acmeHost, 'GET', `/orgs/${other.org.id}`, { token }), 404, 'not_found');
    expectAnswer(await at(acmeHost, 'GET', `/orgs/${other.org.id}/invitations`, { token }), 404, 'not_found');
    expectAnswer(await at(acmeHost, 'GET', `/affiliate/orgs/${acme.org.id}/programs`, { token }), 200);
    expectAnswer(await at(acmeHost, 'GET', `/affiliate/orgs/${other.org.id}/programs`, { token }), 404, 'not_found');
    // The platform console and recruitment are the platform's: 404, as for anyone not entitled.
    expectAnswer(await at(acmeHost, 'GET', '/platform/users', { token }), 404, 'not_found');
    expectAnswer(await at(acmeHost, 'GET', '/affiliate/recruit', { token }), 404, 'not_found');
    // No new organizations from a portal.
    expectAnswer(await at(acmeHost, 'POST', '/orgs', { token, body: { name: 'Elsewhere' } }), 403, 'forbidden');
    // The same person on the platform's host reaches both.
    const { accessToken: platform } = await logInAt(PLATFORM, email);
    expectAnswer(await at(PLATFORM, 'GET', `/orgs/${other.org.id}`, { token: platform }), 200);
    expectAnswer(await at(PLATFORM, 'GET', `/affiliate/orgs/${other.org.id}/programs`, { token: platform }), 200);
    expectAnswer(await at(PLATFORM, 'GET', '/platform/users', { token: platform }), 200);
  });

  it('lists only the portal’s organization; the account routes still work', async () => {
    const { accessToken: token } = await logInAt(acmeHost, email);
    const orgs = await at(acmeHost, 'GET', '/orgs', { token });
    expectAnswer(orgs, 200);
    expect(JSON.stringify(orgs.body)).toContain(acme.org.id);
    expect(JSON.stringify(orgs.body)).not.toContain(other.org.id);
    const advertisers = await at(acmeHost, 'GET', '/affiliate/orgs', { token });
    expectAnswer(advertisers, 200);
    expect(JSON.stringify(advertisers.body)).toContain(acme.org.id);
    expect(JSON.stringify(advertisers.body)).not.toContain(other.org.id);
    const marketplace = await at(acmeHost, 'GET', '/affiliate/programs', { token });
    expectAnswer(marketplace, 200);
    expect(JSON.stringify(marketplace.body)).not.toContain(other.org.id);
    const me = await at(acmeHost, 'GET', '/me', { token });
    expectAnswer(me, 200);
    expect(me.body.platformRole).toBe('none');
    expect(me.body.memberships.map((m: { organizationId: string }) => m.organizationId)).toEqual([acme.org.id]);
    expect(me.body.affiliateContexts.map((m: { organizationId: string }) => m.organizationId)).toEqual([acme.org.id]);
    expectAnswer(await at(acmeHost, 'GET', '/me/sessions', { token }), 200);
  });

  it.each([
    { label: 'a portal token on the platform host', from: 'acme', to: 'platform' },
    { label: 'a portal token on another portal', from: 'acme', to: 'other' },
    { label: 'a platform token on a portal host', from: 'platform', to: 'acme' },
  ] as const)('refuses $label with 401 session_scope_mismatch', async ({ from, to }) => {
    const host = (which: 'acme' | 'other' | 'platform') =>
      which === 'acme' ? acmeHost : which === 'other' ? otherHost : PLATFORM;
    const { accessToken: token } = await logInAt(host(from), email);
    expectAnswer(await at(host(to), 'GET', '/me', { token }), 401, 'session_scope_mismatch');
    expectAnswer(await at(host(to), 'GET', `/orgs/${acme.org.id}`, { token }), 401, 'session_scope_mismatch');
    expectAnswer(await at(host(from), 'GET', '/me', { token }), 200);
  });

  it('refreshes a portal session only on its host; the refused token stays usable there', async () => {
    const { refreshToken } = await logInAt(acmeHost, email);
    const elsewhere = await at(PLATFORM, 'POST', '/auth/refresh', { body: { refreshToken } });
    expectAnswer(elsewhere, 401, 'session_scope_mismatch');
    expectAnswer(
      await at(otherHost, 'POST', '/auth/refresh', { body: { refreshToken } }),
      401,
      'session_scope_mismatch',
    );
    const home = await at(acmeHost, 'POST', '/auth/refresh', { body: { refreshToken } });
    expectAnswer(home, 200);
    // The successor keeps the scope: its access token works on the portal, not on the platform.
    expectAnswer(await at(acmeHost, 'GET', '/me', { token: home.body.accessToken }), 200);
    expectAnswer(await at(PLATFORM, 'GET', '/me', { token: home.body.accessToken }), 401, 'session_scope_mismatch');
    // And a platform session's refresh token is refused on a portal.
    const platform = await logInAt(PLATFORM, email);
    expectAnswer(
      await at(acmeHost, 'POST', '/auth/refresh', { body: { refreshToken: platform.refreshToken } }),
      401,
      'session_scope_mismatch',
    );
  });

  it('ends a portal’s sessions when its domain stops being an active portal', async () => {
    const host = newHostname();
    await db
      .insert(s.customDomains)
      .values({ organizationId: acme.org.id, hostname: host, purpose: 'portal', status: 'active' });
    const { accessToken: token } = await logInAt(host, email);
    expectAnswer(await at(host, 'GET', '/me', { token }), 200);
    await db.update(s.customDomains).set({ status: 'failed' }).where(eq(s.customDomains.hostname, host));
    expectAnswer(await at(host, 'GET', '/me', { token }), 401, 'session_scope_mismatch');
  });
});

describe('per-user lists on another advertiser’s portal', () => {
  // Other's affiliate works only with Other: a commission, a payout, a postback delivery and
  // notifications there. Signed in on Acme's portal, no list it reads may show any of it.
  let token: string;
  let platformToken: string;
  let otherNotificationId: string;
  let acmeNotificationId: string;
  beforeAll(async () => {
    // A signed-up account lends its password hash, so Other's affiliate can sign in with PASSWORD.
    const { userId } = await signUpVerified();
    const [donor] = await db.select().from(s.users).where(eq(s.users.id, userId));
    await db
      .update(s.users)
      .set({
        email: uniqueEmail('b-only'),
        emailVerified: true,
        hashedPassword: donor!.hashedPassword,
        passwordHashParams: donor!.passwordHashParams,
      })
      .where(eq(s.users.id, other.affiliate.id));
    const [bOnly] = await db.select().from(s.users).where(eq(s.users.id, other.affiliate.id));
    await db.delete(s.users).where(eq(s.users.id, userId));
    const line = await earn(db, other, 10_000);
    await putInPayout(db, other, [{ id: line.id, amountMinor: line.amountMinor }]);
    await earn(db, other, 5_000); // still owed: a deletion blocker there
    const conversionId = line.conversionId!;
    await db.insert(s.postbackDeliveries).values({
      affiliateId: other.affiliate.id,
      organizationId: other.org.id,
      eventType: 'sale',
      eventKey: conversionId,
      conversionId,
      url: 'https://tracker.example.com/pb',
      status: 'retrying',
      attempts: 1,
    });
    const note = (organizationId: string | null, key: string) => ({
      userId: other.affiliate.id,
      organizationId,
      channel: 'in_app' as const,
      event: 'conversion' as const,
      title: 'New commission',
      body: 'You earned 30.00 USD',
      data: { organizationId, commissionId: line.id, conversionId, amountMinor: line.amountMinor },
      status: 'sent' as const,
      dedupeKey: `portal-scope-${key}-${counter++}`,
    });
    const [theirs, ours] = await db
      .insert(s.notifications)
      .values([note(other.org.id, 'other'), note(acme.org.id, 'acme'), note(null, 'account')])
      .returning();
    otherNotificationId = theirs!.id;
    acmeNotificationId = ours!.id;
    token = (await logInAt(acmeHost, bOnly!.email)).accessToken;
    platformToken = (await logInAt(PLATFORM, bOnly!.email)).accessToken;
  });

  // Every list a signed-in user reads outside an organization's path, and what it shows of Other there.
  const LISTS = [
    '/me',
    '/orgs',
    '/me/notifications',
    '/me/notifications?unread=true',
    '/me/deletion',
    '/affiliate/orgs',
    '/affiliate/programs',
    '/affiliate/balances',
    '/affiliate/payouts',
    '/affiliate/payouts/export.csv',
    '/affiliate/postbacks/deliveries',
  ];

  it.each(LISTS)('%s names nothing of the other advertiser on Acme’s portal', async (path) => {
    const answer = await at(acmeHost, 'GET', path, { token });
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
    const text = JSON.stringify(answer.body);
    expect(text).not.toContain(other.org.id);
    expect(text).not.toContain(otherNotificationId);
    expect(text).not.toContain(other.org.name);
  });

  it('shows the same lists in full on the platform’s own host (so the checks above can fail)', async () => {
    for (const path of [
      '/me/notifications',
      '/me/deletion',
      '/affiliate/orgs',
      '/affiliate/balances',
      '/affiliate/payouts',
      '/affiliate/postbacks/deliveries',
    ]) {
      const answer = await at(PLATFORM, 'GET', path, { token: platformToken });
      expectAnswer(answer, 200);
      expect(JSON.stringify(answer.body), path).toContain(other.org.id);
    }
  });

  it('confines the notifications inbox: only the portal’s organization, its unread count, and marking read', async () => {
    const inbox = await at(acmeHost, 'GET', '/me/notifications', { token });
    expectAnswer(inbox, 200);
    expect(inbox.body.items.map((n: { id: string }) => n.id)).toEqual([acmeNotificationId]);
    expect(inbox.body.unreadCount).toBe(1);
    expectAnswer(
      await at(acmeHost, 'POST', `/me/notifications/${otherNotificationId}/read`, { token }),
      404,
      'not_found',
    );
    const [row] = await db.select().from(s.notifications).where(eq(s.notifications.id, otherNotificationId));
    expect(row!.readAt).toBeNull();
    expectAnswer(await at(acmeHost, 'POST', `/me/notifications/${acmeNotificationId}/read`, { token }), 200);
    const platform = await at(PLATFORM, 'GET', '/me/notifications', { token: platformToken });
    const ids = platform.body.items.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining([otherNotificationId, acmeNotificationId]));
    expect(platform.body.unreadCount).toBeGreaterThan(1);
  });

  it('reports a deletion blocker elsewhere without naming it, and refuses to delete from the portal', async () => {
    const check = await at(acmeHost, 'GET', '/me/deletion', { token });
    expectAnswer(check, 200);
    expect(check.body).toMatchObject({
      canDelete: false,
      canForfeit: false,
      blockers: [{ code: 'other_advertisers' }],
    });
    const refused = await at(acmeHost, 'POST', '/me/delete', { token, body: { password: PASSWORD, forfeit: true } });
    expectAnswer(refused, 409, 'other_advertisers');
    expect(JSON.stringify(refused.body)).not.toContain(other.org.id);
    const [still] = await db.select().from(s.users).where(eq(s.users.id, other.affiliate.id));
    expect(still!.deletedAt).toBeNull();
    const platform = await at(PLATFORM, 'GET', '/me/deletion', { token: platformToken });
    expect(platform.body.blockers.map((b: { code: string }) => b.code)).toContain('unpaid_balance');
  });
});

describe('emails under the portal’s brand', () => {
  it('sends a password reset asked on the portal, or later on the platform, in the advertiser’s name', async () => {
    const email = uniqueEmail('reset');
    expectAnswer(
      await at(acmeHost, 'POST', '/auth/signup', { body: { email, password: PASSWORD, accountType: 'affiliate' } }),
      201,
    );
    for (const host of [acmeHost, PLATFORM]) {
      expectAnswer(await at(host, 'POST', '/auth/password-reset', { body: { email } }), 202);
      const reset = (await mailTo(email)).find((m) => m.template === 'password_reset')!;
      expect(reset.fromName).toBe('Acme Partners');
      expect(reset.text).toContain(`https://${acmeHost}/reset-password?token=`);
      expect(`${reset.subject}\n${reset.text}`).not.toContain('Affiliate Edge');
    }
  });

  it('sends team and program invitations of an advertiser with a portal under its brand, linking to it', async () => {
    const teammate = uniqueEmail('mate');
    expectAnswer(
      await at(PLATFORM, 'POST', `/orgs/${acme.org.id}/invitations`, {
        token: acme.owner.headers.authorization!.slice(7),
        body: { email: teammate, role: 'admin' },
      }),
      201,
    );
    const [invitation] = await mailTo(teammate);
    expect(invitation!.fromName).toBe('Acme Partners');
    expect(invitation!.text).toContain(`https://${acmeHost}/invitations/accept?token=`);
    expect(`${invitation!.subject}\n${invitation!.text}`).not.toContain('Affiliate Edge');

    const invitee = uniqueEmail('invitee');
    expectAnswer(
      await at(PLATFORM, 'POST', `/orgs/${acme.org.id}/program-invitations`, {
        token: acme.owner.headers.authorization!.slice(7),
        body: { email: invitee, programId: inviteOnlyProgramId },
      }),
      201,
    );
    const [programInvitation] = await mailTo(invitee);
    expect(programInvitation!.fromName).toBe('Acme Partners');
    expect(`${programInvitation!.subject}\n${programInvitation!.text}`).not.toContain('Affiliate Edge');
  });

  it('joins only the portal’s invite links from a portal session', async () => {
    const [link] = await db
      .insert(s.registrationLinks)
      .values({ organizationId: other.org.id, code: `OTHERLINK${Date.now().toString(36).toUpperCase()}`, label: 'x' })
      .returning();
    const { email } = await signUpVerified();
    const { accessToken: token } = await logInAt(acmeHost, email);
    expectAnswer(await at(acmeHost, 'POST', `/affiliate/join-links/${link!.code}/accept`, { token }), 404, 'not_found');
    const uses = await db
      .select()
      .from(s.registrationLinkUses)
      .where(and(eq(s.registrationLinkUses.linkId, link!.id)));
    expect(uses).toHaveLength(0);
  });

  it('shows only the portal’s invite links there, under its brand; another’s is not found', async () => {
    const code = (tag: string) => `${tag}${Date.now().toString(36).toUpperCase()}${counter++}`;
    const [mine, theirs] = await db
      .insert(s.registrationLinks)
      .values([
        { organizationId: acme.org.id, code: code('ACMELINK'), label: 'acme' },
        { organizationId: other.org.id, code: code('THEIRLINK'), label: 'other' },
      ])
      .returning();
    const own = await at(acmeHost, 'GET', `/join-links/${mine!.code}`);
    expectAnswer(own, 200);
    expect(own.body.organizationName).toBe('Acme Partners');
    expectAnswer(await at(acmeHost, 'GET', `/join-links/${theirs!.code}`), 404, 'not_found');
    // On the platform's host both are shown, under the organizations' own names.
    const platform = await at(PLATFORM, 'GET', `/join-links/${mine!.code}`);
    expectAnswer(platform, 200);
    expect(platform.body.organizationName).toBe('Acme Inc');
    expectAnswer(await at(PLATFORM, 'GET', `/join-links/${theirs!.code}`), 200);
  });
});

describe('the platform’s name on a portal', () => {
  it('names the advertiser by its brand in the affiliate’s contexts, only on its portal', async () => {
    const { email, userId } = await signUpVerified();
    await db.insert(s.enrollments).values({
      programId: acme.program.id,
      affiliateId: userId,
      organizationId: acme.org.id,
      status: 'active',
      refCode: `rb${counter++}${Date.now().toString(36)}`,
    });
    const names = async (host: string) => {
      const { accessToken: token } = await logInAt(host, email);
      const answer = await at(host, 'GET', '/affiliate/orgs', { token });
      expectAnswer(answer, 200);
      // The dashboard's affiliate contexts come from the profile.
      const me = await at(host, 'GET', '/me', { token });
      expect(me.body.affiliateContexts.map((c: { name: string }) => c.name)).toEqual(
        answer.body.items.map((i: { name: string }) => i.name),
      );
      return answer.body.items.map((i: { name: string }) => i.name);
    };
    expect(await names(acmeHost)).toEqual(['Acme Partners']);
    expect(await names(PLATFORM)).toEqual(['Acme Inc']);
  });

  it('lists the authenticator entry under the portal’s brand when 2FA is set up there', async () => {
    const issuerOf = async (host: string) => {
      const { email } = await signUpVerified();
      const { accessToken: token } = await logInAt(host, email);
      const answer = await at(host, 'POST', '/me/2fa/setup', { token });
      expectAnswer(answer, 200);
      return new URL(answer.body.otpauthUrl).searchParams.get('issuer');
    };
    expect(await issuerOf(acmeHost)).toBe('Acme Partners');
    expect(await issuerOf(PLATFORM)).toBe('Affiliate Edge');
  });
});
