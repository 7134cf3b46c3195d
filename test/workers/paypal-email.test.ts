import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { api, bearer, expectStatus, mailbox, uniqueEmail, useDb } from '../accounts';
import { putInPayout } from '../finance';
import { createUserSession, signInAs } from '../sessions';
import { createTenant } from '../tenant';
import { useTestDatabase } from '../worker-env';

useTestDatabase();
const db = useDb();

/** The token of the newest PayPal verification email to `to`, as its owner would open it. */
async function paypalToken(to: string): Promise<string> {
  const email = (await mailbox(to)).find((e) => e.template === 'verify_paypal_email');
  expect(email, `no PayPal verification email to ${to}`).toBeDefined();
  expect(email!.text).toContain('/verify-paypal-email?token=');
  return decodeURIComponent(/[?&]token=([^\s&]+)/.exec(email!.text)![1]!);
}

const putPaypal = (token: string, email: unknown) => api('PUT', '/me/paypal-email', { email }, { token });
const verify = (token: string) => api('POST', '/auth/paypal-email/verify', { token });
const me = (token: string) => expectStatus(api('GET', '/me', undefined, { token }), 200);

async function affiliate() {
  const session = await createUserSession(db(), { approvedAffiliate: true });
  return { ...session, token: bearer(session) };
}

