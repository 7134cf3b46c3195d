import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../dev/free-port';
import { migrateDatabase } from '../dev/migrate';
import { startPostgres } from '../dev/postgres';
import { startRelay } from '../dev/relay';
import { isTestClone } from './database';

export const TEMPLATE_DB = 'affiliate_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgPort: number;
    /** NEON_WS_PROXY value for the relay in front of the test server. */
    neonProxy: string;
    templateDb: string;
  }
}

/**
 * One Postgres 18 and one relay for the whole run; migrations go into a template database once,
 * and every test file clones it (test/database.ts), so files never share state.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // wrangler.toml serves dist/dashboard as assets and the pool refuses to start when the folder is missing
  // (a fresh clone); the API tests need no built dashboard, the e2e tests build it themselves.
  mkdirSync('dist/dashboard', { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'affiliate-edge-pg-'));
  const pg = await startPostgres({ dir, port: await freePort(), persistent: false });
  // The Worker opens a connection per request: the relay lends the files' clones signed-in server connections, as
  // Neon's pooled URL does in production (dev/relay.ts).
  const relay = await startRelay({ port: await freePort(), pgPort: pg.port, pooled: isTestClone });
  try {
    await pg.admin(`CREATE DATABASE ${TEMPLATE_DB}`);
    await migrateDatabase(pg.url(TEMPLATE_DB), relay.proxy);
  } catch (err) {
    await relay.stop();
    await pg.stop();
    throw err;
  }
  project.provide('pgPort', pg.port);
  project.provide('neonProxy', relay.proxy);
  project.provide('templateDb', TEMPLATE_DB);

  return async () => {
    await relay.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
