import { neonConfig, Pool } from '@neondatabase/serverless';
import { drizzle } from 'drizzle-orm/neon-serverless';
import ws from 'ws';
import * as schema from '../schema';

/**
 * The same Neon driver the Worker uses, from Node. Node 20 has no global WebSocket, so `ws` is
 * supplied; a proxy (the local relay) is used when given, as in dev and tests.
 */
export function nodePool(databaseUrl: string, proxy?: string): Pool {
  neonConfig.webSocketConstructor = ws;
  if (proxy) {
    neonConfig.wsProxy = () => proxy;
    neonConfig.useSecureWebSocket = false;
    neonConfig.pipelineTLS = false;
    neonConfig.pipelineConnect = false;
  }
  return new Pool({ connectionString: databaseUrl });
}

export function nodeDb(pool: Pool) {
  return drizzle({ client: pool, schema, casing: 'snake_case' });
}
