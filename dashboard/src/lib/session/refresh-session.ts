import type { components } from '../api/schema.gen';
import { setAccessToken } from './access-token';
import { REFRESH_TRANSPORT_HEADERS } from './refresh-transport';

type SessionTokens = Pick<components['schemas']['SessionTokens'], 'accessToken'>;
type ResumedSession = components['schemas']['ResumedSession'];

let inFlight: Promise<boolean> | null = null;

/**
 * Trades the refresh cookie for a new access token; true when signed in afterwards.
 * Refresh tokens are single use, so concurrent callers share one request: a second parallel refresh would
 * present a spent token and the API would end the whole session (reuse detection).
 */
export function refreshSession(): Promise<boolean> {
  return shared(requestRefresh);
}

/**
 * The first question of a page load, before anyone is known to be signed in: the same trade, through an
 * operation that answers a signed-out visitor with `null` rather than a 401 the browser's console would show.
 */
export function resumeSession(): Promise<boolean> {
  return shared(requestResume);
}

/** The refresh under way in this tab, if any: a request about to be sent waits for it instead of going out with the old token. */
export function refreshInFlight(): Promise<boolean> | null {
  return inFlight;
}

function shared(request: () => Promise<boolean>): Promise<boolean> {
  inFlight ??= acrossTabs(request).finally(() => {
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

async function requestResume(): Promise<boolean> {
  try {
    const response = await fetch('/api/auth/refresh/resume', {
      method: 'POST',
      credentials: 'same-origin',
      headers: REFRESH_TRANSPORT_HEADERS,
    });
    const accessToken = response.ok ? ((await response.json()) as ResumedSession).accessToken : null;
    setAccessToken(accessToken);
    return accessToken !== null;
  } catch {
    return false;
  }
}
