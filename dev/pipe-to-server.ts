import { createConnection } from 'node:net';
import type { WebSocket } from 'ws';

/** Pipes one client's WebSocket to a server connection of its own, byte for byte, from its first bytes on. */
export function pipeToServer(ws: WebSocket, pgPort: number, first: Buffer[] = []): void {
  const tcp = createConnection({ host: '127.0.0.1', port: pgPort });
  tcp.setNoDelay(true);
  const pending: Buffer[] = [...first];
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
}
