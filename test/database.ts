import { Pool } from '@neondatabase/serverless';
import { useWebSocketRelay } from '../workers/db/client';
import { inject } from 'vitest';

const CLONE_PREFIX = 'test_';
/** Whether a database is one of the clones below (the run's relay pools only those: test/global-setup.ts). */
export const isTestClone = (database: string) => database.startsWith(CLONE_PREFIX);

/**
 * Clones the migrated template into a database of this test file's own and returns its URL.
 * Works inside workerd (global WebSocket) and from Node tests that set neonConfig first.
 */
export async function createTestDatabase(): Promise<{ url: string; proxy: string }> {
  const port = inject('pgPort');
  const proxy = inject('neonProxy');
  useWebSocketRelay(proxy);
  const name = `${CLONE_PREFIX}${crypto.randomUUID().replaceAll('-', '')}`;
  const pool = new Pool({ connectionString: `postgres://postgres:postgres@localhost:${port}/postgres` });
  // workerd reports the relay socket closing after end() as an error on the idle client.
  pool.on('error', () => {});
  try {
    // FILE_COPY copies the template's files as they are; the default (WAL_LOG) writes every block of it to
    // the WAL as well: 118 → 65 ms of Postgres per clone, and every test file makes one.
    await pool.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDb')} STRATEGY FILE_COPY`);
  } finally {
    await pool.end();
  }
  return { url: `postgres://postgres:postgres@localhost:${port}/${name}`, proxy };
}
