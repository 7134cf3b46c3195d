// A local PayPal-compatible REST server (Payouts v1, OAuth2 token, webhook signature
// verification) built to PayPal's OpenAPI documents, for npm start and tests. Run alone with
// `npx tsx dev/paypal-server.ts` (PAYPAL_PORT, PAYPAL_CLIENT_ID, PAYPAL_CLIENT_SECRET,
// PAYPAL_WEBHOOK_ID, PAYPAL_WEBHOOK_URL, PAYPAL_PROCESSING_DELAY_MS).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { issueToken, requireToken } from './paypal-server/auth';
import { control, takeFault } from './paypal-server/control';
import { originOf, paypalError, readBody, send, type Reply } from './paypal-server/http';
import { RECEIVER_RULE } from './paypal-server/outcomes';
import { createPayout, getPayoutBatch, getPayoutItem } from './paypal-server/payouts';
import { emptyState, resetState, type PayPalServerOptions, type ServerState } from './paypal-server/state';
import { newSigner, verifySignature, type Signer } from './paypal-server/webhooks';

export { RECEIVER_RULE } from './paypal-server/outcomes';
export type { PayPalServerOptions } from './paypal-server/state';

export interface PayPalServer {
  /** http://127.0.0.1:port — the PAYPAL_BASE_URL for clients. */
  url: string;
  close(): Promise<void>;
}

const internalError = (): Reply => paypalError(500, 'INTERNAL_SERVER_ERROR', 'An internal server error has occurred.');

export async function startPayPalServer(opts: PayPalServerOptions): Promise<PayPalServer> {
  const state = emptyState();
  let url = '';
  const signer = newSigner(() => url);
  const server = createServer((req, res) => {
    handle(state, opts, signer, req, res).catch((err: unknown) => {
      console.error('paypal-server:', err);
      if (!res.headersSent) send(res, internalError());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        resetState(state);
        // Requests held by a 'timeout' fault would otherwise keep close() waiting forever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  state: ServerState,
  opts: PayPalServerOptions,
  signer: Signer,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? 'GET';
  const origin = originOf(req);
  const url = new URL(req.url ?? '/', origin);
  const path = url.pathname;
  const raw = await readBody(req);
  let body: unknown = null;
  if (raw && !(path === '/v1/oauth2/token')) {
    try {
      body = JSON.parse(raw) as unknown;
    } catch {
      send(res, paypalError(400, 'MALFORMED_REQUEST', 'Incoming JSON request does not map to API request'));
      return;
    }
  }
  if (path.startsWith('/__control/')) {
    send(res, control(state, opts, method, path, url.searchParams, body));
    return;
  }

  const isCreate = method === 'POST' && path === '/v1/payments/payouts';
  const senderBatchId = isCreate ? senderBatchIdOf(body) : undefined;
  if (isCreate) state.createCalls.push(senderBatchId ?? '');
  const fault = takeFault(state, method, path, senderBatchId);
  if (fault?.status === 'timeout') return; // never answered; the client's timeout must fire
  if (typeof fault?.status === 'number') {
    send(
      res,
      paypalError(
        fault.status,
        fault.status === 429 ? 'RATE_LIMIT_REACHED' : 'INTERNAL_SERVER_ERROR',
        `Injected fault ${fault.status}`,
      ),
    );
    return;
  }
  const reply = route(state, opts, signer, { method, path, query: url.searchParams, raw, body, origin, req });
  send(res, fault?.status === 'accept_then_500' ? internalError() : reply);
}

function route(
  state: ServerState,
  opts: PayPalServerOptions,
  signer: Signer,
  r: {
    method: string;
    path: string;
    query: URLSearchParams;
    raw: string;
    body: unknown;
    origin: string;
    req: IncomingMessage;
  },
): Reply {
  if (r.method === 'POST' && r.path === '/v1/oauth2/token') return issueToken(state, opts, r.req, r.raw);
  const auth = requireToken(state, opts, r.req);
  if ('reply' in auth) return auth.reply;
  const { account } = auth;
  if (r.method === 'POST' && r.path === '/v1/payments/payouts')
    return createPayout(state, opts, signer, account, r.body, r.origin);
  const batch = /^\/v1\/payments\/payouts\/([^/]+)$/.exec(r.path);
  if (r.method === 'GET' && batch)
    return getPayoutBatch(state, account, decodeURIComponent(batch[1]!), r.query, r.origin);
  const item = /^\/v1\/payments\/payouts-item\/([^/]+)$/.exec(r.path);
  if (r.method === 'GET' && item) return getPayoutItem(state, account, decodeURIComponent(item[1]!), r.origin);
  if (r.method === 'POST' && r.path === '/v1/notifications/verify-webhook-signature')
    return verifySignature(state, account, signer, r.body);
  return paypalError(404, 'RESOURCE_NOT_FOUND', `No route for ${r.method} ${r.path}`);
}

function senderBatchIdOf(body: unknown): string | undefined {
  const header = (body as { sender_batch_header?: { sender_batch_id?: unknown } } | null)?.sender_batch_header;
  return typeof header?.sender_batch_id === 'string' ? header.sender_batch_id : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const env = process.env;
  const server = await startPayPalServer({
    port: Number(env.PAYPAL_PORT ?? 8789),
    clientId: env.PAYPAL_CLIENT_ID ?? 'local-paypal-client-id',
    clientSecret: env.PAYPAL_CLIENT_SECRET ?? 'local-paypal-client-secret',
    webhookId: env.PAYPAL_WEBHOOK_ID ?? 'LOCALWEBHOOK1',
    ...(env.PAYPAL_WEBHOOK_URL ? { webhookUrl: env.PAYPAL_WEBHOOK_URL } : {}),
    ...(env.PAYPAL_PROCESSING_DELAY_MS ? { processingDelayMs: Number(env.PAYPAL_PROCESSING_DELAY_MS) } : {}),
  });
  console.log(`local PayPal server on ${server.url}\n  ${RECEIVER_RULE}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
