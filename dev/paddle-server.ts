// A local Paddle Billing server for the webhook side of the integration: notification destinations
// (POST /notification-settings, with the secret key Paddle generates) and notifications signed as
// Paddle signs them (`Paddle-Signature: ts=…;h1=…`, HMAC-SHA256 over `ts:body`; during a secret's
// rotation one h1 per valid key), following developer.paddle.com/webhooks/about/signature-verification
// and the event envelope of developer.paddle.com/webhooks/about (event_id, event_type, occurred_at,
// notification_id, data). Run alone with `npx tsx dev/paddle-server.ts` (PADDLE_PORT).
import { createHmac, randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import {
  deliver,
  type LocalServer,
  type Reply,
  type Request,
  type SignedDelivery,
  startJsonServer,
} from './billing-provider-server/http';

interface Destination {
  id: string;
  destination: string;
  subscribedEvents: string[];
  /** The current key first; a rotated-out key stays valid (Paddle: 24 hours) and signs too. */
  keys: string[];
}

const token = (n: number) => randomBytes(n).toString('hex').slice(0, n);
const paddleId = (prefix: string) => `${prefix}_01${token(24)}`;

/** Paddle's error shape. */
const error = (status: number, code: string, detail: string): Reply => ({
  status,
  body: { error: { type: 'request_error', code, detail }, meta: { request_id: token(16) } },
});

/** The signature header Paddle sends: one h1 per valid key, over `<ts>:<raw body>`. */
export function paddleSignatureHeader(keys: string[], ts: number, body: string): string {
  const h1 = keys.map((k) => `h1=${createHmac('sha256', k).update(`${ts}:${body}`).digest('hex')}`);
  return [`ts=${ts}`, ...h1].join(';');
}

function destinationView(d: Destination, withKey: boolean) {
  return {
    id: d.id,
    description: 'local',
    type: 'url',
    destination: d.destination,
    active: true,
    api_version: 1,
    include_sensitive_fields: false,
    subscribed_events: d.subscribedEvents.map((name) => ({ name })),
    ...(withKey ? { endpoint_secret_key: d.keys[0] } : {}),
  };
}

export async function startPaddleServer(opts: { port?: number } = {}): Promise<LocalServer> {
  const destinations = new Map<string, Destination>();

  async function handle(r: Request): Promise<Reply> {
    if (!/^Bearer \S+/.test(String(r.headers.authorization ?? '')) && !r.path.startsWith('/__control'))
      return error(403, 'forbidden', 'Authentication header included, but incorrectly formatted');
    const body = (r.json ?? {}) as Record<string, unknown>;
    if (r.method === 'POST' && r.path === '/notification-settings') {
      if (typeof body.destination !== 'string' || !Array.isArray(body.subscribed_events))
        return error(400, 'bad_request', 'destination and subscribed_events are required');
      const d: Destination = {
        id: paddleId('ntfset'),
        destination: body.destination,
        subscribedEvents: body.subscribed_events.map(String),
        keys: [`pdl_ntfset_${token(26)}_${token(32)}`],
      };
      destinations.set(d.id, d);
      return { status: 201, body: { data: destinationView(d, true), meta: { request_id: token(16) } } };
    }
    const rotate = /^\/__control\/notification-settings\/([^/]+)\/rotate$/.exec(r.path);
    if (r.method === 'POST' && rotate) {
      const d = destinations.get(rotate[1]!);
      if (!d) return error(404, 'not_found', 'Notification setting not found');
      d.keys = [`pdl_ntfset_${token(26)}_${token(32)}`, d.keys[0]!];
      return { status: 200, body: { data: destinationView(d, true) } };
    }
    // Local only: sends one notification of the destination, signed; `deliver: false` only returns it.
    if (r.method === 'POST' && r.path === '/__control/notifications') {
      const d = destinations.get(String(body.notification_setting_id));
      if (!d) return error(404, 'not_found', 'Notification setting not found');
      const eventType = String(body.event_type);
      if (!d.subscribedEvents.includes(eventType))
        return error(400, 'bad_request', `${eventType} is not a subscribed event of this destination`);
      const envelope = {
        event_id: typeof body.event_id === 'string' ? body.event_id : paddleId('evt'),
        event_type: eventType,
        occurred_at: typeof body.occurred_at === 'string' ? body.occurred_at : new Date().toISOString(),
        notification_id: paddleId('ntf'),
        data: body.data,
      };
      const raw = JSON.stringify(envelope);
      const ts = typeof body.ts === 'number' ? body.ts : Math.floor(Date.now() / 1000);
      const delivery: SignedDelivery = {
        url: d.destination,
        headers: { 'content-type': 'application/json', 'paddle-signature': paddleSignatureHeader(d.keys, ts, raw) },
        body: raw,
      };
      const status = body.deliver === false ? null : await deliver(delivery);
      return { status: 201, body: { delivery, delivered_status: status } };
    }
    return error(404, 'not_found', `No route for ${r.method} ${r.path}`);
  }
  return startJsonServer(opts.port ?? 0, 'paddle-server', handle, error(400, 'invalid_json', 'Invalid JSON body'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startPaddleServer({ port: Number(process.env.PADDLE_PORT ?? 8794) });
  console.log(`local Paddle server on ${server.url}`);
}
