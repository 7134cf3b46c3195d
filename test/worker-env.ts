import { env } from 'cloudflare:workers';
import { beforeAll } from 'vitest';
import { createTestDatabase } from './database';

/**
 * Gives this test file its own database. The Worker under test (workerFetch, queue consumers, cron)
 * runs in the test's isolate and reads the same env object, so pointing DATABASE_URL at the
 * clone before the first request routes everything there.
 */
export function useTestDatabase(): { url: () => string } {
  let url = '';
  beforeAll(async () => {
    const db = await createTestDatabase();
    url = db.url;
    (env as { DATABASE_URL: string }).DATABASE_URL = db.url;
  });
  return { url: () => url };
}
