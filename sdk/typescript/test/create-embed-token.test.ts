import { describe, expect, it } from 'vitest';
import {
  AffiliateEdgeError,
  type ClientOptions,
  createClient,
  type EmbedTokenRequest,
  signatureHeader,
} from '../src/index';

const SECRET = 'ae_sig_K7mQ2vX9pL4rT8wZ1nB6cF3hJ5dG0sYe';
const NOW = 1_767_225_600_000;
const PROGRAM = '019a8f3c-1d2e-7abc-8def-0123456789ab';

interface Seen {
  url: string;
  headers: Record<string, string>;
  body: string;
}

type Reply = 201 | 400 | 401 | 404 | 503 | 'replayed' | 'hang';

/**
 * A fake API answering `replies` in order, like POST /api/v1/embed-tokens: it remembers every signature it
 * accepted and answers a repeat with 401 signature_replayed. The clock stands still unless the client sleeps.
 */
function fakeApi(replies: Reply[], options: Partial<ClientOptions> = {}) {
  const seen: Seen[] = [];
  const sleeps: number[] = [];
  const used = new Set<string>();
  let clock = NOW;
  const fetch = (async (url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    seen.push({ url, headers, body: new TextDecoder().decode(init.body as Uint8Array) });
    const reply = replies[seen.length - 1] ?? 201;
    if (reply === 'hang')
      return new Promise<Response>((_, reject) => {
        // As fetch does: a signal aborted already rejects at once (on a starved runner the 20 ms timeout can fire
        // while the request is still being signed), a later abort when it comes.
        if (init.signal?.aborted) reject(new DOMException('aborted', 'AbortError'));
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const signature = headers['X-AE-Signature']!;
    const replay = reply === 'replayed' || used.has(signature);
    used.add(signature);
    const status = replay ? 401 : reply;
    const code = replay
      ? 'signature_replayed'
      : { 400: 'validation_failed', 401: 'invalid_signature', 404: 'not_found', 503: 'internal' }[status as 400];
    const answer =
      status === 201
        ? { token: `ae_embed_${'a'.repeat(40)}`, expires_at: '2026-01-01T00:15:00.000Z', url: 'https://x' }
        : { error: { code, message: `status ${status}`, details: [] } };
    return new Response(JSON.stringify(answer), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  const client = createClient({
    apiKey: 'ae_live_test',
    signingSecret: SECRET,
    baseUrl: 'https://track.example.com',
    fetch,
    timeoutMs: 20,
    // Waits pass no clock time: only the client's own rule keeps the retries' timestamps apart.
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => clock,
    ...options,
  });
  return { client, seen, sleeps, tick: (ms: number) => (clock += ms) };
}

const request: EmbedTokenRequest = {
  program_id: PROGRAM,
  user: { id: 'user-42', email: 'alice@podruga.example', name: 'Alice' },
  theme: { primaryColor: '#d6336c', mode: 'dark', locale: 'ru', font: 'Inter, sans-serif' },
};
const stamps = (seen: Seen[]) => seen.map((s) => Number(/t=(\d+)/.exec(s.headers['X-AE-Signature']!)![1]));

describe('createEmbedToken', () => {
  it('POSTs the user, program and theme to /api/v1/embed-tokens, signed with the app key', async () => {
    const { client, seen } = fakeApi([201]);
    const issued = await client.createEmbedToken(request);
    expect(issued).toEqual({
      token: `ae_embed_${'a'.repeat(40)}`,
      expires_at: '2026-01-01T00:15:00.000Z',
      url: 'https://x',
    });
    const [sent] = seen;
    expect(sent!.url).toBe('https://track.example.com/api/v1/embed-tokens');
    expect(JSON.parse(sent!.body)).toEqual(request);
    expect(sent!.headers.authorization).toBe('Bearer ae_live_test');
    expect(sent!.headers['X-AE-Signature']).toBe(await signatureHeader(SECRET, NOW / 1000, sent!.body));
  });

  it('retries 5xx and timeouts with the same body, each attempt signed at a later second', async () => {
    const { client, seen, sleeps } = fakeApi([503, 'hang', 201]);
    await client.createEmbedToken(request);
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((s) => s.body)).size).toBe(1);
    expect(stamps(seen)).toEqual([NOW / 1000, NOW / 1000 + 1, NOW / 1000 + 2]);
    expect(sleeps).toHaveLength(2);
  });

  it('two identical calls in the same second both get a token: the second is re-signed after signature_replayed', async () => {
    const { client, seen } = fakeApi([201, 201, 201]);
    await client.createEmbedToken(request);
    // Another call for the same user at the same clock second: the API has seen that signed request.
    await client.createEmbedToken(request);
    expect(seen.map((s) => s.headers['X-AE-Signature'])).toHaveLength(3);
    expect(stamps(seen)).toEqual([NOW / 1000, NOW / 1000, NOW / 1000 + 1]);
  });

  it('gives up on signature_replayed after the retries, retryable, with no event id', async () => {
    const { client, seen } = fakeApi(['replayed', 'replayed'], { retries: 1 });
    const error = await client.createEmbedToken(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AffiliateEdgeError);
    expect(error).toMatchObject({
      code: 'signature_replayed',
      status: 401,
      attempts: 2,
      retryable: true,
      eventId: null,
    });
    expect(seen).toHaveLength(2);
  });

  it.each([
    [400, 'validation_failed'],
    [401, 'invalid_signature'],
    [404, 'not_found'],
  ] as const)('never retries a %i (%s)', async (status, code) => {
    const { client, seen, sleeps } = fakeApi([status, 201]);
    await expect(client.createEmbedToken(request)).rejects.toMatchObject({
      code,
      status,
      attempts: 1,
      retryable: false,
      message: `createEmbedToken user-42: ${status} status ${status}`,
    });
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('reports a timeout after every retry as code timeout, status null', async () => {
    const { client } = fakeApi(['hang', 'hang'], { retries: 1 });
    await expect(client.createEmbedToken(request)).rejects.toMatchObject({
      code: 'timeout',
      status: null,
      attempts: 2,
      eventId: null,
      message: 'createEmbedToken user-42: the request timed out 2 times; try again later',
    });
  });
});
