import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { generateWebhookSecret, signWebhookMessage, webhookHeaders, webhookSecretKey } from './webhook-signature';

// The Standard Webhooks specification's own example (its test vector), signed independently too.
const SPEC = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

const independent = (secret: string, id: string, ts: number, body: string) =>
  `v1,${createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64'))
    .update(`${id}.${ts}.${body}`)
    .digest('base64')}`;

describe('signing', () => {
  test('matches the specification example', async () => {
    expect(await signWebhookMessage(SPEC.secret, SPEC.id, SPEC.timestamp, SPEC.body)).toBe(SPEC.signature);
    expect(independent(SPEC.secret, SPEC.id, SPEC.timestamp, SPEC.body)).toBe(SPEC.signature);
  });

  test.each([
    { id: 'msg_1', ts: 1, body: '' },
    { id: 'msg_2', ts: 1767225600, body: '{"type":"payout","data":{"amountMinor":1500}}' },
    { id: 'msg_3', ts: 1767225600, body: '{"note":"é ✓ \\u0000"}' },
  ])('agrees with node:crypto for $id', async ({ id, ts, body }) => {
    const secret = generateWebhookSecret();
    expect(await signWebhookMessage(secret, id, ts, body)).toBe(independent(secret, id, ts, body));
  });

  test('several secrets give space-separated signatures, current first', async () => {
    const [a, b] = [generateWebhookSecret(), generateWebhookSecret()];
    const headers = await webhookHeaders([a, b], 'msg_x', 1700000000, '{}');
    expect(headers['webhook-id']).toBe('msg_x');
    expect(headers['webhook-timestamp']).toBe('1700000000');
    expect(headers['webhook-signature']).toBe(
      `${independent(a, 'msg_x', 1700000000, '{}')} ${independent(b, 'msg_x', 1700000000, '{}')}`,
    );
  });
});

test('secrets are whsec_ and 32 random bytes, never repeated', () => {
  const a = generateWebhookSecret();
  expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  expect(webhookSecretKey(a)).toHaveLength(32);
  expect(generateWebhookSecret()).not.toBe(a);
  expect(() => webhookSecretKey('sk_live_x')).toThrow();
});
