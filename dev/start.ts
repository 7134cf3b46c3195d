// `npm start`: the whole system on this machine. Postgres and the relay run in this process;
// wrangler dev runs as a child. Ctrl-C stops all of it.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDashboard } from './build-dashboard';
import { migrateDatabase } from './migrate';
import { startPostgres, type LocalPostgres } from './postgres';
import { startRelay, type Relay } from './relay';
import { seedDemoData, type DemoLogins } from './seed';

const root = fileURLToPath(new URL('..', import.meta.url));
const PG_PORT = Number(process.env.PG_PORT ?? 54320);
const RELAY_PORT = Number(process.env.RELAY_PORT ?? 54321);
const HTTP_PORT = Number(process.env.PORT ?? 8787);
const DATABASE = 'affiliate_edge';

let pg: LocalPostgres | undefined;
let relay: Relay | undefined;
let wrangler: ChildProcess | undefined;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('\nstopping…');
    if (wrangler && wrangler.exitCode === null) {
      const exited = new Promise((r) => wrangler!.once('exit', r));
      wrangler.kill('SIGINT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (wrangler.exitCode === null) wrangler.kill('SIGKILL');
    }
    await relay?.stop();
    await pg?.stop();
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

async function waitForHealth(url: string, timeoutMs: number): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return res.json();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs / 1000}s`);
}

function printBanner(logins: DemoLogins): void {
  const base = `http://localhost:${HTTP_PORT}`;
  console.log(`
Affiliate Edge is running.
  dashboard      ${base}/
  health         ${base}/api/health
  openapi        ${base}/api/openapi.json
  demo click     ${base}/pricing/aff/${logins.sampleRefCode}?utm_source=demo
  run a cron     ${base}/__scheduled?cron=17+3+*+*+*
  postgres       postgres://postgres:postgres@localhost:${PG_PORT}/${DATABASE}

Demo logins (password: ${logins.password})
${logins.users.map((u) => `  ${u.role.padEnd(22)} ${u.email}`).join('\n')}

Ctrl-C stops everything.`);
}

/** Random keys made on the first start and kept with the data, so sessions and secrets survive restarts. */
function localSecret(dataDir: string, name: string): string {
  const file = `${dataDir}/${name}`;
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function main(): Promise<void> {
  const dataDir = `${root}.data`;
  mkdirSync(dataDir, { recursive: true });

  pg = await startPostgres({ dir: `${dataDir}/postgres`, port: PG_PORT, persistent: true });
  relay = await startRelay({ port: RELAY_PORT, pgPort: PG_PORT });
  const databaseUrl = pg.url(DATABASE);
  if (!(await pg.databaseExists(DATABASE))) await pg.admin(`CREATE DATABASE ${DATABASE}`);
  await migrateDatabase(databaseUrl, relay.proxy);
  const logins = await seedDemoData(databaseUrl, relay.proxy);

  console.log('building the dashboard…');
  await buildDashboard();

  // A local cf fixture keeps wrangler off the network; miniflare only trusts it when fresh.
  const cfPath = `${root}dev/cf.json`;
  const now = new Date();
  utimesSync(cfPath, now, now);
  wrangler = spawn(
    `${root}node_modules/.bin/wrangler`,
    [
      'dev', '--port', String(HTTP_PORT), '--ip', '127.0.0.1', '--test-scheduled',
      '--persist-to', `${dataDir}/wrangler`, '--show-interactive-dev-session=false',
      '--var', `DATABASE_URL:${databaseUrl}`, '--var', `NEON_WS_PROXY:${relay.proxy}`, '--var', `JWT_SECRET:${localSecret(dataDir, 'jwt-secret')}`,
      '--var', `DATA_ENCRYPTION_KEY:${localSecret(dataDir, 'data-encryption-key')}`,
    ],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_PATH: cfPath, WRANGLER_LOG: process.env.WRANGLER_LOG ?? 'info' },
    },
  );
  wrangler.once('exit', (code) => {
    if (!stopping) {
      console.error(`wrangler dev exited (${code})`);
      void stop(1);
    }
  });
  await waitForHealth(`http://localhost:${HTTP_PORT}/api/health`, 60_000);
  printBanner(logins);
}

main().catch(async (err) => {
  // drizzle wraps the Postgres error; its cause says which constraint or column failed.
  console.error(err instanceof Error ? err.stack : err);
  if (err instanceof Error && err.cause) console.error('caused by:', err.cause);
  await stop(1);
});

if (!existsSync(`${root}node_modules`)) console.error('Run `npm install` first.');
