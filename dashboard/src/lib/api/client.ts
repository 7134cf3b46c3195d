import createClient, { type Middleware } from 'openapi-fetch';
import { accessTokenExpiring, getAccessToken } from '../session/access-token';
import { refreshInFlight, refreshSession } from '../session/refresh-session';
import { session } from '../session/session';
import type { paths } from './schema.gen';

/** Untouched copies of authenticated requests, so a 401 can be replayed (a body is read only once). */
const replayable = new WeakMap<Request, { copy: Request; token: string }>();
/** Refresh this long before the access token ends, so a request in flight does not outlive it. */
const REFRESH_MARGIN_MS = 30_000;

/**
 * Waits out a refresh under way, or starts one when the token is about to end: requests (the unread-count
 * polling among them) queue behind the one shared refresh instead of going out with a stale token and
 * collecting 401s, which the browser's console reports as errors.
 */
async function freshToken(): Promise<string | null> {
  const pending = refreshInFlight();
  if (pending) await pending;
  else if (accessTokenExpiring(REFRESH_MARGIN_MS)) await refreshSession();
  return getAccessToken();
}

const bearer: Middleware = {
  async onRequest({ request }) {
    const token = await freshToken();
    if (!token) return request;
    const authed = new Request(request, { headers: new Headers(request.headers) });
    authed.headers.set('Authorization', `Bearer ${token}`);
    replayable.set(authed, { copy: authed.clone(), token });
    return authed;
  },
  async onResponse({ request, response }) {
    const sent = replayable.get(request);
    if (response.status !== 401 || !sent) return response;
    // Another request refreshed while this one was out: replay with that token rather than refresh again.
    // Otherwise the token ended early (revoked, clock): refresh once, silently, and replay.
    if (getAccessToken() === sent.token && !(await refreshSession())) {
      session.markLost();
      return response;
    }
    const token = getAccessToken();
    if (!token) {
      session.markLost();
      return response;
    }
    const retry = new Request(sent.copy, { headers: new Headers(sent.copy.headers) });
    retry.headers.set('Authorization', `Bearer ${token}`);
    const second = await fetch(retry);
    if (second.status === 401) session.markLost();
    return second;
  },
};

/** The typed API client: paths and bodies come from schema.gen.ts (`npm run api:types`). */
export const api = createClient<paths>({
  baseUrl: '/api',
  credentials: 'same-origin',
  // Looked up per call, not captured at import: tests stand a fake server in for it.
  fetch: (request) => globalThis.fetch(request),
});
api.use(bearer);
