import createClient, { type Middleware } from 'openapi-fetch';
import { getAccessToken } from '../session/access-token';
import { refreshSession } from '../session/refresh-session';
import { session } from '../session/session';
import type { paths } from './schema.gen';

/** Untouched copies of authenticated requests, so a 401 can be replayed (a body is read only once). */
const replayable = new WeakMap<Request, Request>();

const bearer: Middleware = {
  onRequest({ request }) {
    const token = getAccessToken();
    if (!token) return request;
    const authed = new Request(request, { headers: new Headers(request.headers) });
    authed.headers.set('Authorization', `Bearer ${token}`);
    replayable.set(authed, authed.clone());
    return authed;
  },
  async onResponse({ request, response }) {
    const copy = replayable.get(request);
    if (response.status !== 401 || !copy) return response;
    // The access token expired (15 min): refresh once, silently, and replay the request with the new one.
    if (!(await refreshSession())) {
      session.markLost();
      return response;
    }
    const retry = new Request(copy, { headers: new Headers(copy.headers) });
    retry.headers.set('Authorization', `Bearer ${getAccessToken()}`);
    const second = await fetch(retry);
    if (second.status === 401) session.markLost();
    return second;
  },
};

/** The typed API client: paths and bodies come from schema.gen.ts (`npm run api:types`). */
export const api = createClient<paths>({ baseUrl: '/api', credentials: 'same-origin' });
api.use(bearer);
