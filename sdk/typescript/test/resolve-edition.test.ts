import { describe, expect, it } from 'vitest';
import { AffiliateEdgeError, createClient, signatureHeader } from '../src/index';

const SECRET = 'ae_sig_K7mQ2vX9pL4rT8wZ1nB6cF3hJ5dG0sYe';
const EDITION = {
  id: '019a8f3c-1d2e-7abc-8def-0123456789ab',
  appId: '019a8f3c-1d2e-7abc-8def-0123456789ac',
  host: 'alice.podruga.example',
  affiliateRef: 'ALICE',
  name: 'Alice’s AI Friend',
  primaryColor: '#7c3aed',
  accentColor: null,
  logoUrl: null,
  faviconUrl: null,
  plans: [],
  status: 'active' as const,
  version: 3,
};

type Reply = { status: number; maxAge?: number; etag?: string; code?: string };

/** A fake resolution API answering `replies` in order, recording what was asked; the clock moves by hand. */
function fakeApi(replies: Reply[]) {
  const seen: { url: string; headers: Record<string, string> }[] = [];
  let clock = 1_767_225_600_000;
  const fetch = (async (url: string, init: RequestInit) => {
    seen.push({ url, headers: init.headers as Record<string, string> });
    const reply = replies[seen.length - 1] ?? { status: 500 };
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (reply.maxAge !== undefined) headers['cache-control'] = `private, max-age=${reply.maxAge}`;
    if (reply.etag) headers.etag = reply.etag;
    const body =
      reply.status === 200
        ? JSON.stringify(EDITION)
        : reply.status === 304
          ? null
          : JSON.stringify({ error: { code: reply.code ?? 'internal', message: `status ${reply.status}` } });
    return new Response(body, { status: reply.status, headers });
  }) as typeof globalThis.fetch;
  const client = createClient({
    apiKey: 'ae_live_test',
    signingSecret: SECRET,
    baseUrl: 'https://track.example/',
    fetch,
    now: () => clock,
  });
  return { client, seen, advance: (seconds: number) => (clock += seconds * 1000), now: () => clock };
}

describe('resolveEdition', () => {
  it('signs the path and query, and keeps the answer for max-age seconds', async () => {
    const api = fakeApi([{ status: 200, maxAge: 60, etag: 'W/"a-3"' }]);
    expect(await api.client.resolveEdition('Alice.Podruga.Example')).toEqual(EDITION);
    const path = '/api/v1/apps/editions/resolve?host=alice.podruga.example';
    expect(api.seen[0]!.url).toBe(`https://track.example${path}`);
    const t = Math.floor(api.now() / 1000);
    expect(api.seen[0]!.headers['X-AE-Signature']).toBe(await signatureHeader(SECRET, t, path));
    api.advance(59);
    expect(await api.client.resolveEdition('alice.podruga.example')).toEqual(EDITION);
    expect(api.seen).toHaveLength(1);
  });

  it('revalidates an expired answer with its ETag, and keeps it on 304', async () => {
    const api = fakeApi([
      { status: 200, maxAge: 60, etag: 'W/"a-3"' },
      { status: 304, maxAge: 60 },
    ]);
    await api.client.resolveEdition('alice.podruga.example');
    api.advance(61);
    expect(await api.client.resolveEdition('alice.podruga.example')).toEqual(EDITION);
    expect(api.seen[1]!.headers['if-none-match']).toBe('W/"a-3"');
    api.advance(30);
    await api.client.resolveEdition('alice.podruga.example');
    expect(api.seen).toHaveLength(2);
  });

  it('answers null for a host that is no edition, remembered for its own max-age', async () => {
    const api = fakeApi([
      { status: 404, maxAge: 30, code: 'edition_not_found' },
      { status: 200, maxAge: 60 },
    ]);
    expect(await api.client.resolveEdition('bob.podruga.example')).toBeNull();
    api.advance(29);
    expect(await api.client.resolveEdition('bob.podruga.example')).toBeNull();
    api.advance(2);
    expect(await api.client.resolveEdition('bob.podruga.example')).toEqual(EDITION);
    expect(api.seen).toHaveLength(2);
  });

  it('does not cache an answer without max-age, and throws the API’s other errors', async () => {
    const api = fakeApi([{ status: 200 }, { status: 401, code: 'invalid_signature' }, { status: 503 }]);
    await api.client.resolveEdition('alice.podruga.example');
    const refused = await api.client.resolveEdition('alice.podruga.example').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AffiliateEdgeError);
    expect(refused).toMatchObject({ code: 'invalid_signature', status: 401, retryable: false });
    expect(await api.client.resolveEdition('alice.podruga.example').catch((e: unknown) => e)).toMatchObject({
      status: 503,
      retryable: true,
    });
  });
});
