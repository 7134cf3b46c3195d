import { Pool, neonConfig } from '@neondatabase/serverless';
import { drizzle } from 'drizzle-orm/neon-serverless';
import { createLogger } from '../logging';

export type Db = ReturnType<typeof dbOver>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A pool-backed database or an open transaction: services take either. */
export type Executor = Db | Tx;

export interface DbHandle {
  db: Db;
  /** Ends the pool; call through waitUntil once the response is out. */
  close(): Promise<void>;
}

let proxyConfigured: string | undefined;

/**
 * Locally the Neon driver reaches a plain Postgres through the WebSocket relay (dev/relay.ts) with
 * no TLS; in production NEON_WS_PROXY is unset and the driver talks to Neon as usual.
 */
export function useWebSocketRelay(proxy: string | undefined): void {
  if (!proxy || proxy === proxyConfigured) return;
  neonConfig.wsProxy = () => proxy;
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineTLS = false;
  neonConfig.pipelineConnect = false;
  proxyConfigured = proxy;
}

/**
 * Drizzle over a Neon pool, with the column casing every caller must share. No `schema`: services
 * write SQL through the query builder and the tables they import, never drizzle's relational
 * `db.query` API, and passing the schema made drizzle() index all of its tables and relations on
 * every call: 1.4-2.4 ms of CPU per request and queue batch (200 exports), for nothing.
 */
export function dbOver(pool: Pool) {
  return drizzle({ client: pool, casing: 'snake_case' });
}

/** A pool lives inside one request or one queue batch: Workers cannot share sockets across them. */
export function openDb(config: {
  DATABASE_URL: string;
  NEON_WS_PROXY?: string | undefined;
  /** A number once the config is parsed; the raw binding (a string) where tests pass the Worker's env as it is. */
  DB_CONNECT_TIMEOUT_MS?: number | string | undefined;
}): DbHandle {
  useWebSocketRelay(config.NEON_WS_PROXY);
  // Fail fast in production (a stuck connect holds the request); the workerd tests raise it, since a 2-core
  // runner busy with the browser files can take longer than that to open a connection through the relay.
  const connectionTimeoutMillis = Number(config.DB_CONNECT_TIMEOUT_MS ?? 5_000);
  const pool = new Pool({ connectionString: config.DATABASE_URL, connectionTimeoutMillis });
  let ending = false;
  // An idle client that loses its socket emits 'error'; without a listener that would be thrown.
  // workerd also reports the socket closing after end() as an error, which is no news.
  pool.on('error', (err: Error) => {
    if (!ending) createLogger().error('pg_pool_error', { message: `pg pool: ${err.message}` });
  });
  const close = () => {
    ending = true;
    return pool.end();
  };
  return { db: dbOver(pool), close };
}
