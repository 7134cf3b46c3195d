import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { hashPassword, PASSWORD_ITERATIONS } from '../../workers/domain/password';
import {
  api,
  expectStatus,
  logIn,
  mailbox,
  PASSWORD,
  signUp,
  signUpVerified,
  tokenFromMail,
  uniqueEmail,
  useDb,
} from '../accounts';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

const db = useDb();
const NEW_PASSWORD = 'a much better passphrase';

describe('password reset', () => {
  it('answers 202 alike for known and unknown emails, and mails only the known one', async () => {
    const { email } = await signUpVerified();
    const unknown = uniqueEmail('nobody');
    const known = await expectStatus(api('POST', '/auth/password-reset', { email }), 202);
    const missing = await expectStatus(api('POST', '/auth/password-reset', { email: unknown }), 202);
    expect(known).toEqual(missing);
    expect((await mailbox(email)).filter((m) => m.template === 'password_reset')).toHaveLength(1);
    expect(await mailbox(unknown)).toHaveLength(0);
  });

  it('sets the new password once, ends every session, and stores only hashed tokens', async () => {
    const { email, userId } = await signUpVerified();
    const sessions = [await logIn(email), await logIn(email)];
    await expectStatus(api('POST', '/auth/password-reset', { email }), 202);
    const token = await tokenFromMail(email, 'password_reset');
    const [row] = await db()
      .select()
      .from(s.authTokens)
      .where(and(eq(s.authTokens.userId, userId), eq(s.authTokens.context, 'password_reset')));
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(3600_000);

    await expectStatus(api('POST', '/auth/password-reset/confirm', { token, newPassword: NEW_PASSWORD }), 204);
    expect(
      await expectStatus(
        api('POST', '/auth/password-reset/confirm', { token, newPassword: 'yet another password' }),
        400,
      ),
    ).toMatchObject({ error: { code: 'bad_request' } });

    for (const x of sessions) {
      await expectStatus(api('GET', '/me', undefined, { token: x.accessToken }), 401);
      await expectStatus(api('POST', '/auth/refresh', { refreshToken: x.refreshToken }), 401);
    }
    await expectStatus(api('POST', '/auth/login', { email, password: PASSWORD }), 401);
    await logIn(email, NEW_PASSWORD);
    const [user] = await db().select().from(s.users).where(eq(s.users.id, userId));
    expect(user!.lastPasswordReset).toBeInstanceOf(Date);
    const audit = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'user.password_reset'), eq(s.auditLog.targetId, userId)));
    expect(audit).toMatchObject([{ actorId: userId, after: { sessionsRevoked: 2 } }]);
  });

  it('refuses an expired token', async () => {
    const { email, userId } = await signUpVerified();
    await expectStatus(api('POST', '/auth/password-reset', { email }), 202);
    const token = await tokenFromMail(email, 'password_reset');
    await db()
      .update(s.authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(and(eq(s.authTokens.userId, userId), eq(s.authTokens.context, 'password_reset')));
    await expectStatus(api('POST', '/auth/password-reset/confirm', { token, newPassword: NEW_PASSWORD }), 400);
    await logIn(email);
  });

  it('a newer reset link does not revive an older one after use', async () => {
    const { email } = await signUpVerified();
    await expectStatus(api('POST', '/auth/password-reset', { email }), 202);
    const first = await tokenFromMail(email, 'password_reset');
    await expectStatus(api('POST', '/auth/password-reset', { email }), 202);
    const second = await tokenFromMail(email, 'password_reset');
    expect(second).not.toBe(first);
    await expectStatus(api('POST', '/auth/password-reset/confirm', { token: second, newPassword: NEW_PASSWORD }), 204);
    await expectStatus(
      api('POST', '/auth/password-reset/confirm', { token: first, newPassword: 'an attacker password' }),
      400,
    );
  });

  it('refuses a made-up token and a weak new password', async () => {
    await expectStatus(
      api('POST', '/auth/password-reset/confirm', { token: 'x'.repeat(43), newPassword: NEW_PASSWORD }),
      400,
    );
    expect(
      await expectStatus(
        api('POST', '/auth/password-reset/confirm', { token: 'x'.repeat(43), newPassword: 'short' }),
        400,
      ),
    ).toMatchObject({
      error: { code: 'validation_failed', details: [{ path: 'newPassword' }] },
    });
  });
});

describe('password hashing', () => {
  it('rehashes on login when the stored hash used other parameters', async () => {
    const { email, userId } = await signUpVerified();
    const weak = await hashPassword(PASSWORD, 1_000);
    await db()
      .update(s.users)
      .set({ hashedPassword: weak, passwordHashParams: 'pbkdf2-sha256$1000' })
      .where(eq(s.users.id, userId));
    await logIn(email);
    const [user] = await db().select().from(s.users).where(eq(s.users.id, userId));
    expect(user!.hashedPassword).not.toBe(weak);
    expect(user!.hashedPassword).toMatch(new RegExp(`^pbkdf2-sha256\\$${PASSWORD_ITERATIONS}\\$`));
    expect(user!.passwordHashParams).toBe(`pbkdf2-sha256$${PASSWORD_ITERATIONS}`);
    await logIn(email);
  });

  it('leaves a current hash alone', async () => {
    const { email, userId } = await signUpVerified();
    const [before] = await db().select().from(s.users).where(eq(s.users.id, userId));
    await logIn(email);
    const [after] = await db().select().from(s.users).where(eq(s.users.id, userId));
    expect(after!.hashedPassword).toBe(before!.hashedPassword);
  });
});

