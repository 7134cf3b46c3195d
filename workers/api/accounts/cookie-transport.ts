import type { Context } from 'hono';
import { AppError } from '../../errors/app-error';

/** The header a browser sends to get (and spend) the refresh token as a cookie. */
export const REFRESH_TRANSPORT_HEADER = 'x-refresh-transport';

/**
 * Whether this request asked for the cookie transport, refusing it from another origin. A custom
 * header already forces a CORS preflight, which the API never grants; Origin and Sec-Fetch-Site
 * are checked as well, so a misconfigured proxy or a future CORS rule cannot open the door.
 */
export function usesCookieTransport(c: Context, transport: 'cookie' | undefined): boolean {
  if (transport !== 'cookie') return false;
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin')
    throw new AppError('csrf_rejected', `Session cookies are only handed to same-origin requests, not ${site}`);
  const origin = c.req.header('origin');
  if (origin !== undefined && !isOwnOrigin(c, origin))
    throw new AppError('csrf_rejected', 'Session cookies are only handed to requests from this site');
  return true;
}

// The host the request was addressed to: the URL's, or the Host header a development proxy (Vite) keeps.
function isOwnOrigin(c: Context, origin: string): boolean {
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false; // "null" (sandboxed frames, privacy redirects) and garbage
  }
  return origin === new URL(c.req.url).origin || host === c.req.header('host');
}
