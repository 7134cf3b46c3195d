import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { validationError, type Reply } from './http';
import { type Account, later, paypalId, type ServerState, type Transmission } from './state';

const AUTH_ALGO = 'SHA256withRSA';
const REDELIVERY_DELAYS_MS = [1_000, 2_000, 4_000];

/**
 * Stands in for PayPal's RSA key: signatures are an HMAC over what PayPal signs
 * (transmission id | time | webhook id | CRC32 of the body), so only this server can make one.
 */
export interface Signer {
  key: Buffer;
  origin: () => string;
}

export function newSigner(origin: () => string): Signer {
  return { key: randomBytes(32), origin };
}

function sign(signer: Signer, transmissionId: string, time: string, webhookId: string, body: string): string {
  return createHmac('sha256', signer.key)
    .update(`${transmissionId}|${time}|${webhookId}|${crc32(body)}`)
    .digest('hex');
}

/** Wraps `resource` in PayPal's event envelope, signs it, keeps it in the outbox and delivers it. */
export function emitEvent(
  state: ServerState,
  account: Account,
  signer: Signer,
  event: {
    eventType: string;
    resourceType: string;
    summary: string;
    resource: object;
    payoutBatchId: string;
    senderBatchId: string | undefined;
  },
): void {
  const eventId = `WH-${paypalId(17)}`;
  const body = JSON.stringify({
    id: eventId,
    event_version: '1.0',
    create_time: new Date().toISOString(),
    resource_type: event.resourceType,
    event_type: event.eventType,
    summary: event.summary,
    resource: event.resource,
    links: [{ href: `${signer.origin()}/v1/notifications/webhooks-events/${eventId}`, rel: 'self', method: 'GET' }],
  });
  const id = randomUUID();
  const time = new Date().toISOString();
  const transmission: Transmission = {
    id,
    time,
    eventType: event.eventType,
    payoutBatchId: event.payoutBatchId,
    senderBatchId: event.senderBatchId,
    webhookId: account.webhookId,
    authAlgo: AUTH_ALGO,
    certUrl: `${signer.origin()}/v1/notifications/certs/CERT-LOCAL-PAYPAL-SERVER`,
    signature: sign(signer, id, time, account.webhookId, body),
    body,
    deliveries: [],
  };
  state.outbox.push(transmission);
  if (account.webhookUrl) void deliver(state, account.webhookUrl, transmission, 0);
}

export function transmissionHeaders(t: Transmission): Record<string, string> {
  return {
    'content-type': 'application/json',
    'paypal-transmission-id': t.id,
    'paypal-transmission-time': t.time,
    'paypal-transmission-sig': t.signature,
    'paypal-cert-url': t.certUrl,
    'paypal-auth-algo': t.authAlgo,
  };
}

/** POSTs one transmission; a failure is retried a few times, like PayPal's redelivery, then recorded. */
async function deliver(state: ServerState, url: string, t: Transmission, attempt: number): Promise<void> {
  let status: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: transmissionHeaders(t),
      body: t.body,
      signal: AbortSignal.timeout(10_000),
    });
    status = res.status;
    await res.arrayBuffer();
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  t.deliveries.push({ at: new Date().toISOString(), status, error });
  const delay = REDELIVERY_DELAYS_MS[attempt];
  if ((status === null || status >= 300) && delay !== undefined)
    later(state, delay, () => void deliver(state, url, t, attempt + 1));
}

const verifyRequest = z.object({
  auth_algo: z.string().min(1),
  cert_url: z.string().min(1),
  transmission_id: z.string().min(1),
  transmission_sig: z.string().min(1),
  transmission_time: z.string().min(1),
  webhook_id: z.string().min(1),
  webhook_event: z.record(z.string(), z.unknown()),
});

/**
 * `POST /v1/notifications/verify-webhook-signature`: SUCCESS only for a transmission this server
 * sent, with its exact headers, the caller's webhook id (the one the event went to), and the event
 * serialised to the same bytes.
 */
export function verifySignature(state: ServerState, account: Account, signer: Signer, body: unknown): Reply {
  const parsed = verifyRequest.safeParse(body);
  if (!parsed.success) {
    return validationError(
      parsed.error.issues.map((i) => ({ field: i.path.join('.'), location: 'body', issue: i.message })),
    );
  }
  const v = parsed.data;
  const sent = state.outbox.find((t) => t.id === v.transmission_id);
  const expected = sent
    ? sign(signer, v.transmission_id, v.transmission_time, v.webhook_id, JSON.stringify(v.webhook_event))
    : '';
  const ok =
    sent !== undefined &&
    v.webhook_id === account.webhookId &&
    v.webhook_id === sent.webhookId &&
    v.auth_algo === sent.authAlgo &&
    v.cert_url === sent.certUrl &&
    v.transmission_time === sent.time &&
    JSON.stringify(v.webhook_event) === sent.body &&
    v.transmission_sig.length === expected.length &&
    timingSafeEqual(Buffer.from(v.transmission_sig), Buffer.from(expected));
  return { status: 200, body: { verification_status: ok ? 'SUCCESS' : 'FAILURE' } };
}
