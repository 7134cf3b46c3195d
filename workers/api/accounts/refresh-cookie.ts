import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import { REFRESH_TOKEN_TTL_SECONDS } from '../../domain/token-lifetimes';

/** The browser session's refresh token. Only POST /api/auth/refresh ever receives it (Path). */
export const REFRESH_COOKIE = 'ae_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth/refresh';

// Script never reads it (HttpOnly), no other site's request carries it (SameSite=Strict), and it
// never travels in clear text; browsers treat http://localhost as secure, so development works too.
const attributes: CookieOptions = { path: REFRESH_COOKIE_PATH, httpOnly: true, secure: true, sameSite: 'Strict' };

export function setRefreshCookie(c: Context, refreshToken: string): void {
  setCookie(c, REFRESH_COOKIE, refreshToken, { ...attributes, maxAge: REFRESH_TOKEN_TTL_SECONDS });
}

/** Same name and Path, or the browser would keep the old cookie beside the cleared one. */
export function clearRefreshCookie(c: Context): void {
  setCookie(c, REFRESH_COOKIE, '', { ...attributes, maxAge: 0 });
}
