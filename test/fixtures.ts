import { env } from 'cloudflare:workers';
import { openDb, type Db } from '../workers/db/client';

export { createTenant } from './tenant';

/** A database handle for assertions, on this test file's own database. */
export function testDb(): { db: Db; close: () => Promise<void> } {
  return openDb(env);
}
