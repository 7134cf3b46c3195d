import { createConnection, type Socket } from 'node:net';
import { AUTHENTICATION, ERROR, IDLE, MessageScanner, PacketReader, READY, simpleQuery } from './pg-wire';

/** A signed-in server connection: its socket and what the server said between AuthenticationOk and ReadyForQuery. */
export interface ServerConnection {
  key: string;
  socket: Socket;
  /** AuthenticationOk, the ParameterStatus messages, BackendKeyData and ReadyForQuery, replayed to each client. */
  greeting: Buffer;
}

/** Why a server connection could not be opened: the server's ErrorResponse when it sent one, for the client. */
export class ServerRefused extends Error {
  constructor(readonly response: Buffer | undefined) {
    super('the server refused the connection');
  }
}

const AUTH_OK = 0;
const AUTH_CLEARTEXT = 3;

/** Opens a connection and signs in with the client's own startup packet and password message. */
function connect(pgPort: number, key: string, startup: Buffer, password: Buffer): Promise<ServerConnection> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port: pgPort });
    socket.setNoDelay(true);
    const reader = new PacketReader();
    const greeting: Buffer[] = [];
    const fail = (response?: Buffer) => {
      socket.destroy();
      reject(new ServerRefused(response));
    };
    const onData = (chunk: Buffer) => {
      for (const m of reader.push(chunk)) {
        const type = m[0];
        if (type === ERROR) return fail(m);
        if (type === AUTHENTICATION && greeting.length === 0) {
          const code = m.readInt32BE(5);
          if (code === AUTH_CLEARTEXT) socket.write(password);
          else if (code === AUTH_OK) greeting.push(m);
          // md5 and SCRAM would need the relay to know the password's scheme; the local servers use cleartext.
          else return fail();
          continue;
        }
        greeting.push(m);
        if (type === READY) {
          socket.off('data', onData);
          socket.off('error', onError);
          socket.off('close', onError);
          return resolve({ key, socket, greeting: Buffer.concat(greeting) });
        }
      }
    };
    const onError = () => fail();
    socket.on('data', onData);
    socket.once('error', onError);
    socket.once('close', onError);
    socket.write(startup);
  });
}

/**
 * Signed-in server connections kept between clients, per startup parameters and password, as Neon's pooler
 * keeps them between a Worker's requests. A connection comes back only idle and reset (DISCARD ALL: settings,
 * prepared statements, temporary tables, advisory locks and LISTENs gone), so no client sees another's session;
 * what stays is the server process with its catalog caches, which a new process rebuilds at ~20 ms of CPU.
 */
export class ServerPool {
  private readonly idle = new Map<string, ServerConnection[]>();
  /** How each idle connection leaves the pool on its own: its timer, and its close listener. */
  private readonly leaving = new Map<ServerConnection, { timer: NodeJS.Timeout; drop: () => void }>();
  /** Every open server connection, lent or idle, so that stopping the relay closes them all. */
  private readonly open = new Set<ServerConnection>();

  constructor(
    private readonly pgPort: number,
    /** An idle connection is closed after this long, so a finished test's database is not held open. */
    private readonly idleMs = 5_000,
    private readonly maxIdlePerKey = 16,
  ) {}

  /** An idle connection of that client's parameters and password, or a new one. */
  async acquire(startup: Buffer, password: Buffer): Promise<ServerConnection> {
    const key = `${startup.toString('latin1')}\0${password.toString('latin1')}`;
    const list = this.idle.get(key);
    for (let c = list?.pop(); c; c = list?.pop()) {
      this.unpark(c);
      if (!c.socket.destroyed) return c;
    }
    const c = await connect(this.pgPort, key, startup, password);
    this.open.add(c);
    // A server connection's errors are its end ('close' follows); whoever holds it then learns from 'close'.
    c.socket.on('error', () => {});
    c.socket.once('close', () => this.open.delete(c));
    return c;
  }

  /**
   * Takes a connection back from a client that left: only one that is waiting for nothing (every Query and Sync
   * answered), reset first; one left in the middle of a statement is closed, which ends the server's work too.
   */
  release(c: ServerConnection, status: { outstanding: number; transaction: number }): void {
    if (c.socket.destroyed || status.outstanding !== 0) {
      c.socket.destroy();
      return;
    }
    // Outside a transaction only DISCARD ALL; inside one (or a failed one) a ROLLBACK first, since DISCARD ALL
    // cannot run in a transaction block.
    const statements = status.transaction === IDLE ? ['DISCARD ALL'] : ['ROLLBACK', 'DISCARD ALL'];
    let answers = statements.length;
    let failed = false;
    const scanner = new MessageScanner((type) => {
      if (type === ERROR) failed = true;
      if (type === READY && --answers === 0) {
        c.socket.off('data', onData);
        if (failed) c.socket.destroy();
        else this.park(c);
      }
    });
    const onData = (chunk: Buffer) => scanner.scan(chunk);
    c.socket.on('data', onData);
    c.socket.write(Buffer.concat(statements.map(simpleQuery)));
  }

  private park(c: ServerConnection): void {
    const list = this.idle.get(c.key) ?? [];
    if (list.length >= this.maxIdlePerKey) {
      c.socket.destroy();
      return;
    }
    list.push(c);
    this.idle.set(c.key, list);
    const drop = () => {
      this.unpark(c);
      const at = list.indexOf(c);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0 && this.idle.get(c.key) === list) this.idle.delete(c.key);
      c.socket.destroy();
    };
    this.leaving.set(c, { timer: setTimeout(drop, this.idleMs).unref(), drop });
    c.socket.once('close', drop);
  }

  private unpark(c: ServerConnection): void {
    const leaving = this.leaving.get(c);
    if (!leaving) return;
    clearTimeout(leaving.timer);
    c.socket.off('close', leaving.drop);
    this.leaving.delete(c);
  }

  /** Closes every server connection, idle or lent. */
  close(): void {
    for (const c of this.open) c.socket.destroy();
    for (const { timer } of this.leaving.values()) clearTimeout(timer);
    this.idle.clear();
    this.leaving.clear();
  }
}
