import { createConnection } from 'node:net';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

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
 */
export async function startRelay(opts: { port: number; pgPort: number }): Promise<Relay> {
  const wss = new WebSocketServer({ port: opts.port, host: '127.0.0.1', path: '/v1' });
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve);
    wss.once('error', reject);
  });

  wss.on('connection', (ws) => {
    const tcp = createConnection({ host: '127.0.0.1', port: opts.pgPort });
    tcp.setNoDelay(true);
    const pending: Buffer[] = [];
    let open = false;
    tcp.on('connect', () => {
      open = true;
      for (const chunk of pending) tcp.write(chunk);
      pending.length = 0;
    });
    ws.on('message', (data: Buffer) => (open ? tcp.write(data) : pending.push(data)));
    tcp.on('data', (chunk) => ws.send(chunk));
    ws.on('close', () => tcp.end());
    ws.on('error', () => tcp.destroy());
    tcp.on('close', () => ws.close(1000));
    tcp.on('error', () => ws.terminate());
  });

  const port = (wss.address() as AddressInfo).port;
  return {
    port,
    proxy: `localhost:${port}/v1`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}