describe('login history and wrong credentials', () => {
  it('counts logins and keeps the last IP', async () => {
    const { email, userId } = await signUpVerified();
    await logIn(email, PASSWORD, '198.51.100.1');
    await logIn(email, PASSWORD, '2001:db8::7');
    const [user] = await db().select().from(s.users).where(eq(s.users.id, userId));
    expect(user).toMatchObject({ loginsCount: 2, lastIp: '2001:db8::7' });
  });

  it('answers the same 401 for a wrong password and an unknown email', async () => {
    const { email } = await signUpVerified();
    const wrong = await expectStatus(api('POST', '/auth/login', { email, password: 'not the password' }), 401);
    const unknown = await expectStatus(
      api('POST', '/auth/login', { email: uniqueEmail('ghost'), password: 'not the password' }),
      401,
    );
    expect(wrong.error.message).toBe(unknown.error.message);
  });

  it('ignores a forged client address instead of failing', async () => {
    const { email, userId } = await signUpVerified();
    await logIn(email, PASSWORD, "1.2.3.4'; drop table users; --");
    const [user] = await db().select().from(s.users).where(eq(s.users.id, userId));
    expect(user!.lastIp).toBeNull();
  });
});

describe('changing the password while signed in', () => {
  it('needs the current password, keeps this session and ends the others', async () => {
    const { email, userId } = await signUpVerified();
    const here = await logIn(email);
    const elsewhere = await logIn(email);
    expect(
      await expectStatus(
        api(
          'POST',
          '/me/password',
          { currentPassword: 'wrong one!', newPassword: NEW_PASSWORD },
          { token: here.accessToken },
        ),
        400,
      ),
    ).toMatchObject({
      error: { details: [{ path: 'currentPassword' }] },
    });
    await expectStatus(
      api(
        'POST',
        '/me/password',
        { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
        { token: here.accessToken },
      ),
      204,
    );
    await expectStatus(api('GET', '/me', undefined, { token: here.accessToken }), 200);
    await expectStatus(api('GET', '/me', undefined, { token: elsewhere.accessToken }), 401);
    await logIn(email, NEW_PASSWORD);
    const audit = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'user.password_changed'), eq(s.auditLog.targetId, userId)));
    expect(audit).toHaveLength(1);
  });

  it('sets a first password without the current one only for an account that has none (Google or GitHub sign-up)', async () => {
    const { email, userId } = await signUpVerified();
    const here = await logIn(email);
    const change = (body: object) => api('POST', '/me/password', body, { token: here.accessToken });
    // With a password, leaving the current one out is refused like a wrong one.
    expect(await expectStatus(change({ newPassword: NEW_PASSWORD }), 400)).toMatchObject({
      error: { details: [{ path: 'currentPassword' }] },
    });
    // As a provider sign-up leaves it: no password at all.
    await db().update(s.users).set({ hashedPassword: null, passwordHashParams: null }).where(eq(s.users.id, userId));
    const methods = await expectStatus(api('GET', '/me/identities', undefined, { token: here.accessToken }), 200);
    expect(methods.hasPassword).toBe(false);
    await expectStatus(change({ newPassword: NEW_PASSWORD }), 204);
    await logIn(email, NEW_PASSWORD);
    // Now it has one, so the next change needs it again.
    await expectStatus(change({ newPassword: 'yet another passphrase' }), 400);
    const [audit] = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.action, 'user.password_changed'), eq(s.auditLog.targetId, userId)));
    expect(audit!.after).toMatchObject({ firstPassword: true });
  });
});

describe('email verification', () => {
  it('resends a link only to an unverified account, answering alike for every address', async () => {
    const { email: unverified } = await signUp({ locale: 'ru' });
    const { email: verified } = await signUpVerified();
    const unknown = uniqueEmail('nobody');
    const answers = [];
    for (const email of [unverified, verified, unknown])
      answers.push(await expectStatus(api('POST', '/auth/verify-email/resend', { email }), 202));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    const mails = (await mailbox(unverified)).filter((m) => m.template === 'verify_email');
    expect(mails).toHaveLength(2);
    expect(mails[0]!.subject).toBe('Подтвердите адрес электронной почты');
    expect((await mailbox(verified)).filter((m) => m.template === 'verify_email')).toHaveLength(1);
    expect(await mailbox(unknown)).toHaveLength(0);
    // Either link works (once).
    await expectStatus(
      api('POST', '/auth/verify-email', { token: await tokenFromMail(unverified, 'verify_email') }),
      200,
    );
    await logIn(unverified);
  });

  it('refuses an expired link', async () => {
    const { email, userId } = await signUp();
    await db()
      .update(s.authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(s.authTokens.userId, userId));
    const refused = await expectStatus(
      api('POST', '/auth/verify-email', { token: await tokenFromMail(email, 'verify_email') }),
      400,
    );
    expect(refused.error.code).toBe('link_expired');
    await expectStatus(api('POST', '/auth/login', { email, password: PASSWORD }), 403);
  });
});
