import { neonConfig, Pool } from '@neondatabase/serverless';
import ws from 'ws';
import { dbOver, useWebSocketRelay } from '../workers/db/client';

/**
 * The same Neon driver the Worker uses, from Node. Node 20 has no global WebSocket, so `ws` is
 * supplied; a proxy (the local relay) is used when given, as in dev and tests.
 */
export function nodePool(databaseUrl: string, proxy?: string): Pool {
  neonConfig.webSocketConstructor = ws;
  useWebSocketRelay(proxy);
  const pool = new Pool({ connectionString: databaseUrl });
  // An idle client's connection that Postgres ends (a bench or soak stopping its Postgres after a run) is
  // reported on the pool; unheard, that event would end the process after the run had passed. The pool
  // drops that client and opens a new one for the next query, so there is nothing else to do.
  pool.on('error', () => {});
  return pool;
}

export const nodeDb = dbOver;
