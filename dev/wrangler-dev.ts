import type { StdioOptions } from 'node:child_process';
import { utimesSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { spawnGroup } from './process-group';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Secrets the Worker refuses to start without; each value is 32 random bytes as hex, which fits them all. */
export const LOCAL_SECRETS = ['JWT_SECRET', 'DATA_ENCRYPTION_KEY'] as const;
export type LocalSecret = (typeof LOCAL_SECRETS)[number];

/** A running local Worker: `wrangler dev` (npm start) or Miniflare in-process (the e2e files). */
export interface LocalWorker {
  url: string;
  /** Resolves with the exit code when the server ends, whoever ended it. */
  exited: Promise<number | null>;
  /** Ends the server (wrangler dev: SIGINT, then SIGKILL after 5 s); safe to call twice. */
  stop(): Promise<void>;
}

export interface WranglerDevOptions {
  port: number;
  /** The devtools port; wrangler's default (9229) lets only one wrangler dev run on the machine at a time. */
  inspectorPort?: number;
  databaseUrl: string;
  proxy: string;
  /** The value for each of LOCAL_SECRETS: kept ones for npm start, random ones for tests. */
  secret: (name: LocalSecret) => string;
  persistTo: string;
  /** A Worker already bundled (dev/worker-build-once.ts), served as it is instead of wrangler.toml's `main`. */
  script?: string;
  /** More `--var`s, e.g. the PAYPAL_* settings of the local PayPal server; they win over the defaults. */
  vars?: Record<string, string>;
  stdio?: StdioOptions;
  healthTimeoutMs?: number;
}

/**
 * The vars that name the Worker's own origin. wrangler.toml's are for port 8787; on any other
 * port, email links and the unknown-code fallback would point at a server that is not there.
 */
export function localOriginVars(port: number): Record<'APP_BASE_URL' | 'DEFAULT_FALLBACK_URL', string> {
  const origin = `http://localhost:${port}`;
  return { APP_BASE_URL: origin, DEFAULT_FALLBACK_URL: `${origin}/` };
}

/** The vars a local Worker runs with over wrangler.toml's: development mode, the database, secrets, its origin. */
export function localWorkerVars(
  opts: Pick<WranglerDevOptions, 'port' | 'databaseUrl' | 'proxy' | 'secret' | 'vars'>,
): Record<string, string> {
  return {
    ENVIRONMENT: 'development',
    DATABASE_URL: opts.databaseUrl,
    NEON_WS_PROXY: opts.proxy,
    ...Object.fromEntries(LOCAL_SECRETS.map((name) => [name, opts.secret(name)])),
    ...localOriginVars(opts.port),
    ...opts.vars,
  };
}

/** The command line of `wrangler dev` (after the binary): pure, so the vars it passes are tested. */
export function wranglerDevArgs(opts: Omit<WranglerDevOptions, 'stdio' | 'healthTimeoutMs'>): string[] {
  const vars = localWorkerVars(opts);
  return [
    'dev',
    ...(opts.script === undefined ? [] : [opts.script, '--no-bundle']),
    '--port',
    String(opts.port),
    '--ip',
    '127.0.0.1',
    ...(opts.inspectorPort === undefined ? [] : ['--inspector-port', String(opts.inspectorPort)]),
    '--test-scheduled',
    '--persist-to',
    opts.persistTo,
    '--show-interactive-dev-session=false',
    ...Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
  ];
}

/** `wrangler dev` of this repo's Worker against the given database; resolves once /api/health answers. */
export async function startWranglerDev(opts: WranglerDevOptions): Promise<LocalWorker> {
  // A local cf fixture keeps wrangler off the network; miniflare only trusts it when fresh.
  const cfPath = `${root}dev/cf.json`;
  const now = new Date();
  utimesSync(cfPath, now, now);
  const group = spawnGroup(`${root}node_modules/.bin/wrangler`, wranglerDevArgs(opts), {
    cwd: root,
    stdio: opts.stdio ?? ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      CLOUDFLARE_CF_FETCH_PATH: cfPath,
      WRANGLER_LOG: process.env.WRANGLER_LOG ?? 'info',
    },
  });
  const { exited } = group;
  const stop = () => group.stop();

  const url = `http://127.0.0.1:${opts.port}`;
  try {
    await waitForHealth(`${url}/api/health`, opts.healthTimeoutMs ?? 60_000, () => group.exitCode());
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, exited, stop };
}

export async function waitForHealth(
  url: string,
  timeoutMs: number,
  exitCode: () => number | null | undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode() !== undefined) throw new Error(`the Worker exited (${exitCode()}) before ${url} was healthy`);
    try {
      // A Worker stuck on the database would otherwise hold the request for undici's 5 minutes.
      const signal = AbortSignal.timeout(Math.max(1_000, Math.min(10_000, deadline - Date.now())));
      if ((await fetch(url, { signal })).ok) return;
    } catch {
      // not listening yet, or timed out
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs / 1000}s`);
}
