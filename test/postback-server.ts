import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';

/** The public-looking host tests put in postback templates; OUTBOUND_HOST_OVERRIDES sends it here. */
export const POSTBACK_TEST_HOST = 'postbacks.partner-tracker.com';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Port of the local postback receiver (test/postback-server.ts), on 127.0.0.1. */
    postbackServerPort: number;
  }
}

interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * A partner's tracker for the postback tests. workerd cannot listen on sockets, so it runs here
 * in Node. The first path segment picks the behaviour; the rest is the test's own key:
 *   /ok/…               200
 *   /flaky/{n}/{key}…   500 for the first n requests of that key, then 200
 *   /fail/…             500 always
 *   /redirect/…         302 to a loopback URL (must never be followed)
 *   /slow/{ms}/…        200 after ms milliseconds (timeouts)
 *   /__requests?key=k   every request received whose URL contains k, as JSON
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const received: Recorded[] = [];
  const served = new Map<string, number>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/__requests') {
      const key = url.searchParams.get('key') ?? '';
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(received.filter((r) => r.url.includes(key))));
      return;
    }
    received.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
    const [kind, arg, key] = url.pathname.split('/').slice(1);
    if (kind === 'ok') res.writeHead(200).end('OK');
    else if (kind === 'flaky') {
      const count = (served.get(`${arg}/${key}`) ?? 0) + 1;
      served.set(`${arg}/${key}`, count);
      res.writeHead(count <= Number(arg) ? 500 : 200).end();
    } else if (kind === 'fail') res.writeHead(500).end('down');
    else if (kind === 'redirect') res.writeHead(302, { location: 'http://127.0.0.1:1/internal-secret' }).end();
    else if (kind === 'slow') setTimeout(() => res.writeHead(200).end('late'), Number(arg));
    else res.writeHead(404).end();
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('postbackServerPort', (server.address() as AddressInfo).port);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
