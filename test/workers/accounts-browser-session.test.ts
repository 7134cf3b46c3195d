import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { sha256Hex } from '../../workers/domain/secret-token';
import { REFRESH_TOKEN_TTL_SECONDS } from '../../workers/domain/token-lifetimes';
import {
  api,
  codeAt,
  expectStatus,
  logIn,
  outliveReuseGrace,
  PASSWORD,
  signUp,
  signUpVerified,
  tokenFromMail,
  useDb,
} from '../accounts';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

useTestDatabase();

// The browser form of a session: the refresh token travels only in the ae_refresh cookie.

const COOKIE_MODE = { 'x-refresh-transport': 'cookie' };
/** What a same-origin fetch from the dashboard sends (test/accounts.ts calls https://app.test). */
const SAME_ORIGIN = { ...COOKIE_MODE, origin: 'https://app.test', 'sec-fetch-site': 'same-origin' };

interface Cookie {
  value: string;
  attributes: string[];
}

/** The ae_refresh Set-Cookie of a response, split into its value and attributes. */
function refreshCookie(res: Response): Cookie | undefined {
  const header = res.headers.getSetCookie().find((c) => c.startsWith('ae_refresh='));
  if (!header) return undefined;
  const [pair, ...attributes] = header.split(/;\s*/);
  return { value: pair!.slice('ae_refresh='.length), attributes };
}

const refreshWithCookie = (value: string | undefined, headers: Record<string, string> = SAME_ORIGIN) =>
  api(
    'POST',
    '/auth/refresh',
    {},
    { headers: value === undefined ? headers : { ...headers, cookie: `ae_refresh=${value}` } },
  );

