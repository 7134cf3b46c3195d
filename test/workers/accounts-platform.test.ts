import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { api, bearer, expectStatus, logIn, signUpVerified, uniqueEmail, useDb } from '../accounts';
import { createUserSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

const db = useDb();

describe('platform user administration', () => {
  it('approves an affiliate once, audited with actor, action, target, before/after and ip', async () => {
    const affiliate = await signUpVerified();
    const admin = await createUserSession(db(), { platformRole: 'platform_admin' });
    const ip = '198.51.100.23';
    const headers = { 'user-agent': 'admin-console/1.0' };
    await expectStatus(
      api('POST', `/platform/users/${affiliate.userId}/approve-affiliate`, undefined, {
        token: bearer(admin),
        ip,
        headers,
      }),
      200,
    );
    await expectStatus(
      api('POST', `/platform/users/${affiliate.userId}/approve-affiliate`, undefined, { token: bearer(admin), ip }),
      200,
    );
    const [user] = await db().select().from(s.users).where(eq(s.users.id, affiliate.userId));
    expect(user!.approvedAffiliate).toBe(true);
    const audit = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'user.affiliate_approved'), eq(s.auditLog.targetId, affiliate.userId)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: admin.userId,
      actorRole: 'platform_admin',
      targetType: 'user',
      ip,
      userAgent: 'admin-console/1.0',
      before: { approvedAffiliate: false },
      after: { approvedAffiliate: true },
      organizationId: null,
    });
    expect(audit[0]!.requestId).toBeTruthy();
  });

  it('bans: sessions end at once, sign-in is refused; unban lets the user sign in again', async () => {
    const victim = await signUpVerified();
    const session = await logIn(victim.email);
    const admin = await createUserSession(db(), { platformRole: 'platform_owner' });
    const ip = '203.0.113.50';
    expect(
      await expectStatus(
        api('POST', `/platform/users/${victim.userId}/ban`, { reason: 'fraud' }, { token: bearer(admin), ip }),
        200,
      ),
    ).toEqual({ userId: victim.userId, banned: true });
    await expectStatus(api('GET', '/me', undefined, { token: session.accessToken }), 401);
    await expectStatus(api('POST', '/auth/refresh', { refreshToken: session.refreshToken }), 401);
    expect(
      await expectStatus(api('POST', '/auth/login', { email: victim.email, password: victim.password }), 403),
    ).toMatchObject({ error: { code: 'forbidden' } });
    const tokens = await db().select().from(s.refreshTokens).where(eq(s.refreshTokens.userId, victim.userId));
    expect(tokens.every((t) => t.revokedAt !== null)).toBe(true);
    expect(tokens.some((t) => t.revokedReason === 'admin')).toBe(true);
    const [banAudit] = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'user.banned'), eq(s.auditLog.targetId, victim.userId)));
    expect(banAudit).toMatchObject({
      actorId: admin.userId,
      actorRole: 'platform_owner',
      targetType: 'user',
      ip,
      before: { banned: false },
      after: { banned: true, reason: 'fraud', sessionsRevoked: 1 },
    });

    // No body at all is fine too (the reason is optional), and unban restores sign-in.
    expect(
      await expectStatus(
        api('POST', `/platform/users/${victim.userId}/unban`, undefined, { token: bearer(admin) }),
        200,
      ),
    ).toEqual({ userId: victim.userId, banned: false });
    await logIn(victim.email);
    const [unbanAudit] = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'user.unbanned'), eq(s.auditLog.targetId, victim.userId)));
    expect(unbanAudit).toMatchObject({ actorId: admin.userId, before: { banned: true }, after: { banned: false } });
  });

  it('bans without a body; refuses banning yourself, and an admin banning staff', async () => {
    const owner = await createUserSession(db(), { platformRole: 'platform_owner' });
    const admin = await createUserSession(db(), { platformRole: 'platform_admin' });
    const plain = await createUserSession(db());
    await expectStatus(api('POST', `/platform/users/${plain.userId}/ban`, undefined, { token: bearer(admin) }), 200);
    await expectStatus(api('POST', `/platform/users/${admin.userId}/ban`, undefined, { token: bearer(admin) }), 409);
    await expectStatus(api('POST', `/platform/users/${owner.userId}/ban`, undefined, { token: bearer(admin) }), 403);
    await expectStatus(
      api('POST', `/platform/users/00000000-0000-7000-8000-000000000000/ban`, undefined, { token: bearer(owner) }),
      404,
    );
  });

  it('only platform staff reach it; support only reads', async () => {
    const target = await createUserSession(db());
    const plain = await createUserSession(db());
    const support = await createUserSession(db(), { platformRole: 'support' });
    await expectStatus(api('GET', '/platform/users'), 401);
    await expectStatus(api('GET', '/platform/users', undefined, { token: bearer(plain) }), 404);
    await expectStatus(
      api('POST', `/platform/users/${target.userId}/approve-affiliate`, undefined, { token: bearer(plain) }),
      404,
    );
    await expectStatus(api('GET', '/platform/users', undefined, { token: bearer(support) }), 200);
    await expectStatus(
      api('POST', `/platform/users/${target.userId}/approve-affiliate`, undefined, { token: bearer(support) }),
      403,
    );
    await expectStatus(api('POST', `/platform/users/${target.userId}/ban`, undefined, { token: bearer(support) }), 403);
  });

  it('lists users with filters and keyset pagination', async () => {
    const tag = `pager${Date.now().toString(36)}`;
    const emails = [uniqueEmail(`${tag}-a`), uniqueEmail(`${tag}-b`), uniqueEmail(`${tag}-c`)];
    const rows = await db()
      .insert(s.users)
      .values(emails.map((email) => ({ email, approvedAffiliate: email.includes('-b-') })))
      .returning();
    // Newest first is id order (UUIDv7); ids minted in one millisecond sort by their random bits.
    const newestFirst = rows.sort((x, y) => (x.id < y.id ? 1 : -1)).map((u) => u.email);
    const admin = await createUserSession(db(), { platformRole: 'platform_admin' });
    const token = bearer(admin);
    const page1 = await expectStatus(
      api('GET', `/platform/users?q=${tag.toUpperCase()}&limit=2`, undefined, { token }),
      200,
    );
    expect(page1.items.map((u: { email: string }) => u.email)).toEqual(newestFirst.slice(0, 2));
    expect(page1.nextCursor).toBe(page1.items[1].id);
    const page2 = await expectStatus(
      api('GET', `/platform/users?q=${tag}&limit=2&cursor=${page1.nextCursor}`, undefined, { token }),
      200,
    );
    expect(page2).toMatchObject({ items: [{ email: newestFirst[2] }], nextCursor: null });
    const approved = await expectStatus(
      api('GET', `/platform/users?q=${tag}&approvedAffiliate=true`, undefined, { token }),
      200,
    );
    expect(approved.items.map((u: { email: string }) => u.email)).toEqual([emails[1]]);
    const pending = await expectStatus(
      api('GET', `/platform/users?q=${tag}&approvedAffiliate=false`, undefined, { token }),
      200,
    );
    expect(pending.items).toHaveLength(2);
    // LIKE wildcards in q are literal.
    expect((await expectStatus(api('GET', `/platform/users?q=%25`, undefined, { token }), 200)).items).toEqual([]);
    await expectStatus(api('GET', '/platform/users?limit=0', undefined, { token }), 400);
    await expectStatus(api('GET', '/platform/users?approvedAffiliate=yes', undefined, { token }), 400);
    await expectStatus(api('GET', '/platform/users?cursor=nope', undefined, { token }), 400);
    await expectStatus(api('GET', '/platform/users?sort=email', undefined, { token }), 400);
  });
});
