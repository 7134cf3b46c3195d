import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import {
  api,
  bearer,
  expectStatus,
  logIn,
  mailbox,
  PASSWORD,
  signUpVerified,
  tokenFromMail,
  uniqueEmail,
  useDb,
} from '../accounts';
import { createUserSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

const db = useDb();

/** An advertiser signed up through the API: its owner, signed in, and the organization. */
async function advertiser() {
  const owner = await signUpVerified({ accountType: 'advertiser', organizationName: 'Acme Software' });
  const session = await logIn(owner.email);
  return { ...owner, orgId: owner.organizationId!, token: session.accessToken };
}

async function invite(orgId: string, token: string, email: string, role: 'owner' | 'admin' | 'finance') {
  return expectStatus(api('POST', `/orgs/${orgId}/invitations`, { email, role }, { token }), 201);
}

describe('advertiser sign-up', () => {
  it('creates the organization on the Starter plan with the user as owner, audited', async () => {
    const a = await advertiser();
    const [org] = await db().select().from(s.organizations).where(eq(s.organizations.id, a.orgId));
    const [plan] = await db().select().from(s.plans).where(eq(s.plans.id, org!.planId));
    expect(org!.name).toBe('Acme Software');
    expect(org!.slug).toMatch(/^acme-software-[0-9a-f]{6}$/);
    expect(plan!.code).toBe('starter');
    const me = await expectStatus(api('GET', '/me', undefined, { token: a.token }), 200);
    expect(me.memberships).toEqual([{ organizationId: a.orgId, name: 'Acme Software', role: 'owner' }]);
    const audit = await db().select().from(s.auditLog).where(eq(s.auditLog.organizationId, a.orgId));
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'organization.created',
          actorId: a.userId,
          after: expect.objectContaining({ plan: 'starter', owner: a.userId }),
        }),
      ]),
    );
  });

  it('requires an organization name', async () => {
    expect(
      await expectStatus(
        api('POST', '/auth/signup', { email: uniqueEmail(), password: PASSWORD, accountType: 'advertiser' }),
        400,
      ),
    ).toMatchObject({
      error: { code: 'validation_failed', details: [{ path: 'organizationName' }] },
    });
  });
});

