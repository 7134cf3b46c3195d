// A local Tremendous-compatible REST server (API v2: products, funding sources, orders with
// external_id idempotency, rewards, order approvals, signed webhooks) built to Tremendous's published
// API reference, for npm start and tests. Run alone with `npx tsx dev/tremendous-server.ts`
// (TREMENDOUS_PORT, TREMENDOUS_WEBHOOK_KEY, TREMENDOUS_WEBHOOK_URL).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { productsFor } from './tremendous-server/catalog';
import { control, takeFault } from './tremendous-server/control';
import { createOrder, decideOrder, error, getOrder, getReward, type Reply } from './tremendous-server/orders';
import { accountOf, emptyState, type ServerState, type TremendousServerOptions } from './tremendous-server/state';

export type { TremendousServerOptions } from './tremendous-server/state';

export interface TremendousServer {
  /** http://127.0.0.1:port/api/v2 — the TREMENDOUS_API_BASE_URL for clients. */
  url: string;
  /** http://127.0.0.1:port — where /__control/ lives. */
  origin: string;
  close(): Promise<void>;
}

/** A key Tremendous would issue: sandbox keys start TEST_, production ones PROD_. */
const KEY = /^(TEST|PROD)_[A-Za-z0-9_-]{8,}$/;
const API = '/api/v2';

export async function startTremendousServer(opts: TremendousServerOptions): Promise<TremendousServer> {
  const state = emptyState();
  const server = createServer((req, res) => {
    handle(state, opts, req, res).catch((err: unknown) => {
      console.error('tremendous-server:', err);
      if (!res.headersSent) send(res, error(500, 'Internal server error'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${API}`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(state: ServerState, opts: TremendousServerOptions, req: IncomingMessage, res: ServerResponse) {
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const raw = await readBody(req);
  let body: unknown = null;
  if (raw) {
    try {
      body = JSON.parse(raw) as unknown;
    } catch {
      send(res, error(400, 'Body is not valid JSON'));
      return;
    }
  }
  if (url.pathname.startsWith('/__control/')) {
    send(res, control(state, opts, method, url.pathname, url.searchParams, (body ?? {}) as Record<string, unknown>));
    return;
  }
  const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
  if (!auth || !KEY.test(auth[1]!)) {
    send(res, error(401, 'Unauthorized: a valid API key is required'));
    return;
  }
  const key = auth[1]!;
  const path = url.pathname.startsWith(API) ? url.pathname.slice(API.length) : url.pathname;
  const fault = takeFault(state, method, path, key);
  if (fault?.when === 'before') {
    send(res, error(500, 'Injected fault'));
    return;
  }
  const reply = route(state, opts, key, method, path, url.searchParams, body);
  send(res, fault ? error(500, 'Injected fault') : reply);
}

function route(
  state: ServerState,
  opts: TremendousServerOptions,
  key: string,
  method: string,
  path: string,
  query: URLSearchParams,
  body: unknown,
): Reply {
  const account = accountOf(state, key);
  if (method === 'GET' && path === '/products')
    return { status: 200, body: { products: productsFor(query.get('country'), query.get('currency')) } };
  if (method === 'GET' && path === '/funding_sources')
    return {
      status: 200,
      body: {
        funding_sources: [
          {
            id: `BALANCE-${key.slice(-6)}`,
            method: 'balance',
            meta: { available_cents: account.balanceCents.get('USD') ?? 100_000_000 },
          },
        ],
      },
    };
  if (method === 'POST' && path === '/orders') return createOrder(state, opts, account, body);
  const order = /^\/orders\/([^/]+)$/.exec(path);
  if (method === 'GET' && order) return getOrder(account, decodeURIComponent(order[1]!));
  const reward = /^\/rewards\/([^/]+)$/.exec(path);
  if (method === 'GET' && reward) return getReward(account, decodeURIComponent(reward[1]!));
  const decision = /^\/order_approvals\/([^/]+)\/(approve|reject)$/.exec(path);
  if (method === 'POST' && decision)
    return decideOrder(state, opts, account, decodeURIComponent(decision[1]!), decision[2] === 'approve');
  return error(404, `No route for ${method} ${path}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const env = process.env;
  const server = await startTremendousServer({
    port: Number(env.TREMENDOUS_PORT ?? 8794),
    webhookKey: env.TREMENDOUS_WEBHOOK_KEY ?? 'local-tremendous-webhook-key',
    ...(env.TREMENDOUS_WEBHOOK_URL ? { webhookUrl: env.TREMENDOUS_WEBHOOK_URL } : {}),
  });
  console.log(`local Tremendous server on ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
