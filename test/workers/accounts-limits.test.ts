import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { api, codeAt, expectStatus, logIn, PASSWORD, randomIp, signUpVerified, uniqueEmail, useDb } from '../accounts';
import { useTestDatabase } from '../worker-env';
import { freshRateLimitWindow } from '../rate-limit-window';

useTestDatabase();

const db = useDb();

/** Pretends the recorded attempts happened `minutes` ago. */
async function age(bucket: s.RateLimitBucket, key: string, minutes: number) {
  await db()
    .update(s.rateLimitHits)
    .set({ createdAt: sql`${s.rateLimitHits.createdAt} - make_interval(mins => ${minutes})` })
    .where(and(eq(s.rateLimitHits.bucket, bucket), eq(s.rateLimitHits.key, key)));
}

describe('per-account login lockout (5 failures in 15 minutes)', () => {
  it('locks the account after five wrong passwords from anywhere, even for the right one, until the window passes', async () => {
    const { email } = await signUpVerified();
    for (let i = 0; i < 5; i++) await expectStatus(api('POST', '/auth/login', { email, password: `wrong ${i}` }), 401);
    const locked = await api('POST', '/auth/login', { email, password: PASSWORD });
    expect(await expectStatus(locked, 429)).toMatchObject({
      error: { code: 'rate_limited', details: { retryAfterSeconds: expect.any(Number) } },
    });
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(890);
    expect(retryAfter).toBeLessThanOrEqual(900);
    // Refused attempts are not counted, so hammering does not extend the lock.
    await expectStatus(api('POST', '/auth/login', { email, password: 'wrong again' }), 429);
    const hits = await db()
      .select()
      .from(s.rateLimitHits)
      .where(and(eq(s.rateLimitHits.bucket, 'login_failure'), eq(s.rateLimitHits.key, email)));
    expect(hits).toHaveLength(5);

    await age('login_failure', email, 16);
    await logIn(email);
    expect(
      await db()
        .select()
        .from(s.rateLimitHits)
        .where(and(eq(s.rateLimitHits.bucket, 'login_failure'), eq(s.rateLimitHits.key, email))),
    ).toHaveLength(0);
  });

  it('forgives failures once the right password is given', async () => {
    const { email } = await signUpVerified();
    for (let i = 0; i < 4; i++) await expectStatus(api('POST', '/auth/login', { email, password: `wrong ${i}` }), 401);
    await logIn(email);
    for (let i = 0; i < 4; i++) await expectStatus(api('POST', '/auth/login', { email, password: `wrong ${i}` }), 401);
    await logIn(email);
  });

  it('locks unknown emails the same way, so the lock reveals nothing', async () => {
    const email = uniqueEmail('ghost');
    for (let i = 0; i < 5; i++) await expectStatus(api('POST', '/auth/login', { email, password: 'guess' }), 401);
    await expectStatus(api('POST', '/auth/login', { email, password: 'guess' }), 429);
  });
});

describe('per-IP limit (AUTH_LIMITER, 20 a minute)', () => {
  it('answers 429 with Retry-After once one address goes over', async () => {
    await freshRateLimitWindow();
    const ip = randomIp();
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 22; i++) {
      last = await api('POST', '/auth/login', { email: uniqueEmail('spray'), password: 'guess' }, { ip });
      statuses.push(last.status);
      await last.body?.cancel();
    }
    expect(statuses.slice(0, 20).every((x) => x === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect(last!.headers.get('retry-after')).toBe('60');
    // Another address is not affected.
    await expectStatus(
      api('POST', '/auth/login', { email: uniqueEmail('spray'), password: 'guess' }, { ip: randomIp() }),
      401,
    );
  });
});

describe('password reset requests (3 per email per hour)', () => {
  it.each([
    ['a registered email', true],
    ['an unknown email', false],
  ])('limits %s alike', async (_label, registered) => {
    const email = registered ? (await signUpVerified()).email : uniqueEmail('nobody');
    for (let i = 0; i < 3; i++) await expectStatus(api('POST', '/auth/password-reset', { email }), 202);
    const res = await api('POST', '/auth/password-reset', { email });
    await expectStatus(res, 429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(3500);
  });
});

describe('2FA attempts (5 wrong codes in 15 minutes per user)', () => {
  it('locks the second step, even for a right code, and the settings share the count', async () => {
    const { email, userId } = await signUpVerified();
    const session = await logIn(email);
    const { secret } = await expectStatus(api('POST', '/me/2fa/setup', undefined, { token: session.accessToken }), 200);
    await expectStatus(api('POST', '/me/2fa/enable', { code: codeAt(secret) }, { token: session.accessToken }), 200);
    const { challengeToken } = await expectStatus(api('POST', '/auth/login', { email, password: PASSWORD }), 200);
    const wrong = codeAt(secret, 10);
    for (let i = 0; i < 5; i++)
      await expectStatus(api('POST', '/auth/login/2fa', { challengeToken, code: wrong }), 401);
    const res = await api('POST', '/auth/login/2fa', { challengeToken, code: codeAt(secret, 1) });
    await expectStatus(res, 429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(800);
    await expectStatus(
      api('POST', '/me/2fa/recovery-codes', { code: codeAt(secret, 1) }, { token: session.accessToken }),
      429,
    );

    await age('two_factor_failure', userId, 16);
    await expectStatus(api('POST', '/auth/login/2fa', { challengeToken, code: codeAt(secret, 1) }), 200);
  });
});

describe('sign-up attempts (5 per email per hour)', () => {
  it('limits repeated sign-ups for one email', async () => {
    const email = uniqueEmail('again');
    await expectStatus(api('POST', '/auth/signup', { email, password: PASSWORD, accountType: 'affiliate' }), 201);
    for (let i = 0; i < 4; i++)
      await expectStatus(api('POST', '/auth/signup', { email, password: PASSWORD, accountType: 'affiliate' }), 409);
    await expectStatus(api('POST', '/auth/signup', { email, password: PASSWORD, accountType: 'affiliate' }), 429);
  });
});
