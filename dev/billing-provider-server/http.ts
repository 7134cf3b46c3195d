import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A JSON answer. */
export interface Reply {
  status: number;
  body: unknown;
  /** Extra response headers (a 429's Retry-After). */
  headers?: Record<string, string>;
}

export interface LocalServer {
  /** http://127.0.0.1:port */
  url: string;
  close(): Promise<void>;
}

export interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** The parsed JSON body; undefined when empty. */
  json: unknown;
}

/** A signed webhook request as the provider sends it: what a test delivers, or the server posts. */
export interface SignedDelivery {
  url: string;
  headers: Record<string, string>;
  body: string;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function send(res: ServerResponse, reply: Reply): void {
  res
    .writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
    .end(JSON.stringify(reply.body, null, 2));
}

/** Starts a JSON server on 127.0.0.1; a body that is not JSON answers 400 with `invalidJson`. */
export async function startJsonServer(
  port: number,
  name: string,
  handle: (r: Request) => Promise<Reply>,
  invalidJson: Reply,
): Promise<LocalServer> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    readJson(req)
      .then(
        (json) =>
          handle({
            method: req.method ?? 'GET',
            path: url.pathname,
            query: url.searchParams,
            headers: req.headers,
            json,
          }),
        () => invalidJson,
      )
      .then((reply) => send(res, reply))
      .catch((err: unknown) => {
        console.error(`${name}:`, err);
        if (!res.headersSent) send(res, { status: 500, body: { error: 'internal' } });
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Posts a signed delivery to its URL when asked (npm start: the Worker listens there). In tests the
 * Worker runs inside workerd and cannot be reached, so tests deliver the returned request themselves.
 */
export async function deliver(d: SignedDelivery): Promise<number | null> {
  try {
    const res = await fetch(d.url, { method: 'POST', headers: d.headers, body: d.body });
    return res.status;
  } catch {
    return null;
  }
}