describe('invitations', () => {
  it('a new person accepts, creating a verified account, and joins with the invited role', async () => {
    const a = await advertiser();
    const email = uniqueEmail('newbie');
    const invitation = await invite(a.orgId, a.token, email.toUpperCase(), 'finance');
    expect(invitation).toMatchObject({ email, role: 'finance', expired: false, invitedById: a.userId });
    const [mail] = await mailbox(email);
    expect(mail!.text).toContain(`http://localhost:8787/invitations/accept?token=`);
    const token = await tokenFromMail(email, 'invitation');
    // No account yet: a password is needed.
    expect(await expectStatus(api('POST', '/auth/invitations/accept', { token }), 400)).toMatchObject({
      error: { details: [{ path: 'password' }] },
    });
    const accepted = await expectStatus(
      api('POST', '/auth/invitations/accept', { token, password: 'newbie password 1', firstName: 'Nina' }),
      200,
    );
    expect(accepted).toMatchObject({ organizationId: a.orgId, role: 'finance', accountCreated: true });
    const session = await logIn(email, 'newbie password 1');
    const me = await expectStatus(api('GET', '/me', undefined, { token: session.accessToken }), 200);
    expect(me).toMatchObject({
      firstName: 'Nina',
      emailVerified: true,
      memberships: [{ organizationId: a.orgId, role: 'finance' }],
    });
    // Used once.
    await expectStatus(api('POST', '/auth/invitations/accept', { token, password: 'newbie password 1' }), 400);
    const [row] = await db().select().from(s.invitations).where(eq(s.invitations.id, invitation.id));
    expect(row!.acceptedAt).toBeInstanceOf(Date);
    expect(row!.tokenHash).not.toBe(token);
  });

  it('an existing user joins without touching the password', async () => {
    const a = await advertiser();
    const existing = await signUpVerified();
    await invite(a.orgId, a.token, existing.email, 'admin');
    const token = await tokenFromMail(existing.email, 'invitation');
    const accepted = await expectStatus(
      api('POST', '/auth/invitations/accept', { token, password: 'attempted takeover' }),
      200,
    );
    expect(accepted).toMatchObject({ userId: existing.userId, role: 'admin', accountCreated: false });
    await expectStatus(api('POST', '/auth/login', { email: existing.email, password: 'attempted takeover' }), 401);
    await logIn(existing.email);
    const members = await expectStatus(api('GET', `/orgs/${a.orgId}/members`, undefined, { token: a.token }), 200);
    expect(members.members.map((m: { userId: string; role: string }) => [m.userId, m.role])).toEqual([
      [a.userId, 'owner'],
      [existing.userId, 'admin'],
    ]);
    const audit = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.organizationId, a.orgId), eq(s.auditLog.action, 'member.joined')));
    expect(audit).toMatchObject([{ actorId: existing.userId, after: { role: 'admin', userId: existing.userId } }]);
  });

  it('lists open invitations, replaces a repeated one, and revokes', async () => {
    const a = await advertiser();
    const email = uniqueEmail('twice');
    const first = await invite(a.orgId, a.token, email, 'finance');
    const firstToken = await tokenFromMail(email, 'invitation');
    const second = await invite(a.orgId, a.token, email, 'admin');
    const listed = await expectStatus(api('GET', `/orgs/${a.orgId}/invitations`, undefined, { token: a.token }), 200);
    expect(listed.invitations.map((i: { id: string }) => i.id)).toEqual([second.id]);
    await expectStatus(
      api('POST', '/auth/invitations/accept', { token: firstToken, password: 'some password 1' }),
      400,
    );
    await expectStatus(api('DELETE', `/orgs/${a.orgId}/invitations/${second.id}`, undefined, { token: a.token }), 204);
    await expectStatus(api('DELETE', `/orgs/${a.orgId}/invitations/${second.id}`, undefined, { token: a.token }), 404);
    const token = await tokenFromMail(email, 'invitation');
    await expectStatus(api('POST', '/auth/invitations/accept', { token, password: 'some password 1' }), 400);
    expect(
      (await expectStatus(api('GET', `/orgs/${a.orgId}/invitations`, undefined, { token: a.token }), 200)).invitations,
    ).toEqual([]);
    const actions = (await db().select().from(s.auditLog).where(eq(s.auditLog.organizationId, a.orgId))).map(
      (r) => r.action,
    );
    expect(actions.filter((x) => x === 'invitation.created')).toHaveLength(2);
    expect(actions).toContain('invitation.revoked');
    expect(first.id).not.toBe(second.id);
  });

  it('refuses inviting an existing member, and an admin inviting an owner', async () => {
    const a = await advertiser();
    const adminUser = await signUpVerified();
    await invite(a.orgId, a.token, adminUser.email, 'admin');
    await expectStatus(
      api('POST', '/auth/invitations/accept', { token: await tokenFromMail(adminUser.email, 'invitation') }),
      200,
    );
    expect(
      await expectStatus(
        api('POST', `/orgs/${a.orgId}/invitations`, { email: adminUser.email, role: 'finance' }, { token: a.token }),
        409,
      ),
    ).toMatchObject({ error: { code: 'conflict' } });
    const adminSession = await logIn(adminUser.email);
    await expectStatus(
      api(
        'POST',
        `/orgs/${a.orgId}/invitations`,
        { email: uniqueEmail(), role: 'owner' },
        { token: adminSession.accessToken },
      ),
      403,
    );
    await expectStatus(
      api(
        'POST',
        `/orgs/${a.orgId}/invitations`,
        { email: uniqueEmail(), role: 'finance' },
        { token: adminSession.accessToken },
      ),
      201,
    );
  });
});