describe('browser sessions: the refresh token as an HttpOnly cookie', () => {
  const db = useDb();
  let email = '';

  beforeAll(async () => {
    ({ email } = await signUpVerified());
  });

  async function cookieLogIn(): Promise<{ accessToken: string; cookie: Cookie }> {
    const res = await api('POST', '/auth/login', { email, password: PASSWORD }, { headers: SAME_ORIGIN });
    const cookie = refreshCookie(res);
    const body = await expectStatus(res, 200);
    expect(cookie).toBeDefined();
    return { accessToken: body.accessToken, cookie: cookie! };
  }

  const tokenRow = async (token: string) =>
    (
      await db()
        .select()
        .from(s.refreshTokens)
        .where(eq(s.refreshTokens.tokenHash, await sha256Hex(token)))
    )[0]!;

  it('keeps the JSON form for API clients: tokens in the body, no cookie', async () => {
    const login = await api('POST', '/auth/login', { email, password: PASSWORD });
    expect(login.headers.get('set-cookie')).toBeNull();
    const session = await expectStatus(login, 200);
    expect(Object.keys(session).sort()).toEqual(['accessToken', 'expiresIn', 'refreshToken', 'tokenType', 'user']);
    const refreshed = await api('POST', '/auth/refresh', { refreshToken: session.refreshToken });
    expect(refreshed.headers.get('set-cookie')).toBeNull();
    expect(Object.keys(await expectStatus(refreshed, 200)).sort()).toEqual([
      'accessToken',
      'expiresIn',
      'refreshToken',
      'tokenType',
    ]);
    expect(await expectStatus(api('POST', '/auth/refresh', {}), 400)).toMatchObject({
      error: { code: 'validation_failed', details: [{ path: 'refreshToken' }] },
    });
  });

  it('sets the cookie with every attribute on a cookie-mode login, and leaves the token out of the body', async () => {
    const res = await api('POST', '/auth/login', { email, password: PASSWORD }, { headers: COOKIE_MODE });
    const cookie = refreshCookie(res);
    const body = await expectStatus(res, 200);
    expect(body).not.toHaveProperty('refreshToken');
    expect(body).toMatchObject({ accessToken: expect.any(String), tokenType: 'Bearer', user: { email } });
    expect(cookie!.value).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(cookie!.attributes.sort()).toEqual(
      [
        `Max-Age=${REFRESH_TOKEN_TTL_SECONDS}`,
        'Path=/api/auth/refresh',
        'HttpOnly',
        'Secure',
        'SameSite=Strict',
      ].sort(),
    );
    expect((await tokenRow(cookie!.value)).revokedAt).toBeNull();
  });

  it('refreshes from the cookie alone, rotating it; replaying a spent cookie ends the session', async () => {
    const { cookie } = await cookieLogIn();
    const res = await refreshWithCookie(cookie.value);
    const next = refreshCookie(res);
    const body = await expectStatus(res, 200);
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'expiresIn', 'tokenType']);
    expect(next!.value).not.toBe(cookie.value);
    expect(next!.attributes).toContain('Path=/api/auth/refresh');
    expect(await tokenRow(cookie.value)).toMatchObject({ revokedReason: 'rotated' });
    await expectStatus(api('GET', '/me', undefined, { token: body.accessToken }), 200);

    await outliveReuseGrace(db(), cookie.value);
    const replay = await refreshWithCookie(cookie.value);
    expect(refreshCookie(replay)?.attributes).toContain('Max-Age=0');
    expect(await expectStatus(replay, 401)).toMatchObject({ error: { code: 'unauthorized' } });
    expect(await tokenRow(next!.value)).toMatchObject({ revokedReason: 'reuse_detected' });
    await expectStatus(refreshWithCookie(next!.value), 401);
    await expectStatus(api('GET', '/me', undefined, { token: body.accessToken }), 401);
  });

  it('works with no body at all, as a bare fetch sends it', async () => {
    const { cookie } = await cookieLogIn();
    const res = await workerFetch('https://app.test/api/auth/refresh', {
      method: 'POST',
      headers: { ...SAME_ORIGIN, cookie: `ae_refresh=${cookie.value}` },
    });
    expect(refreshCookie(res)?.value).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    await expectStatus(res, 200);
  });

  it('answers 401 refresh_cookie_missing without the cookie', async () => {
    expect(await expectStatus(refreshWithCookie(undefined), 401)).toMatchObject({
      error: { code: 'refresh_cookie_missing' },
    });
  });

  describe("POST /auth/refresh/resume, the page load's question", () => {
    const resume = (value: string | undefined, headers: Record<string, string> = SAME_ORIGIN) =>
      workerFetch('https://app.test/api/auth/refresh/resume', {
        method: 'POST',
        headers: value === undefined ? headers : { ...headers, cookie: `ae_refresh=${value}` },
      });

    it('answers a signed-out visitor 200 with a null token, not a 401', async () => {
      expect(await expectStatus(resume(undefined), 200)).toEqual({ accessToken: null });
    });

    it('resumes a live session: a new access token and the rotated cookie', async () => {
      const { cookie } = await cookieLogIn();
      const res = await resume(cookie.value);
      const successor = refreshCookie(res);
      const body = await expectStatus(res, 200);
      expect(body.accessToken).toEqual(expect.any(String));
      expect(successor?.value).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      expect(successor?.value).not.toBe(cookie.value);
      expect(await tokenRow(cookie.value)).toMatchObject({ revokedReason: 'rotated' });
    });

    it('treats a dead cookie as signed out and clears it', async () => {
      const res = await resume('x'.repeat(43));
      expect(refreshCookie(res)?.attributes).toContain('Max-Age=0');
      expect(await expectStatus(res, 200)).toEqual({ accessToken: null });
    });

    it('refuses another origin (403 csrf_rejected) and requires the cookie transport (400)', async () => {
      const { cookie } = await cookieLogIn();
      expect(
        await expectStatus(resume(cookie.value, { ...COOKIE_MODE, origin: 'https://evil.example' }), 403),
      ).toMatchObject({ error: { code: 'csrf_rejected' } });
      expect((await tokenRow(cookie.value)).revokedAt).toBeNull();
      await expectStatus(resume(undefined, { origin: 'https://app.test' }), 400);
    });
  });

  it('refuses a token in the body in cookie mode', async () => {
    const { cookie } = await cookieLogIn();
    await expectStatus(
      api(
        'POST',
        '/auth/refresh',
        { refreshToken: cookie.value },
        { headers: { ...SAME_ORIGIN, cookie: `ae_refresh=${cookie.value}` } },
      ),
      400,
    );
    expect((await tokenRow(cookie.value)).revokedAt).toBeNull();
  });

  it.each([
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['Origin: null', { origin: 'null' }],
    ['the same host over another scheme', { origin: 'http://app.test' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
    [
      'a same-origin Origin but Sec-Fetch-Site: cross-site',
      { origin: 'https://app.test', 'sec-fetch-site': 'cross-site' },
    ],
  ])('answers 403 csrf_rejected to %s and leaves the token unspent', async (_label, headers) => {
    const { cookie } = await cookieLogIn();
    expect(await expectStatus(refreshWithCookie(cookie.value, { ...COOKIE_MODE, ...headers }), 403)).toMatchObject({
      error: { code: 'csrf_rejected' },
    });
    expect((await tokenRow(cookie.value)).revokedAt).toBeNull();
    await expectStatus(refreshWithCookie(cookie.value), 200);
  });

  it('refuses a cookie-mode login from another origin before checking the password', async () => {
    const res = api(
      'POST',
      '/auth/login',
      { email, password: PASSWORD },
      { headers: { ...COOKIE_MODE, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } },
    );
    expect(await expectStatus(res, 403)).toMatchObject({ error: { code: 'csrf_rejected' } });
  });

  it('rejects an unknown transport', async () => {
    await expectStatus(
      api('POST', '/auth/login', { email, password: PASSWORD }, { headers: { 'x-refresh-transport': 'body' } }),
      400,
    );
  });

  it.each(['/me/logout', '/me/logout-all'])('%s clears the cookie, and its token no longer refreshes', async (path) => {
    const { accessToken, cookie } = await cookieLogIn();
    const res = await api('POST', path, undefined, { token: accessToken });
    expect(refreshCookie(res)).toEqual({
      value: '',
      attributes: expect.arrayContaining([
        'Max-Age=0',
        'Path=/api/auth/refresh',
        'HttpOnly',
        'Secure',
        'SameSite=Strict',
      ]),
    });
    await expectStatus(res, 200);
    await expectStatus(refreshWithCookie(cookie.value), 401);
  });

  it('finishes a 2FA sign-in in cookie mode too', async () => {
    const { email: twoFactorEmail } = await signUpVerified();
    const session = await logIn(twoFactorEmail);
    const { secret } = await expectStatus(api('POST', '/me/2fa/setup', undefined, { token: session.accessToken }), 200);
    await expectStatus(api('POST', '/me/2fa/enable', { code: codeAt(secret) }, { token: session.accessToken }), 200);
    const { challengeToken } = await expectStatus(
      api('POST', '/auth/login', { email: twoFactorEmail, password: PASSWORD }, { headers: SAME_ORIGIN }),
      200,
    );
    const res = await api(
      'POST',
      '/auth/login/2fa',
      { challengeToken, code: codeAt(secret, 1) },
      { headers: SAME_ORIGIN },
    );
    const cookie = refreshCookie(res);
    const body = await expectStatus(res, 200);
    expect(body).not.toHaveProperty('refreshToken');
    expect(cookie!.attributes).toContain('HttpOnly');
    await expectStatus(refreshWithCookie(cookie!.value), 200);
  });

  it('documents both forms in the OpenAPI document', async () => {
    const doc = (await (await workerFetch('https://app.test/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; responses: any }>>;
      components: { schemas: Record<string, any> };
    };
    for (const name of ['BrowserSession', 'BrowserSessionTokens', 'RefreshResult'])
      expect(doc.components.schemas).toHaveProperty(name);
    expect(doc.components.schemas.BrowserSessionTokens.properties).not.toHaveProperty('refreshToken');
    const refresh = doc.paths['/api/auth/refresh']!.post!;
    expect(refresh.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ in: 'header', name: 'x-refresh-transport' }),
        expect.objectContaining({ in: 'cookie', name: 'ae_refresh' }),
      ]),
    );
    expect(refresh.responses).toHaveProperty('403');
    expect(refresh.responses['200'].headers).toHaveProperty('Set-Cookie');
    expect(doc.paths['/api/auth/login']!.post!.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ in: 'header', name: 'x-refresh-transport' })]),
    );
    expect(doc.paths['/api/me/logout']!.post!.responses['200'].headers).toHaveProperty('Set-Cookie');
  });
});

