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
  return new Pool({ connectionString: databaseUrl });
}

export const nodeDb = dbOver;
