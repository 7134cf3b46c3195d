/** Secrets the Worker refuses to start without; each value is 32 random bytes as hex, which fits them all. */
export const LOCAL_SECRETS = ['JWT_SECRET', 'DATA_ENCRYPTION_KEY'] as const;
export type LocalSecret = (typeof LOCAL_SECRETS)[number];

/** A running local Worker: Miniflare in-process (npm start's three Workers, the e2e files). */
export interface LocalWorker {
  url: string;
  /** Resolves with the exit code when the server ends, whoever ended it. */
  exited: Promise<number | null>;
  /** Ends the server; safe to call twice. */
  stop(): Promise<void>;
}

export interface WranglerDevOptions {
  port: number;
  databaseUrl: string;
  proxy: string;
  /** The value for each of LOCAL_SECRETS: kept ones for npm start, random ones for tests. */
  secret: (name: LocalSecret) => string;
  /** More vars, e.g. the PAYPAL_* settings of the local PayPal server; they win over the defaults. */
  vars?: Record<string, string>;
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
