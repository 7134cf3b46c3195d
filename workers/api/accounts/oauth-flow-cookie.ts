import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { OAUTH_FLOW_TTL_SECONDS } from '../../domain/oauth-flow';

/** The signed state, nonce and PKCE verifier of a Google or GitHub sign-in between start and callback. */
export const OAUTH_FLOW_COOKIE = 'ae_oauth';
// Start is under /api/auth/oauth or /api/me/identities, the callbacks too: /api covers both. Script
// never reads it (HttpOnly); Lax, the most a cookie set before a cross-site trip may be.
const attributes = { path: '/api', httpOnly: true, secure: true, sameSite: 'Lax' } as const;

export function setOAuthFlowCookie(c: Context, token: string): void {
  setCookie(c, OAUTH_FLOW_COOKIE, token, { ...attributes, maxAge: OAUTH_FLOW_TTL_SECONDS });
}

/** Read once: the callback clears it whatever happens, so a flow cannot be replayed. */
export function takeOAuthFlowCookie(c: Context): string | undefined {
  const token = getCookie(c, OAUTH_FLOW_COOKIE);
  if (token !== undefined) deleteCookie(c, OAUTH_FLOW_COOKIE, attributes);
  return token;
}

export const oauthCookieHeader = (description: string) => ({
  'Set-Cookie': { description, schema: { type: 'string' as const } },
});
