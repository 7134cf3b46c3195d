import { constantTimeEqual, fromBase64, hmacSha256, utf8 } from './hmac.js';
import type { WebhookEventType } from './types.js';

/** A delivery's body: what happened, when, and its data. */
export interface WebhookEvent {
  type: WebhookEventType;
  /** ISO 8601, when the event happened. */
  timestamp: string;
  data: Record<string, unknown>;
}

export type WebhookFailure = 'missing_headers' | 'malformed' | 'mismatch' | 'expired';

export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
  constructor(
    readonly reason: WebhookFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface VerifyWebhookInput {
  /** The raw body as received (text or bytes), before any JSON parsing. */
  payload: string | Uint8Array;
  /** The request's headers: a Headers object, or a plain record as Node and Express give them. */
  headers: Headers | Record<string, string | string[] | undefined>;
  /** The endpoint's `whsec_…` secret; several while you rotate it. */
  secret: string | readonly string[];
  /** How far the delivery's timestamp may be from now, either way (default 300 s, as Standard Webhooks asks). */
  toleranceSeconds?: number;
  /** The clock in unix seconds; tests replace it. */
  nowSeconds?: number;
}

const SECRET_PREFIX = 'whsec_';
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function header(headers: VerifyWebhookInput['headers'], name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}

function keyOf(secret: string): Uint8Array<ArrayBuffer> {
  if (!secret.startsWith(SECRET_PREFIX)) throw new TypeError('A webhook secret starts with whsec_');
  return fromBase64(secret.slice(SECRET_PREFIX.length));
}

/**
 * Checks a Standard Webhooks delivery (`webhook-id`, `webhook-timestamp`, `webhook-signature`) and returns its
 * parsed body, or throws WebhookVerificationError. The signature is checked before the time, so a stranger
 * learns nothing of your clock. `webhook-id` stays the same across retries: dedupe on it.
 */
export async function verifyWebhook(input: VerifyWebhookInput): Promise<WebhookEvent> {
  const id = header(input.headers, 'webhook-id');
  const timestamp = header(input.headers, 'webhook-timestamp');
  const signatures = header(input.headers, 'webhook-signature');
  if (!id || !timestamp || !signatures)
    throw new WebhookVerificationError(
      'missing_headers',
      'webhook-id, webhook-timestamp and webhook-signature are required',
    );
  if (!/^\d{1,12}$/.test(timestamp))
    throw new WebhookVerificationError('malformed', 'webhook-timestamp is not unix seconds');
  const body = typeof input.payload === 'string' ? input.payload : decoder.decode(input.payload);
  const message = utf8(`${id}.${timestamp}.${body}`);
  const given = signatures
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .map((s) => {
      try {
        return fromBase64(s.slice(3));
      } catch {
        return new Uint8Array();
      }
    });
  const secrets = typeof input.secret === 'string' ? [input.secret] : input.secret;
  let matched = false;
  for (const secret of secrets) {
    const expected = await hmacSha256(keyOf(secret), message);
    // Every signature is compared, so timing does not tell which one matched.
    for (const signature of given) if (constantTimeEqual(signature, expected)) matched = true;
  }
  if (!matched) throw new WebhookVerificationError('mismatch', 'No webhook-signature matches the body and the secret');
  const now = input.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > (input.toleranceSeconds ?? 300))
    throw new WebhookVerificationError(
      'expired',
      'webhook-timestamp is outside the tolerance: a replay, or a wrong clock',
    );
  return JSON.parse(body) as WebhookEvent;
}
