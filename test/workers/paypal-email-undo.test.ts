import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { api, bearer, expectStatus, mailbox, uniqueEmail, useDb } from '../accounts';
import { createUserSession } from '../sessions';
import { useTestDatabase } from '../worker-env';

useTestDatabase();
const db = useDb();

const putPaypal = (token: string, email: string | null) => api('PUT', '/me/paypal-email', { email }, { token });
const verify = (token: string) => api('POST', '/auth/paypal-email/verify', { token });
const undo = (token: string) => api('POST', '/auth/paypal-email/undo', { token });
const me = (token: string) => expectStatus(api('GET', '/me', undefined, { token }), 200);

function linkToken(text: string, path: string): string {
  const match = new RegExp(`/${path}\\?token=([^\\s&]+)`).exec(text);
  expect(match, `no /${path} link in:\n${text}`).not.toBeNull();
  return decodeURIComponent(match![1]!);
}

/** The undo links of the change notices mailed to the account's own address, newest first. */
async function undoTokens(to: string): Promise<string[]> {
  const notices = (await mailbox(to)).filter((e) => e.template === 'paypal_email_changed');
  return notices.map((n) => linkToken(n.text, 'undo-paypal-email'));
}

async function confirmedAffiliate() {
  const session = await createUserSession(db(), { approvedAffiliate: true });
  const user = { ...session, token: bearer(session) };
  const own = uniqueEmail('own-paypal');
  await expectStatus(putPaypal(user.token, own), 200);
  const mail = (await mailbox(own)).find((e) => e.template === 'verify_paypal_email');
  await expectStatus(verify(linkToken(mail!.text, 'verify-paypal-email')), 200);
  return { ...user, own };
}

describe('POST /auth/paypal-email/undo', () => {
  it('puts the confirmed address back, once, audits it and mails the account', async () => {
    const user = await confirmedAffiliate();
    const attacker = uniqueEmail('attacker');
    await expectStatus(putPaypal(user.token, attacker), 200);
    const [token] = await undoTokens(user.email);
    const notice = (await mailbox(user.email)).find((e) => e.template === 'paypal_email_changed')!;
    expect(notice.text).toContain(`this puts ${user.own} back`);

    const [stored] = await db()
      .select()
      .from(s.authTokens)
      .where(and(eq(s.authTokens.userId, user.userId), eq(s.authTokens.context, 'paypal_email_undo')))
      .orderBy(desc(s.authTokens.createdAt));
    expect(stored).toMatchObject({ restores: user.own, sentTo: user.email, usedAt: null });
    expect(stored!.tokenHash).not.toContain(token!);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(7 * 24 * 3_600_000);

    expect(await expectStatus(undo(token!), 200)).toEqual({ paypalEmail: user.own });
    expect(await me(user.token)).toMatchObject({ paypalEmail: user.own, paypalEmailVerified: true });
    expect((await expectStatus(undo(token!), 400)).error.code).toBe('link_used');

    // The attacker's address can no longer be confirmed with the link mailed to it.
    const attackerMail = (await mailbox(attacker)).find((e) => e.template === 'verify_paypal_email')!;
    expect(await expectStatus(verify(linkToken(attackerMail.text, 'verify-paypal-email')), 400)).toMatchObject({
      error: { code: 'link_used' },
    });
    expect(await me(user.token)).toMatchObject({ paypalEmail: user.own, paypalEmailVerified: true });

    const [audit] = await db()
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.targetId, user.userId), eq(s.auditLog.action, 'user.paypal_email_restored')));
    expect(audit).toMatchObject({
      actorId: user.userId,
      before: { paypalEmail: attacker, paypalEmailVerifiedAt: null },
      after: { paypalEmail: user.own },
    });
    const restored = (await mailbox(user.email)).find((e) => e.template === 'paypal_email_restored');
    expect(restored?.text).toContain(user.own);
  });

  it('removes the new address when none was confirmed before', async () => {
    const session = await createUserSession(db(), { approvedAffiliate: true });
    const token = bearer(session);
    await expectStatus(putPaypal(token, uniqueEmail('first')), 200);
    const [undoToken] = await undoTokens(session.email);
    expect((await mailbox(session.email))[0]!.text).toContain('this removes the new address');
    expect(await expectStatus(undo(undoToken!), 200)).toEqual({ paypalEmail: null });
    expect(await me(token)).toMatchObject({ paypalEmail: null, paypalEmailVerified: false });
    expect((await mailbox(session.email)).find((e) => e.template === 'paypal_email_restored')?.text).toContain(
      'no PayPal address is set',
    );
  });

  it('two changes in a row: the newest notice puts the last confirmed address back; older links are spent', async () => {
    const user = await confirmedAffiliate();
    await expectStatus(putPaypal(user.token, uniqueEmail('second')), 200);
    await expectStatus(putPaypal(user.token, uniqueEmail('third')), 200);
    const [newest, older] = await undoTokens(user.email);
    expect((await expectStatus(undo(older!), 400)).error.code).toBe('link_used');
    expect((await mailbox(user.email))[0]!.text).toContain(`this puts ${user.own} back`);
    expect(await expectStatus(undo(newest!), 200)).toEqual({ paypalEmail: user.own });
    expect(await me(user.token)).toMatchObject({ paypalEmail: user.own, paypalEmailVerified: true });
  });

  it('refuses an expired link and leaves the address as it is', async () => {
    const user = await confirmedAffiliate();
    const next = uniqueEmail('next');
    await expectStatus(putPaypal(user.token, next), 200);
    const [token] = await undoTokens(user.email);
    await db()
      .update(s.authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(and(eq(s.authTokens.userId, user.userId), eq(s.authTokens.context, 'paypal_email_undo')));
    expect((await expectStatus(undo(token!), 400)).error.code).toBe('link_expired');
    expect(await me(user.token)).toMatchObject({ paypalEmail: next, paypalEmailVerified: false });
  });

  it("one account's link never touches another account", async () => {
    const anna = await confirmedAffiliate();
    const bob = await confirmedAffiliate();
    await expectStatus(putPaypal(anna.token, uniqueEmail('anna-new')), 200);
    const bobNext = uniqueEmail('bob-new');
    await expectStatus(putPaypal(bob.token, bobNext), 200);
    const [annaToken] = await undoTokens(anna.email);
    await expectStatus(undo(annaToken!), 200);
    expect(await me(anna.token)).toMatchObject({ paypalEmail: anna.own });
    expect(await me(bob.token)).toMatchObject({ paypalEmail: bobNext, paypalEmailVerified: false });
    const [bobOpen] = await db()
      .select({ usedAt: s.authTokens.usedAt })
      .from(s.authTokens)
      .where(and(eq(s.authTokens.userId, bob.userId), eq(s.authTokens.context, 'paypal_email_undo')))
      .orderBy(desc(s.authTokens.createdAt));
    expect(bobOpen!.usedAt).toBeNull();
  });

  it.each([
    ['a short token', { token: 'short' }, 'validation_failed'],
    ['no token', {}, 'validation_failed'],
    ['an unknown field', { token: 'x'.repeat(43), paypalEmail: 'a@example.com' }, 'validation_failed'],
    ['an unknown token', { token: 'x'.repeat(43) }, 'bad_request'],
  ])('refuses %s with 400', async (_label, body, code) => {
    expect((await expectStatus(api('POST', '/auth/paypal-email/undo', body), 400)).error.code).toBe(code);
  });
});