describe('team roles', () => {
  async function withMember(role: 'owner' | 'admin' | 'finance') {
    const a = await advertiser();
    const member = await signUpVerified();
    await invite(a.orgId, a.token, member.email, role);
    await expectStatus(
      api('POST', '/auth/invitations/accept', { token: await tokenFromMail(member.email, 'invitation') }),
      200,
    );
    return { a, member, memberToken: (await logIn(member.email)).accessToken };
  }

  it('never demotes or removes the last owner', async () => {
    const a = await advertiser();
    expect(
      await expectStatus(
        api('PATCH', `/orgs/${a.orgId}/members/${a.userId}`, { role: 'admin' }, { token: a.token }),
        409,
      ),
    ).toMatchObject({ error: { code: 'conflict' } });
    await expectStatus(api('DELETE', `/orgs/${a.orgId}/members/${a.userId}`, undefined, { token: a.token }), 409);
    const [membership] = await db().select().from(s.memberships).where(eq(s.memberships.organizationId, a.orgId));
    expect(membership!.role).toBe('owner');
  });

  it('with a second owner, the first may step down; audited with before and after', async () => {
    const { a, member } = await withMember('owner');
    expect(
      await expectStatus(
        api('PATCH', `/orgs/${a.orgId}/members/${a.userId}`, { role: 'admin' }, { token: a.token }),
        200,
      ),
    ).toEqual({ userId: a.userId, role: 'admin' });
    const [audit] = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.organizationId, a.orgId), eq(s.auditLog.action, 'member.role_changed')));
    expect(audit).toMatchObject({
      actorId: a.userId,
      actorRole: 'owner',
      targetType: 'membership',
      before: { role: 'owner' },
      after: { role: 'admin' },
    });
    // Now the other owner is the last one.
    await expectStatus(
      api('DELETE', `/orgs/${a.orgId}/members/${member.userId}`, undefined, {
        token: (await logIn(member.email)).accessToken,
      }),
      409,
    );
  });

  it('admins manage admins and finance but not owners; finance manages no one', async () => {
    const { a, member, memberToken } = await withMember('admin');
    await expectStatus(
      api('PATCH', `/orgs/${a.orgId}/members/${a.userId}`, { role: 'finance' }, { token: memberToken }),
      403,
    );
    await expectStatus(api('DELETE', `/orgs/${a.orgId}/members/${a.userId}`, undefined, { token: memberToken }), 403);
    await expectStatus(
      api('PATCH', `/orgs/${a.orgId}/members/${member.userId}`, { role: 'owner' }, { token: memberToken }),
      403,
    );
    await expectStatus(
      api('PATCH', `/orgs/${a.orgId}/members/${member.userId}`, { role: 'finance' }, { token: memberToken }),
      200,
    );
    // Now finance: may read the team, not change it.
    await expectStatus(api('GET', `/orgs/${a.orgId}/members`, undefined, { token: memberToken }), 200);
    await expectStatus(api('GET', `/orgs/${a.orgId}/invitations`, undefined, { token: memberToken }), 403);
    await expectStatus(api('DELETE', `/orgs/${a.orgId}/members/${a.userId}`, undefined, { token: memberToken }), 403);
  });

  it('the owner removes a member, whose access to the tenant ends at once', async () => {
    const { a, member, memberToken } = await withMember('finance');
    await expectStatus(api('GET', `/orgs/${a.orgId}/members`, undefined, { token: memberToken }), 200);
    await expectStatus(api('DELETE', `/orgs/${a.orgId}/members/${member.userId}`, undefined, { token: a.token }), 204);
    await expectStatus(api('GET', `/orgs/${a.orgId}/members`, undefined, { token: memberToken }), 404);
    const [audit] = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.organizationId, a.orgId), eq(s.auditLog.action, 'member.removed')));
    expect(audit).toMatchObject({ actorId: a.userId, before: { userId: member.userId, role: 'finance' } });
  });

  it('another tenant sees not_found, never the team', async () => {
    const a = await advertiser();
    const b = await advertiser();
    const someone = await createUserSession(db());
    await expectStatus(api('GET', `/orgs/${a.orgId}/members`, undefined, { token: b.token }), 404);
    await expectStatus(
      api('PATCH', `/orgs/${a.orgId}/members/${a.userId}`, { role: 'admin' }, { token: b.token }),
      404,
    );
    await expectStatus(
      api('POST', `/orgs/${a.orgId}/invitations`, { email: uniqueEmail(), role: 'admin' }, { token: bearer(someone) }),
      404,
    );
    await expectStatus(api('GET', `/orgs/${a.orgId}/members`), 401);
    // A member id of another organization is not_found in this one.
    await expectStatus(api('DELETE', `/orgs/${b.orgId}/members/${a.userId}`, undefined, { token: b.token }), 404);
  });

  it('platform support reads the team but cannot change it', async () => {
    const a = await advertiser();
    const support = await createUserSession(db(), { platformRole: 'support' });
    await expectStatus(api('GET', `/orgs/${a.orgId}/members`, undefined, { token: bearer(support) }), 200);
    await expectStatus(
      api('POST', `/orgs/${a.orgId}/invitations`, { email: uniqueEmail(), role: 'admin' }, { token: bearer(support) }),
      403,
    );
  });
});
