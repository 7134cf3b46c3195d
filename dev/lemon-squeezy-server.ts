// A local Lemon Squeezy server for the webhook side of the integration: webhooks created through
// the JSON:API (`POST /v1/webhooks` with url, events and the signing secret you choose) and
// deliveries signed as Lemon Squeezy signs them (`X-Signature`: hex HMAC-SHA256 of the raw body,
// `X-Event-Name`, body `{ meta: { event_name, custom_data }, data: <resource> }`), following
// docs.lemonsqueezy.com/help/webhooks/webhook-requests and /help/webhooks/signing-requests.
// Run alone with `npx tsx dev/lemon-squeezy-server.ts` (LEMON_SQUEEZY_PORT).
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

interface Webhook {
  id: string;
  url: string;
  events: string[];
  secret: string;
}

/** JSON:API errors, as the Lemon Squeezy API answers them. */
const error = (status: number, title: string, detail: string): Reply => ({
  status,
  body: { jsonapi: { version: '1.0' }, errors: [{ status: String(status), title, detail }] },
});

export const lemonSqueezySignatureOf = (secret: string, body: string): string =>
  createHmac('sha256', secret).update(body).digest('hex');

function webhookView(w: Webhook) {
  return {
    jsonapi: { version: '1.0' },
    data: {
      type: 'webhooks',
      id: w.id,
      attributes: { url: w.url, events: w.events, test_mode: true, last_sent_at: null },
    },
  };
}

export async function startLemonSqueezyServer(opts: { port?: number } = {}): Promise<LocalServer> {
  const webhooks = new Map<string, Webhook>();
  let nextId = 1;

  async function handle(r: Request): Promise<Reply> {
    if (!/^Bearer \S+/.test(String(r.headers.authorization ?? '')) && !r.path.startsWith('/__control'))
      return error(401, 'Unauthorized', 'Unauthenticated.');
    const body = (r.json ?? {}) as Record<string, any>;
    if (r.method === 'POST' && r.path === '/v1/webhooks') {
      const a = body.data?.attributes ?? {};
      if (typeof a.url !== 'string' || !Array.isArray(a.events) || typeof a.secret !== 'string')
        return error(422, 'Unprocessable Entity', 'url, events and secret are required');
      if (a.secret.length < 6 || a.secret.length > 40)
        return error(422, 'Unprocessable Entity', 'The secret must be between 6 and 40 characters.');
      const w: Webhook = { id: String(nextId++), url: a.url, events: a.events.map(String), secret: a.secret };
      webhooks.set(w.id, w);
      return { status: 201, body: webhookView(w) };
    }
    // Local only: sends one event of the webhook, signed; `deliver: false` only returns it.
    if (r.method === 'POST' && r.path === '/__control/deliveries') {
      const w = webhooks.get(String(body.webhook_id));
      if (!w) return error(404, 'Not Found', 'Webhook not found');
      const eventName = String(body.event_name);
      if (!w.events.includes(eventName)) return error(422, 'Unprocessable Entity', `${eventName} is not subscribed`);
      const raw = JSON.stringify({
        meta: {
          test_mode: true,
          event_name: eventName,
          webhook_id: `${randomBytes(4).toString('hex')}-${w.id}`,
          ...(body.custom_data ? { custom_data: body.custom_data } : {}),
        },
        data: body.data,
      });
      const delivery: SignedDelivery = {
        url: w.url,
        headers: {
          'content-type': 'application/json',
          'x-event-name': eventName,
          'x-signature': lemonSqueezySignatureOf(w.secret, raw),
        },
        body: raw,
      };
      const status = body.deliver === false ? null : await deliver(delivery);
      return { status: 201, body: { delivery, delivered_status: status } };
    }
    return error(404, 'Not Found', `No route for ${r.method} ${r.path}`);
  }
  return startJsonServer(opts.port ?? 0, 'lemon-squeezy-server', handle, error(400, 'Bad Request', 'Invalid JSON'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startLemonSqueezyServer({ port: Number(process.env.LEMON_SQUEEZY_PORT ?? 8795) });
  console.log(`local Lemon Squeezy server on ${server.url}`);
}
