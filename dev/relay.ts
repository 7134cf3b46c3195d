import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { ServerPool } from './pg-server-pool';
import { pipeToServer } from './pipe-to-server';
import { pooledSession } from './pooled-session';

export interface Relay {
  port: number;
  /** Value for NEON_WS_PROXY: the Neon driver appends nothing else to it. */
  proxy: string;
  stop(): Promise<void>;
}

/**
 * The WebSocket → TCP relay that Neon runs in front of its Postgres, for a local server. The
 * Neon driver (from Node, wrangler dev or workerd tests) opens ws://localhost:PORT/v1 and speaks
 * the Postgres wire protocol inside binary frames. The target is fixed to the local server, whatever
 * address the client asks for, so the relay cannot be used to reach anything else.
 *
 * With `pooled`, clients of the databases it names share signed-in server connections as they would through
 * Neon's pooled URL (dev/pooled-session.ts): the tests' Worker opens a connection per request, and a new server
 * process costs ~20 ms of Postgres CPU before its first result, against ~1.5 ms for the same statements on a warm
 * one. Other databases (the template tests clone, the maintenance one) get a connection of their own, since an
 * idle pooled session would block CREATE DATABASE … TEMPLATE.
 */
export async function startRelay(opts: {
  port: number;
  pgPort: number;
  pooled?: (database: string) => boolean;
}): Promise<Relay> {
  const wss = new WebSocketServer({ port: opts.port, host: '127.0.0.1', path: '/v1' });
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve);
    wss.once('error', reject);
  });
  const pooling = opts.pooled && { pgPort: opts.pgPort, pool: new ServerPool(opts.pgPort), pooled: opts.pooled };

  wss.on('connection', (ws) => {
    if (pooling) pooledSession(ws, pooling);
    else pipeToServer(ws, opts.pgPort);
  });

  const port = (wss.address() as AddressInfo).port;
  return {
    port,
    proxy: `localhost:${port}/v1`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        if (pooling) pooling.pool.close();
        wss.close(() => resolve());
      }),
  };
}
