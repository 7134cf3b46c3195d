import { createConnection } from 'node:net';
import type { WebSocket } from 'ws';
import type { ServerConnection, ServerPool } from './pg-server-pool';
import { ServerRefused } from './pg-server-pool';
import {
  askPassword,
  CANCEL_REQUEST,
  FUNCTION_CALL,
  fatal,
  GSSENC_REQUEST,
  IDLE,
  MessageScanner,
  PacketReader,
  PASSWORD,
  QUERY,
  READY,
  SSL_REQUEST,
  SYNC,
  startupParameters,
  TERMINATE,
} from './pg-wire';
import { pipeToServer } from './pipe-to-server';

const EMPTY = Buffer.alloc(0);

/**
 * One client of the pooling relay, as a pooler in session mode serves it: the relay reads the startup packet and
 * asks for the password itself, then lends the client a signed-in server connection of the same parameters and
 * password (a new one when none is idle) and replays that connection's greeting. Messages then pass through as
 * they are, counted only to know when every Query and Sync has its ReadyForQuery; the client's Terminate is kept
 * back, so the server connection outlives it and goes back to the pool (reset) when the client leaves.
 */
export function pooledSession(
  ws: WebSocket,
  opts: { pgPort: number; pool: ServerPool; pooled: (database: string) => boolean },
): void {
  const reader = new PacketReader();
  reader.untyped = true;
  let state: 'startup' | 'password' | 'connecting' | 'active' | 'done' = 'startup';
  let startup: Buffer = EMPTY;
  let server: ServerConnection | undefined;
  const waiting: Buffer[] = [];
  /** Queries and Syncs the server has not answered with ReadyForQuery yet, and the last transaction status. */
  const status = { outstanding: 0, transaction: IDLE };
  const scanner = new MessageScanner((type, first) => {
    if (type !== READY) return;
    status.outstanding--;
    status.transaction = first;
  });

  const onServerData = (chunk: Buffer) => {
    scanner.scan(chunk);
    ws.send(chunk);
  };
  const onServerGone = () => {
    server = undefined;
    finish();
  };

  const finish = () => {
    if (state === 'done') return;
    state = 'done';
    if (server) {
      server.socket.off('data', onServerData);
      server.socket.off('close', onServerGone);
      server.socket.off('error', onServerGone);
      opts.pool.release(server, status);
      server = undefined;
    }
    ws.close(1000);
  };

  const attach = (c: ServerConnection) => {
    // The client left while the connection was being found: it goes straight back.
    if (state === 'done') {
      opts.pool.release(c, status);
      return;
    }
    server = c;
    state = 'active';
    c.socket.on('data', onServerData);
    c.socket.once('close', onServerGone);
    c.socket.once('error', onServerGone);
    ws.send(c.greeting);
    forward(waiting.splice(0));
  };

  const forward = (packets: Buffer[]) => {
    const out: Buffer[] = [];
    for (const p of packets) {
      const type = p[0];
      if (type === TERMINATE) break;
      if (type === QUERY || type === SYNC || type === FUNCTION_CALL) status.outstanding++;
      out.push(p);
    }
    if (out.length > 0) server!.socket.write(out.length === 1 ? out[0]! : Buffer.concat(out));
    if (out.length < packets.length) finish();
  };

  /** The startup packet: a pooled database's client is asked for its password, any other one piped as it is. */
  const start = (p: Buffer): void => {
    const code = p.readInt32BE(4);
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
      // No TLS on the local relay: the client goes on in plain text, as Postgres lets it.
      ws.send(Buffer.from('N'));
    } else if (code === CANCEL_REQUEST) {
      // It names the server process by the BackendKeyData replayed to the client: the pooled one's own.
      createConnection({ host: '127.0.0.1', port: opts.pgPort }).end(p);
      state = 'done';
      ws.close(1000);
    } else {
      const params = startupParameters(p);
      if (opts.pooled(params.get('database') ?? params.get('user') ?? '')) {
        startup = p;
        reader.untyped = false;
        state = 'password';
        ws.send(askPassword());
      } else {
        state = 'done';
        ws.off('message', onClient);
        ws.off('close', finish);
        ws.off('error', finish);
        pipeToServer(ws, opts.pgPort, [p, reader.rest()]);
      }
    }
  };

  /** The password message: the session waits for a server connection signed in with the same. */
  const signIn = (p: Buffer): void => {
    if (p[0] !== PASSWORD) {
      ws.send(fatal('the relay expected a password message'));
      finish();
      return;
    }
    state = 'connecting';
    opts.pool.acquire(startup, p).then(attach, (err: Error) => {
      if (state !== 'done') ws.send(err instanceof ServerRefused && err.response ? err.response : fatal(err.message));
      finish();
    });
  };

  /** One packet, by the session's state; a closed session's are dropped. */
  const step = (p: Buffer): void => {
    if (state === 'active') forward([p]);
    else if (state === 'startup') start(p);
    else if (state === 'password') signIn(p);
    else if (state === 'connecting') waiting.push(p);
  };

  const onClient = (data: Buffer) => {
    if (state === 'active') return forward(reader.push(data));
    // Before the session is active packets come one at a time: the startup packet is untyped, the rest typed.
    for (let packets = reader.push(data); packets.length > 0; packets = reader.push(EMPTY)) {
      for (const p of packets) step(p);
    }
  };

  ws.on('message', onClient);
  ws.on('close', finish);
  ws.on('error', finish);
}
