import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type E2e, signUpVerified, startE2e } from './harness';

// The browser session as Chromium really keeps it: the refresh token only in the HttpOnly cookie,
// accepted with Secure over http://127.0.0.1, sent to /api/auth/refresh alone.

let e2e: E2e;
let user: { email: string; password: string };

beforeAll(async () => {
  e2e = await startE2e();
  user = await signUpVerified(e2e);
});

afterAll(async () => {
  await e2e?.stop();
});

interface Answer {
  status: number;
  body: Record<string, any>;
}

/** A fetch from the page's own script, as the dashboard makes it. */
const call = (page: Page, path: string, init: { headers?: Record<string, string>; body?: unknown } = {}) =>
  page.evaluate(
    async ({ path, init }): Promise<Answer> => {
      const headers: Record<string, string> = { ...init.headers };
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(path, {
        method: 'POST',
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      return { status: res.status, body: await res.json() };
    },
    { path, init },
  );

const COOKIE_MODE = { 'X-Refresh-Transport': 'cookie' };

const refreshCookie = async (page: Page) =>
  (await page.context().cookies()).find((cookie) => cookie.name === 'ae_refresh');

test('the refresh token lives only in an HttpOnly cookie that survives a reload, and logout ends it', async () => {
  const page = await e2e.newPage();
  // A same-origin page without the dashboard, whose own silent refresh would race these calls.
  await page.goto('/api/health');

  const login = await call(page, '/api/auth/login', {
    headers: COOKIE_MODE,
    body: { email: user.email, password: user.password },
  });
  expect(login.status, JSON.stringify(login.body)).toBe(200);
  expect(login.body.accessToken).toEqual(expect.any(String));
  expect(login.body).not.toHaveProperty('refreshToken');
  // Chromium kept the Secure cookie although the origin is plain http: 127.0.0.1 is potentially trustworthy.
  const first = await refreshCookie(page);
  expect(first).toMatchObject({ path: '/api/auth/refresh', httpOnly: true, secure: true, sameSite: 'Strict' });
  expect(await page.evaluate<string>('document.cookie')).not.toContain('ae_refresh');

  // A reload loses everything the page held in memory; the cookie alone brings the session back.
  await page.reload();
  const refreshed = await call(page, '/api/auth/refresh', { headers: COOKIE_MODE });
  expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
  expect(refreshed.body).not.toHaveProperty('refreshToken');
  const second = await refreshCookie(page);
  expect(second!.value).not.toBe(first!.value);
  expect(await page.evaluate<string>('document.cookie')).not.toContain('ae_refresh');
  const bearer = { authorization: `Bearer ${refreshed.body.accessToken}` };
  const me = await page.evaluate(
    async (headers) => (await fetch('/api/me', { headers })).json() as Promise<{ email: string }>,
    bearer,
  );
  expect(me.email).toBe(user.email);

  const logout = await call(page, '/api/me/logout', { headers: bearer });
  expect(logout.status, JSON.stringify(logout.body)).toBe(200);
  expect(await refreshCookie(page)).toBeUndefined();
  expect((await call(page, '/api/auth/refresh', { headers: COOKIE_MODE })).body).toMatchObject({
    error: { code: 'refresh_cookie_missing' },
  });

  // A copy of the cookie kept from before the logout is dead too: the session itself was revoked.
  const { name, value, domain, path, httpOnly, secure, sameSite } = second!;
  await page.context().addCookies([{ name, value, domain, path, httpOnly, secure, sameSite }]);
  const replay = await call(page, '/api/auth/refresh', { headers: COOKIE_MODE });
  expect(replay.status).toBe(401);
  expect(replay.body).toMatchObject({ error: { code: 'unauthorized' } });
  await page.context().close();
});

test('another origin cannot use the cookie transport: the browser stops it at the preflight', async () => {
  const page = await e2e.newPage();
  // A same-origin page without the dashboard, whose own silent refresh would race these calls.
  await page.goto('/api/health');
  const login = await call(page, '/api/auth/login', {
    headers: COOKIE_MODE,
    body: { email: user.email, password: user.password },
  });
  expect(login.status, JSON.stringify(login.body)).toBe(200);

  // localhost and 127.0.0.1 are different sites, so this page is a foreign one to the API.
  const foreign = await page.context().newPage();
  await foreign.goto(e2e.baseUrl.replace('127.0.0.1', 'localhost'));
  const outcome = await foreign.evaluate(async (url) => {
    try {
      // This file type-checks against the Workers' fetch, which lacks the browser's credentials option.
      const init = { method: 'POST', credentials: 'include', headers: { 'X-Refresh-Transport': 'cookie' } };
      const res = await fetch(url, init as RequestInit);
      return `answered ${res.status}`;
    } catch {
      return 'blocked';
    }
  }, `${e2e.baseUrl}/api/auth/refresh`);
  expect(outcome).toBe('blocked');
  // The token was never spent: the owner's page still refreshes with it.
  const refreshed = await call(page, '/api/auth/refresh', { headers: COOKIE_MODE });
  expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
  await page.context().close();
});
