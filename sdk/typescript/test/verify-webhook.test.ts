import { describe, expect, it } from 'vitest';
import { verifyWebhook, WebhookVerificationError } from '../src/index';
import { webhookVectors } from './vectors';

const [first, second] = webhookVectors as [(typeof webhookVectors)[0], (typeof webhookVectors)[0]];

const headersOf = (v: typeof first, signature = v.signature) => ({
  'webhook-id': v.id,
  'webhook-timestamp': String(v.timestamp),
  'webhook-signature': signature,
});

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as WebhookVerificationError).reason;
}

describe('verifyWebhook', () => {
  it.each(webhookVectors)('accepts the shared vector: $name', async (v) => {
    const event = await verifyWebhook({
      payload: v.body,
      headers: headersOf(v),
      secret: v.secret,
      nowSeconds: v.timestamp,
    });
    expect(event).toEqual(JSON.parse(v.body));
  });

  it('takes a Headers object, bytes, upper-case header names and node-style arrays', async () => {
    const at = { secret: first.secret, nowSeconds: first.timestamp };
    await expect(
      verifyWebhook({ ...at, payload: first.body, headers: new Headers(headersOf(first)) }),
    ).resolves.toBeTruthy();
    await expect(
      verifyWebhook({ ...at, payload: new TextEncoder().encode(first.body), headers: headersOf(first) }),
    ).resolves.toBeTruthy();
    const upper = Object.fromEntries(Object.entries(headersOf(first)).map(([k, v]) => [k.toUpperCase(), [v]]));
    await expect(verifyWebhook({ ...at, payload: first.body, headers: upper })).resolves.toBeTruthy();
  });

  it('accepts a delivery signed with two secrets (our rotation) by either, and any of your secrets', async () => {
    // During a rotation the platform signs with the old and the new secret, space-separated.
    const both = `${second.signature} ${first.signature}`;
    await expect(
      verifyWebhook({
        payload: first.body,
        headers: headersOf(first, both),
        secret: first.secret,
        nowSeconds: first.timestamp,
      }),
    ).resolves.toBeTruthy();
    await expect(
      verifyWebhook({
        payload: first.body,
        headers: headersOf(first),
        secret: [second.secret, first.secret],
        nowSeconds: first.timestamp,
      }),
    ).resolves.toBeTruthy();
  });

  it('refuses a wrong signature, another secret, an edited body or id', async () => {
    const at = { nowSeconds: first.timestamp };
    expect(
      await failure(
        verifyWebhook({
          ...at,
          payload: first.body,
          headers: headersOf(first, second.signature),
          secret: first.secret,
        }),
      ),
    ).toBe('mismatch');
    expect(
      await failure(verifyWebhook({ ...at, payload: first.body, headers: headersOf(first), secret: second.secret })),
    ).toBe('mismatch');
    expect(
      await failure(
        verifyWebhook({ ...at, payload: `${first.body} `, headers: headersOf(first), secret: first.secret }),
      ),
    ).toBe('mismatch');
    expect(
      await failure(
        verifyWebhook({
          ...at,
          payload: first.body,
          headers: { ...headersOf(first), 'webhook-id': 'msg_other' },
          secret: first.secret,
        }),
      ),
    ).toBe('mismatch');
    expect(
      await failure(
        verifyWebhook({
          ...at,
          payload: first.body,
          headers: headersOf(first, 'v1,not base64!'),
          secret: first.secret,
        }),
      ),
    ).toBe('mismatch');
    // A v1a (asymmetric) signature is not ours: ignored, so nothing matches.
    expect(
      await failure(
        verifyWebhook({
          ...at,
          payload: first.body,
          headers: headersOf(first, `v1a,${first.signature.slice(3)}`),
          secret: first.secret,
        }),
      ),
    ).toBe('mismatch');
  });

  it('refuses a timestamp more than 5 minutes away either way (a replay), and accepts the edge', async () => {
    const verifyAt = (nowSeconds: number) =>
      verifyWebhook({ payload: first.body, headers: headersOf(first), secret: first.secret, nowSeconds });
    await expect(verifyAt(first.timestamp + 300)).resolves.toBeTruthy();
    await expect(verifyAt(first.timestamp - 300)).resolves.toBeTruthy();
    expect(await failure(verifyAt(first.timestamp + 301))).toBe('expired');
    expect(await failure(verifyAt(first.timestamp - 301))).toBe('expired');
    const narrow = verifyWebhook({
      payload: first.body,
      headers: headersOf(first),
      secret: first.secret,
      nowSeconds: first.timestamp + 31,
      toleranceSeconds: 30,
    });
    expect(await failure(narrow)).toBe('expired');
  });

  it('refuses missing headers and a timestamp that is not unix seconds', async () => {
    const base = { payload: first.body, secret: first.secret, nowSeconds: first.timestamp };
    const { 'webhook-signature': _, ...unsigned } = headersOf(first);
    expect(await failure(verifyWebhook({ ...base, headers: unsigned }))).toBe('missing_headers');
    expect(
      await failure(verifyWebhook({ ...base, headers: { ...headersOf(first), 'webhook-timestamp': '1e9' } })),
    ).toBe('malformed');
  });
});