describe('PUT /me/paypal-email and POST /auth/paypal-email/verify', () => {
  it('stores the address lower-cased and unverified, mails it a link, and verifies it once', async () => {
    const user = await affiliate();
    const address = uniqueEmail('paypal');
    const profile = await expectStatus(putPaypal(user.token, address.toUpperCase()), 200);
    expect(profile).toMatchObject({ paypalEmail: address, paypalEmailVerified: false, paypalEmailVerifiedAt: null });
    expect(await me(user.token)).toMatchObject({ paypalEmail: address, paypalEmailVerified: false });

    const token = await paypalToken(address);
    const [stored] = await db()
      .select()
      .from(s.authTokens)
      .where(and(eq(s.authTokens.userId, user.userId), eq(s.authTokens.context, 'paypal_email_verify')));
    expect(stored).toMatchObject({ sentTo: address, usedAt: null });
    expect(stored!.tokenHash).not.toContain(token);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(24 * 3_600_000);

    const verified = await expectStatus(verify(token), 200);
    expect(verified).toMatchObject({ paypalEmail: address, paypalEmailVerified: true });
    const after = await me(user.token);
    expect(after).toMatchObject({
      paypalEmail: address,
      paypalEmailVerified: true,
      paypalEmailVerifiedAt: verified.paypalEmailVerifiedAt,
    });

    const again = await expectStatus(verify(token), 400);
    expect(again.error.code).toBe('link_used');

    const audit = await db().select().from(s.auditLog).where(eq(s.auditLog.targetId, user.userId));
    expect(audit.map((a) => a.action).sort()).toEqual(['user.paypal_email_changed', 'user.paypal_email_verified']);
    expect(audit.find((a) => a.action === 'user.paypal_email_changed')).toMatchObject({
      actorId: user.userId,
      before: { paypalEmail: null },
      after: { paypalEmail: address },
    });
  });

  it('a change clears the verification; a link for the old address is then a conflict', async () => {
    const user = await affiliate();
    const first = uniqueEmail('first');
    const typo = uniqueEmail('typo');
    const second = uniqueEmail('second');
    await expectStatus(putPaypal(user.token, first), 200);
    await expectStatus(verify(await paypalToken(first)), 200);
    expect(await expectStatus(putPaypal(user.token, typo), 200)).toMatchObject({
      paypalEmail: typo,
      paypalEmailVerified: false,
      paypalEmailVerifiedAt: null,
    });
    await expectStatus(putPaypal(user.token, second), 200);
    expect(await mailbox(first)).toHaveLength(1);

    // The link mailed to the typo is unused and unexpired, but the account has moved on.
    expect((await expectStatus(verify(await paypalToken(typo)), 409)).error.code).toBe('conflict');
    expect(await me(user.token)).toMatchObject({ paypalEmail: second, paypalEmailVerified: false });

    await expectStatus(verify(await paypalToken(second)), 200);
    expect(await me(user.token)).toMatchObject({ paypalEmail: second, paypalEmailVerified: true });
  });

  it('the same address again: a fresh link while unverified, nothing once verified', async () => {
    const user = await affiliate();
    const address = uniqueEmail('same');
    await expectStatus(putPaypal(user.token, address), 200);
    await expectStatus(putPaypal(user.token, address), 200);
    expect((await mailbox(address)).filter((e) => e.template === 'verify_paypal_email')).toHaveLength(2);
    await expectStatus(verify(await paypalToken(address)), 200);
    expect(await expectStatus(putPaypal(user.token, address), 200)).toMatchObject({ paypalEmailVerified: true });
    expect(await mailbox(address)).toHaveLength(2);
  });

  it('leaves an open payout item paying the address it was proposed with', async () => {
    const tenant = await createTenant(db());
    const session = await signInAs(db(), tenant.affiliate.id);
    const line = (
      await db()
        .insert(s.commissions)
        .values({
          conversionId: (
            await db()
              .insert(s.conversions)
              .values({
                organizationId: tenant.org.id,
                appId: tenant.app.id,
                eventId: uniqueEmail('evt'),
                eventType: 'lead',
                occurredAt: new Date(),
              })
              .returning()
          )[0]!.id,
          organizationId: tenant.org.id,
          programId: tenant.program.id,
          beneficiaryId: tenant.affiliate.id,
          amountMinor: 500,
          currency: 'USD',
          status: 'approved',
          holdUntil: new Date(),
        })
        .returning()
    )[0]!;
    const { item } = await putInPayout(db(), tenant, [line]);
    await expectStatus(putPaypal(bearer(session), uniqueEmail('new-payouts')), 200);
    const [after] = await db().select().from(s.payoutItems).where(eq(s.payoutItems.id, item.id));
    expect(after).toMatchObject({ receiverEmail: 'payouts@example.com', status: 'pending' });
  });

  it('PATCH /me with a new paypalEmail takes the same path: unverified, link mailed', async () => {
    const user = await affiliate();
    const address = uniqueEmail('patched');
    await expectStatus(putPaypal(user.token, address), 200);
    await expectStatus(verify(await paypalToken(address)), 200);
    const other = uniqueEmail('patched-new');
    expect(await expectStatus(api('PATCH', '/me', { paypalEmail: other }, { token: user.token }), 200)).toMatchObject({
      paypalEmail: other,
      paypalEmailVerified: false,
    });
    await expectStatus(verify(await paypalToken(other)), 200);
    expect(
      await expectStatus(api('PATCH', '/me', { firstName: 'Ada', paypalEmail: other }, { token: user.token }), 200),
    ).toMatchObject({ paypalEmailVerified: true });
    expect(await expectStatus(api('PATCH', '/me', { paypalEmail: null }, { token: user.token }), 200)).toMatchObject({
      paypalEmail: null,
      paypalEmailVerified: false,
    });
  });

  it('limits verification emails per user (429 with Retry-After)', async () => {
    const user = await affiliate();
    for (let i = 0; i < 3; i++) await expectStatus(putPaypal(user.token, uniqueEmail('limit')), 200);
    const res = await putPaypal(user.token, uniqueEmail('limit'));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await res.json()) as object).toMatchObject({ error: { code: 'rate_limited' } });
  });

  it('refuses an expired token', async () => {
    const user = await affiliate();
    const address = uniqueEmail('expired');
    await expectStatus(putPaypal(user.token, address), 200);
    await db()
      .update(s.authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(s.authTokens.userId, user.userId));
    expect((await expectStatus(verify(await paypalToken(address)), 400)).error.code).toBe('link_expired');
    expect(await me(user.token)).toMatchObject({ paypalEmailVerified: false });
  });

  it.each([
    ['not an email', { email: 'paypal' }, 'validation_failed'],
    ['no email', {}, 'validation_failed'],
    ['an unknown field', { email: 'a@example.com', verified: true }, 'validation_failed'],
  ])('refuses %s with 400', async (_label, body, code) => {
    const user = await affiliate();
    const out = await expectStatus(api('PUT', '/me/paypal-email', body, { token: user.token }), 400);
    expect(out.error.code).toBe(code);
  });

  it('needs a session to set, and a well-formed token to verify', async () => {
    expect((await expectStatus(api('PUT', '/me/paypal-email', { email: 'a@example.com' }), 401)).error.code).toBe(
      'unauthorized',
    );
    expect((await expectStatus(verify('short'), 400)).error.code).toBe('validation_failed');
    expect((await expectStatus(verify('x'.repeat(43)), 400)).error.code).toBe('bad_request');
  });
});
