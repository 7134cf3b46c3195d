// A local stand-in for Cloudflare for SaaS custom hostnames (the v4 API's /zones/{zone}/custom_hostnames),
// for npm start and tests. Run alone with `npx tsx dev/cloudflare-server.ts` (CLOUDFLARE_PORT,
// CLOUDFLARE_API_TOKEN, CLOUDFLARE_ZONE_ID, CLOUDFLARE_ACTIVATE_AFTER_POLLS).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { control } from './cloudflare-server/control';
import {
  createHostname,
  deleteHostname,
  getHostname,
  listHostnames,
  patchHostname,
} from './cloudflare-server/hostnames';
import { fail, readBody, send, type Reply } from './cloudflare-server/http';
import { emptyState, type CloudflareServerOptions, type ServerState } from './cloudflare-server/state';

export type { CloudflareServerOptions } from './cloudflare-server/state';

export interface CloudflareServer {
  /** http://127.0.0.1:port/client/v4 — the CLOUDFLARE_API_BASE_URL for clients. */
  apiUrl: string;
  /** http://127.0.0.1:port — where /__control lives. */
  url: string;
  close(): Promise<void>;
}

export async function startCloudflareServer(opts: CloudflareServerOptions): Promise<CloudflareServer> {
  const state = emptyState();
  const server = createServer((req, res) => {
    handle(state, opts, req, res).catch((err: unknown) => {
      console.error('cloudflare-server:', err);
      if (!res.headersSent) send(res, fail(500, 10000, 'Internal error'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    apiUrl: `${url}/client/v4`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  state: ServerState,
  opts: CloudflareServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const raw = await readBody(req);
  let body: unknown = null;
  if (raw) {
    try {
      body = JSON.parse(raw) as unknown;
    } catch {
      send(res, fail(400, 6007, 'Malformed JSON in request body'));
      return;
    }
  }
  if (url.pathname.startsWith('/__control/')) {
    send(res, control(state, method, url.pathname, body));
    return;
  }
  send(res, route(state, opts, method, url, body, req.headers.authorization));
}

function route(
  state: ServerState,
  opts: CloudflareServerOptions,
  method: string,
  url: URL,
  body: unknown,
  authorization: string | undefined,
): Reply {
  const match = /^\/client\/v4\/zones\/([^/]+)\/custom_hostnames(?:\/([^/]+))?$/.exec(url.pathname);
  if (!match) return fail(404, 7003, 'Could not route to the requested path');
  if (authorization !== `Bearer ${opts.token}`) return fail(403, 10000, 'Authentication error');
  if (decodeURIComponent(match[1]!) !== opts.zoneId) return fail(404, 1001, 'Invalid zone identifier');
  const id = match[2] ? decodeURIComponent(match[2]) : null;
  const outage = id ? (state.outages.get(id) ?? 0) : 0;
  if (id && outage > 0) {
    state.outages.set(id, outage - 1);
    return fail(503, 10000, 'Service temporarily unavailable');
  }
  if (!id && method === 'POST') return createHostname(state, body);
  if (!id && method === 'GET') return listHostnames(state, url.searchParams);
  if (id && method === 'GET') return getHostname(state, opts, id);
  if (id && method === 'PATCH') return patchHostname(state, id, body);
  if (id && method === 'DELETE') return deleteHostname(state, id);
  return fail(405, 10405, `Method ${method} not allowed`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const env = process.env;
  const server = await startCloudflareServer({
    port: Number(env.CLOUDFLARE_PORT ?? 8793),
    token: env.CLOUDFLARE_API_TOKEN ?? 'local-cloudflare-token',
    zoneId: env.CLOUDFLARE_ZONE_ID ?? 'local-zone',
    activateAfterPolls: Number(env.CLOUDFLARE_ACTIVATE_AFTER_POLLS ?? 3),
  });
  console.log(`cloudflare-server listening on ${server.apiUrl}`);
}
