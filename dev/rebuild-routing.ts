// `npm run routing:rebuild [-- --remote]`: rewrites the tracker's KV projection from Postgres.
// Locally (default) it writes to the KV state of `npm start` (.data/wrangler); with --remote, to
// the ROUTING namespace on Cloudflare, reading DATABASE_URL (Neon). The values are built by the
// same code the Worker's publish and rebuild jobs use, so the command and the cron agree.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../workers/env';
import { createLogger } from '../workers/logging';
import { allRoutingEntries } from '../workers/services/tracking/routing-rows';
import { nodeDb, nodePool } from './neon-node';

const root = fileURLToPath(new URL('..', import.meta.url));
const remote = process.argv.includes('--remote');
const databaseUrl =
  process.env.DATABASE_URL ??
  (remote ? undefined : `postgres://postgres:postgres@localhost:${process.env.PG_PORT ?? 54320}/affiliate_edge`);
if (!databaseUrl) {
  console.error('DATABASE_URL is required with --remote');
  process.exit(1);
}
// Locally Postgres is reached through npm start's relay, as the Worker reaches it.
const proxy = process.env.NEON_WS_PROXY ?? (remote ? undefined : `localhost:${process.env.RELAY_PORT ?? 54321}/v1`);

const pool = nodePool(databaseUrl, proxy);
const db = nodeDb(pool);
let entries: Awaited<ReturnType<typeof allRoutingEntries>>;
try {
  // The projection reads rows only: no binding or secret of the config is used.
  entries = await allRoutingEntries({
    ctx: { db, config: {} as Config, now: new Date(), log: createLogger() },
    input: undefined,
  });
} finally {
  await pool.end();
}

const dir = mkdtempSync(join(tmpdir(), 'routing-'));
try {
  const file = join(dir, 'routing.json');
  writeFileSync(file, JSON.stringify(entries));
  const target = remote ? ['--remote'] : ['--local', '--persist-to', join(root, '.data/wrangler')];
  const run = spawnSync(
    join(root, 'node_modules/.bin/wrangler'),
    ['kv', 'bulk', 'put', file, '--binding', 'ROUTING', ...target],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
  console.log(`wrote ${entries.length} routing keys ${remote ? 'to Cloudflare' : 'locally'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
