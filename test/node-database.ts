import { neonConfig } from '@neondatabase/serverless';
import { afterAll, beforeAll } from 'vitest';
import ws from 'ws';
import { nodeDb, nodePool } from '../dev/neon-node';
import { createTestDatabase } from './database';

export type NodeDb = ReturnType<typeof nodeDb>;

/**
 * A node test file's own clone of the template database, through the real Neon driver over the relay;
 * `use` receives the client before the tests run, and the pool is closed after them.
 */
export function useNodeTestDatabase(use: (db: NodeDb) => void): void {
  let pool: ReturnType<typeof nodePool> | undefined;
  beforeAll(async () => {
    neonConfig.webSocketConstructor = ws;
    const { url, proxy } = await createTestDatabase();
    pool = nodePool(url, proxy);
    use(nodeDb(pool));
  });
  afterAll(() => pool?.end());
}
