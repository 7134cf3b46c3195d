import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The dashboard's API client against a fake API: access tokens live 15 minutes, refresh tokens are single use
// (a second refresh with the same cookie ends the session), and the polling of the unread count runs on.

const LIFETIME_S = 15 * 60;
const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (n: number, iat: number) =>
  `${b64url({ alg: 'HS256' })}.${b64url({ sub: 'u', n, iat, exp: iat + LIFETIME_S })}.sig`;

interface FakeApi {
  calls: string[];
  refreshes: number;
  unauthorized: number;
  fetch: (input: Request | string, init?: RequestInit) => Promise<Response>;
}

function fakeApi(now: () => number): FakeApi {
  let issued = 0;
  const valid = new Map<string, number>();
  const api: FakeApi = {
    calls: [],
    refreshes: 0,
    unauthorized: 0,
    async fetch(input, init) {
      const request = input instanceof BrowserRequest ? input : new PageRequest(input, init);
      const path = new URL(request.url, 'http://app.test').pathname;
      api.calls.push(path);
      // A moment's latency, so requests overlap the refresh as they do in a browser.
      await new Promise((r) => setTimeout(r, 5));
      if (path === '/api/auth/refresh') {
        api.refreshes++;
        const token = jwt(++issued, Math.floor(now() / 1000));
        valid.set(token, now() + LIFETIME_S * 1000);
        return Response.json({ accessToken: token });
      }
      const bearer = request.headers.get('Authorization')?.slice('Bearer '.length) ?? '';
      const until = valid.get(bearer);
      if (until === undefined || until <= now()) {
        api.unauthorized++;
        return Response.json({ error: { code: 'unauthorized' } }, { status: 401 });
      }
      return Response.json({ items: [], unreadCount: 3, nextCursor: null });
    },
  };
  return api;
}

const BrowserRequest = globalThis.Request;
/** A page's Request: paths resolve against its origin, as in the dashboard. */
class PageRequest extends BrowserRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' && input.startsWith('/') ? `http://app.test${input}` : input, init);
  }
}

describe('the API client around a token refresh', () => {
  let clock = Date.parse('2026-11-28T12:00:00Z');
  const now = () => clock;

  beforeEach(() => {
    vi.resetModules();
    vi.stubGlobal('navigator', {});
    vi.stubGlobal('Request', PageRequest);
    vi.spyOn(Date, 'now').mockImplementation(now);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  async function signedIn(server: FakeApi) {
    vi.stubGlobal('fetch', server.fetch);
    const { refreshSession } = await import('../../dashboard/src/lib/session/refresh-session');
    expect(await refreshSession()).toBe(true);
    const { api } = await import('../../dashboard/src/lib/api/client');
    const poll = () => api.GET('/me/notifications', { params: { query: { limit: 1, unread: 'true' } } });
    return { poll };
  }

  it('refreshes once before the token ends and sends no request that collects a 401', async () => {
    const server = fakeApi(now);
    const { poll } = await signedIn(server);
    for (let minute = 0; minute < 60; minute++) {
      clock += 60_000;
      // The unread-count poll and two page queries go out together each minute.
      const answers = await Promise.all([poll(), poll(), poll()]);
      for (const a of answers) expect(a.response.status).toBe(200);
    }
    expect(server.unauthorized).toBe(0);
    // One refresh to sign in, then one per token lifetime (15 min, less the margin): never one per request.
    expect(server.refreshes).toBeGreaterThanOrEqual(4);
    expect(server.refreshes).toBeLessThanOrEqual(6);
  });

  it('requests sent while a refresh is under way wait for it and carry the new token', async () => {
    const server = fakeApi(now);
    const { poll } = await signedIn(server);
    clock += LIFETIME_S * 1000 + 1;
    const answers = await Promise.all(Array.from({ length: 5 }, () => poll()));
    expect(answers.map((a) => a.response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(server.unauthorized).toBe(0);
    expect(server.refreshes).toBe(2);
  });
});