describe('the email confirmation link signs in, as a password would', () => {
  const db = useDb();
  const verify = (token: string, headers: Record<string, string> = SAME_ORIGIN) =>
    api('POST', '/auth/verify-email', { token }, { headers });

  it('the dashboard (cookie transport) is signed in: access token in the body, refresh token only as the cookie', async () => {
    const { email, userId } = await signUp();
    const token = await tokenFromMail(email, 'verify_email');
    const res = await verify(token);
    const cookie = refreshCookie(res);
    const body = await expectStatus(res, 200);
    expect(body).toMatchObject({ email, emailVerified: true, session: { tokenType: 'Bearer', user: { id: userId } } });
    expect(Object.keys(body.session).sort()).toEqual(['accessToken', 'expiresIn', 'tokenType', 'user']);
    expect(cookie?.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'Secure', 'SameSite=Strict']));
    expect((await expectStatus(api('GET', '/me', undefined, { token: body.session.accessToken }), 200)).id).toBe(
      userId,
    );
    // The cookie is a live session of its own, rotated like any other.
    expect(refreshCookie(await refreshWithCookie(cookie!.value))).toBeDefined();
    const [user] = await db().select().from(s.users).where(eq(s.users.id, userId));
    expect(user).toMatchObject({ emailVerified: true, loginsCount: 1 });
  });

  it('the link signs in once: a second use gets no session', async () => {
    const { email } = await signUp();
    const token = await tokenFromMail(email, 'verify_email');
    await expectStatus(verify(token), 200);
    const again = await verify(token);
    expect(refreshCookie(again)).toBeUndefined();
    expect(await expectStatus(again, 400)).toMatchObject({ error: { code: 'link_used' } });
  });

  it('API clients (no cookie transport) and accounts with 2FA confirm without a session', async () => {
    const plain = await signUp();
    const res = await verify(await tokenFromMail(plain.email, 'verify_email'), {});
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await expectStatus(res, 200)).not.toHaveProperty('session');

    const guarded = await signUp();
    await db().update(s.users).set({ totpEnabledAt: new Date() }).where(eq(s.users.id, guarded.userId));
    const second = await verify(await tokenFromMail(guarded.email, 'verify_email'));
    expect(refreshCookie(second)).toBeUndefined();
    expect(await expectStatus(second, 200)).not.toHaveProperty('session');
  });

  it('refuses the cookie to another site', async () => {
    const { email } = await signUp();
    const res = await verify(await tokenFromMail(email, 'verify_email'), {
      ...COOKIE_MODE,
      'sec-fetch-site': 'cross-site',
    });
    expect(await expectStatus(res, 403)).toMatchObject({ error: { code: 'csrf_rejected' } });
  });
});
