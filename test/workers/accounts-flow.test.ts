import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { sha256Hex } from '../../workers/domain/secret-token';
import {
  api,
  bearer,
  codeAt,
  expectStatus,
  logIn,
  mailbox,
  outliveReuseGrace,
  PASSWORD,
  signUp,
  tokenFromMail,
  useDb,
  type Session,
} from '../accounts';
import { createUserSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

/**
 * One affiliate's whole life, in order: each step builds on the previous one, as a user would.
 */
describe('an affiliate from sign-up to logging out everywhere', () => {
  const db = useDb();
  let email = '';
  let userId = '';
  let secret = '';
  let recoveryCodes: string[] = [];
  let session: Session;
  let previousSession: Session;

  it('signs up and gets a verification email, but cannot sign in yet', async () => {
    ({ email, userId } = await signUp());
    const [user] = await db().select().from(s.users).where(eq(s.users.id, userId));
    expect(user).toMatchObject({ email, emailVerified: false, approvedAffiliate: false, platformRole: 'none' });
    expect(user!.hashedPassword).toMatch(/^pbkdf2-sha256\$100000\$/);
    const [mail] = await mailbox(email);
    expect(mail).toMatchObject({
      to: email,
      template: 'verify_email',
      status: 'pending',
      subject: 'Confirm your email address',
    });
    expect(mail!.text).toContain('http://localhost:8787/verify-email?token=');
    // Only the hash of the emailed token is stored.
    const token = await tokenFromMail(email, 'verify_email');
    const stored = await db().select().from(s.authTokens).where(eq(s.authTokens.userId, userId));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);
    expect(await expectStatus(api('POST', '/auth/login', { email, password: PASSWORD }), 403)).toMatchObject({
      error: { code: 'email_not_verified' },
    });
  });

  it('verifies the email with the link; the link works once', async () => {
    const token = await tokenFromMail(email, 'verify_email');
    expect(await expectStatus(api('POST', '/auth/verify-email', { token }), 200)).toEqual({
      email,
      emailVerified: true,
      affiliateContextId: null,
    });
    // A second click says so, apart from an expired link, so the page can send the user on to log in.
    expect(await expectStatus(api('POST', '/auth/verify-email', { token }), 400)).toMatchObject({
      error: { code: 'link_used' },
    });
    const [user] = await db().select().from(s.users).where(eq(s.users.id, userId));
    expect(user!.emailVerified).toBe(true);
    expect(user!.confirmedAt).toBeInstanceOf(Date);
  });

  it('is approved as an affiliate by platform staff', async () => {
    const staff = await createUserSession(db(), { platformRole: 'platform_admin' });
    expect(
      await expectStatus(
        api('POST', `/platform/users/${userId}/approve-affiliate`, undefined, { token: bearer(staff) }),
        200,
      ),
    ).toEqual({ userId, approvedAffiliate: true });
  });

  it('signs in, with the login history recorded', async () => {
    const ip = '203.0.113.9';
    const before = Date.now();
    const body = await expectStatus(
      api('POST', '/auth/login', { email: email.toUpperCase(), password: PASSWORD }, { ip }),
      200,
    );
    expect(body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { id: userId, email, approvedAffiliate: true, platformRole: 'none' },
    });
    session = body as unknown as Session;
    const [user] = await db().select().from(s.users).where(eq(s.users.id, userId));
    expect(user).toMatchObject({ loginsCount: 1, lastIp: ip });
    expect(user!.lastLogin!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const me = await expectStatus(api('GET', '/me', undefined, { token: session.accessToken }), 200);
    expect(me).toMatchObject({
      id: userId,
      email,
      approvedAffiliate: true,
      twoFactorEnabled: false,
      loginsCount: 1,
      lastIp: ip,
      memberships: [],
      affiliateContexts: [],
    });
  });

  it('sets up 2FA: the secret is stored encrypted and inactive until a code proves it', async () => {
    const setup = await expectStatus(api('POST', '/me/2fa/setup', undefined, { token: session.accessToken }), 200);
    secret = setup.secret;
    expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Affiliate%20Edge:.*secret=/);
    const [user] = await db().select().from(s.users).where(eq(s.users.id, userId));
    expect(user!.totpSecret).toMatch(/^v1\./);
    expect(user!.totpSecret).not.toContain(secret);
    expect(user!.totpEnabledAt).toBeNull();
    expect(
      await expectStatus(api('POST', '/me/2fa/enable', { code: '000000' }, { token: session.accessToken }), 400),
    ).toMatchObject({ error: { code: 'bad_request' } });
    const enabled = await expectStatus(
      api('POST', '/me/2fa/enable', { code: codeAt(secret) }, { token: session.accessToken }),
      200,
    );
    recoveryCodes = enabled.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    const stored = await db().select().from(s.totpRecoveryCodes).where(eq(s.totpRecoveryCodes.userId, userId));
    expect(stored).toHaveLength(10);
    for (const row of stored) expect(recoveryCodes.join()).not.toContain(row.codeHash);
    const audit = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'user.2fa_enabled'), eq(s.auditLog.targetId, userId)));
    expect(audit).toHaveLength(1);
  });

  it('now needs the second factor to sign in; a TOTP code works once', async () => {
    const first = await expectStatus(api('POST', '/auth/login', { email, password: PASSWORD }), 200);
    expect(first).toEqual({ twoFactorRequired: true, challengeToken: expect.any(String), expiresIn: 300 });
    expect(first.accessToken).toBeUndefined();
    // The challenge is no access token.
    await expectStatus(api('GET', '/me', undefined, { token: first.challengeToken }), 401);
    const code = codeAt(secret, 1);
    const signedIn = await expectStatus(
      api('POST', '/auth/login/2fa', { challengeToken: first.challengeToken, code }),
      200,
    );
    expect(signedIn).toMatchObject({ tokenType: 'Bearer', user: { id: userId } });
    const again = await expectStatus(api('POST', '/auth/login', { email, password: PASSWORD }), 200);
    expect(
      await expectStatus(api('POST', '/auth/login/2fa', { challengeToken: again.challengeToken, code }), 401),
    ).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('a recovery code works once, in any case and with or without the dash', async () => {
    const code = recoveryCodes[0]!;
    const challenge = async () =>
      (await expectStatus(api('POST', '/auth/login', { email, password: PASSWORD }), 200)).challengeToken as string;
    await expectStatus(
      api('POST', '/auth/login/2fa', {
        challengeToken: await challenge(),
        recoveryCode: code.toUpperCase().replace('-', ''),
      }),
      200,
    );
    await expectStatus(api('POST', '/auth/login/2fa', { challengeToken: await challenge(), recoveryCode: code }), 401);
    const rows = await db().select().from(s.totpRecoveryCodes).where(eq(s.totpRecoveryCodes.userId, userId));
    expect(rows.filter((r) => r.usedAt !== null)).toHaveLength(1);
  });

  it('refuses a forged or foreign challenge', async () => {
    await expectStatus(
      api('POST', '/auth/login/2fa', { challengeToken: session.accessToken, code: codeAt(secret) }),
      401,
    );
    await expectStatus(api('POST', '/auth/login/2fa', { challengeToken: 'not.a.jwt', code: codeAt(secret) }), 401);
  });

  it('rotates refresh tokens: each works once and its successor keeps the session alive', async () => {
    const rotated = await expectStatus(api('POST', '/auth/refresh', { refreshToken: session.refreshToken }), 200);
    expect(rotated).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
      tokenType: 'Bearer',
    });
    expect(rotated.refreshToken).not.toBe(session.refreshToken);
    await expectStatus(api('GET', '/me', undefined, { token: rotated.accessToken }), 200);
    const family = await db().select().from(s.refreshTokens).where(eq(s.refreshTokens.userId, userId));
    const old = family.find((r) => r.revokedReason === 'rotated');
    const successor = family.find((r) => r.id === old?.replacedById);
    expect(successor).toMatchObject({ familyId: old!.familyId, revokedAt: null });
    previousSession = session;
    session = rotated as unknown as Session;
  });

  it('detects reuse of a rotated token and ends the whole session', async () => {
    const stolen = previousSession;
    await outliveReuseGrace(db(), stolen.refreshToken);
    expect(await expectStatus(api('POST', '/auth/refresh', { refreshToken: stolen.refreshToken }), 401)).toMatchObject({
      error: { code: 'unauthorized' },
    });
    // The current refresh token of the family died with it, and so did its access token.
    await expectStatus(api('POST', '/auth/refresh', { refreshToken: session.refreshToken }), 401);
    await expectStatus(api('GET', '/me', undefined, { token: session.accessToken }), 401);
    const revoked = await db()
      .select()
      .from(s.refreshTokens)
      .where(and(eq(s.refreshTokens.userId, userId), eq(s.refreshTokens.revokedReason, 'reuse_detected')));
    expect(revoked.length).toBeGreaterThanOrEqual(1);
    const audit = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'session.reuse_detected'), eq(s.auditLog.targetId, userId)));
    expect(audit).toHaveLength(1);
  });

  it('answers a token rotated moments ago like its live successor (a browser that lost the answer)', async () => {
    const [first, second] = [await signInWith2fa(), await signInWith2fa()];
    const rotated = await expectStatus(api('POST', '/auth/refresh', { refreshToken: first.refreshToken }), 200);
    // The same token again within the grace: a fresh successor, and the one answered before is rotated too.
    const again = await expectStatus(api('POST', '/auth/refresh', { refreshToken: first.refreshToken }), 200);
    expect(again.refreshToken).not.toBe(rotated.refreshToken);
    await expectStatus(api('GET', '/me', undefined, { token: again.accessToken }), 200);
    const [lost] = await db()
      .select()
      .from(s.refreshTokens)
      .where(eq(s.refreshTokens.tokenHash, await sha256Hex(rotated.refreshToken)));
    expect(lost).toMatchObject({ revokedReason: 'rotated' });
    // Past the grace, the answer nobody kept is a replay like any other: the family ends; other sessions live.
    await outliveReuseGrace(db(), rotated.refreshToken);
    await expectStatus(api('POST', '/auth/refresh', { refreshToken: rotated.refreshToken }), 401);
    await expectStatus(api('GET', '/me', undefined, { token: again.accessToken }), 401);
    await expectStatus(api('GET', '/me', undefined, { token: second.accessToken }), 200);
  });

  it('lists live sessions and logs out of one', async () => {
    const a = await signInWith2fa();
    const b = await signInWith2fa();
    const listed = await expectStatus(
      api('GET', '/me/sessions', undefined, { token: a.accessToken, headers: { 'user-agent': 'test-agent' } }),
      200,
    );
    expect(listed.sessions.length).toBeGreaterThanOrEqual(2);
    expect(listed.sessions.filter((x: { current: boolean }) => x.current)).toHaveLength(1);
    expect(await expectStatus(api('POST', '/me/logout', undefined, { token: a.accessToken }), 200)).toEqual({
      sessionsEnded: 1,
    });
    await expectStatus(api('GET', '/me', undefined, { token: a.accessToken }), 401);
    await expectStatus(api('GET', '/me', undefined, { token: b.accessToken }), 200);
  });

  it('logs out everywhere: every access token is refused at once', async () => {
    const sessions = [await signInWith2fa(), await signInWith2fa(), await signInWith2fa()];
    for (const x of sessions) await expectStatus(api('GET', '/me', undefined, { token: x.accessToken }), 200);
    const out = await expectStatus(api('POST', '/me/logout-all', undefined, { token: sessions[0]!.accessToken }), 200);
    expect(out.sessionsEnded).toBeGreaterThanOrEqual(3);
    for (const x of sessions) {
      await expectStatus(api('GET', '/me', undefined, { token: x.accessToken }), 401);
      await expectStatus(api('POST', '/auth/refresh', { refreshToken: x.refreshToken }), 401);
    }
  });

  it('turns 2FA off with the password and a code', async () => {
    const x = await signInWith2fa();
    await forgetTotpUse();
    expect(
      await expectStatus(
        api('POST', '/me/2fa/disable', { password: 'wrong password', code: codeAt(secret) }, { token: x.accessToken }),
        400,
      ),
    ).toMatchObject({ error: { details: [{ path: 'password' }] } });
    await expectStatus(
      api('POST', '/me/2fa/disable', { password: PASSWORD, code: codeAt(secret) }, { token: x.accessToken }),
      204,
    );
    expect(await db().select().from(s.totpRecoveryCodes).where(eq(s.totpRecoveryCodes.userId, userId))).toHaveLength(0);
    expect((await logIn(email)).accessToken).toBeTruthy();
  });

  async function signInWith2fa(): Promise<Session> {
    await forgetTotpUse();
    const { challengeToken } = await expectStatus(api('POST', '/auth/login', { email, password: PASSWORD }), 200);
    return expectStatus<Session>(api('POST', '/auth/login/2fa', { challengeToken, code: codeAt(secret) }), 200);
  }

  /** Stands in for 30 seconds passing: each step's code is accepted once, and the tests are faster than that. */
  async function forgetTotpUse() {
    await db().update(s.users).set({ totpLastUsedStep: null }).where(eq(s.users.id, userId));
  }
});
