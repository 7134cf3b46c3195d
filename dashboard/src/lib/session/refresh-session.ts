import type { components } from '../api/schema.gen';
import { setAccessToken } from './access-token';
import { REFRESH_TRANSPORT_HEADERS } from './refresh-transport';

type SessionTokens = Pick<components['schemas']['SessionTokens'], 'accessToken'>;

let inFlight: Promise<boolean> | null = null;

/**
 * Trades the refresh cookie for a new access token; true when signed in afterwards.
 * Refresh tokens are single use, so concurrent callers share one request: a second parallel refresh would
 * present a spent token and the API would end the whole session (reuse detection).
 */
export function refreshSession(): Promise<boolean> {
  inFlight ??= acrossTabs(requestRefresh).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/**
 * Tabs share the cookie jar but not this module: two tabs opened together would both present the same
 * cookie. A Web Lock makes them take turns, and the later one sends the cookie the earlier one rotated.
 */
async function acrossTabs(refresh: () => Promise<boolean>): Promise<boolean> {
  if (!navigator.locks) return refresh();
  return await navigator.locks.request('affiliate-edge-refresh', refresh);
}

async function requestRefresh(): Promise<boolean> {
  try {
    // Plain fetch, not the API client: the client's own 401 handling calls this function.
    const response = await fetch('/api/auth/refresh', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', ...REFRESH_TRANSPORT_HEADERS },
      body: '{}',
    });
    if (!response.ok) {
      setAccessToken(null);
      return false;
    }
    const tokens = (await response.json()) as SessionTokens;
    setAccessToken(tokens.accessToken);
    return true;
  } catch {
    // Offline is not signed out: keep whatever token we had and let the next request decide.
    return false;
  }
}
