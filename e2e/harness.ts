import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { z } from '@hono/zod-openapi';
import { neonConfig, type Pool } from '@neondatabase/serverless';
import { eq } from 'drizzle-orm';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { expect } from 'vitest';
import ws from 'ws';
import { freePort } from '../dev/free-port';
import { nodeDb, nodePool } from '../dev/neon-node';
import { type CloudflareServer, startCloudflareServer } from '../dev/cloudflare-server';
import { LOCAL_OIDC_CLIENTS, type OidcServer, startOidcServer } from '../dev/oidc-server';
import { type PayPalServer, startPayPalServer } from '../dev/paypal-server';
import { type StripeServer, startStripeServer } from '../dev/stripe-server';
import { type EmailServer, startEmailServer } from '../dev/email-server';
import { startTelegramServer, type TelegramServer } from '../dev/telegram-server';
import { seedDemoData } from '../dev/seed';
import { startMiniflareWorker } from '../dev/miniflare-worker';
import { runShutdown, type ShutdownStep } from '../dev/shutdown';
import type { LocalWorker } from '../dev/wrangler-dev';
import { buildWorkerOnce, E2E_RENDERER_SCRIPT, E2E_TRACKER_SCRIPT, E2E_WORKER_SCRIPT } from '../dev/worker-build-once';
import { buildDashboardOnce, testRunId } from '../dev/dashboard-build-once';
import { users } from '../schema';
import { createTestDatabase } from '../test/database';
import { createTenant } from '../test/tenant';
import { watchContext, watchWorkerLog } from './failure-evidence';
import type { mailboxResponse } from '../workers/api/accounts/dev-schema';

// The real Workers in workerd (dev/miniflare-worker.ts: the API Worker with the bindings `npm start` gives it, and
// the tracker Worker taking the click paths)
// on a clone of the test database, driven by Debian's Chromium. Call startE2e() in beforeAll, stop() in afterAll: a file gets its own database clone
// and browser contexts; the Worker and Chromium are its vitest worker's, shared with the files before it (below).
// The dashboard it serves is built once per run by e2e/global-setup.ts.

export type MailboxEmail = z.infer<typeof mailboxResponse>['emails'][number];

export interface NewPageOptions {
  /** The browser's language (navigator.language, Accept-Language); English by default. */
  locale?: 'en' | 'ru';
  /** Viewport width in CSS pixels: 375 for a phone, 1440 (the default) for a desktop. */
  width?: number;
  /** Browse the Worker under this hostname (one of `startE2e({ hosts })`) instead of 127.0.0.1. */
  host?: string;
  /** The browser's IANA time zone (Intl, Date); the machine's by default. */
  timeZone?: string;
}

export interface E2e {
  /** http://127.0.0.1:<port>, the Worker serving the API and the dashboard. */
  baseUrl: string;
  db: ReturnType<typeof nodeDb>;
  pool: Pool;
  /** An advertiser with an app, an active program and one enrolled affiliate (test/tenant.ts). */
  tenant: Awaited<ReturnType<typeof createTenant>>;
  /** A page in a fresh browser context (its own cookies and localStorage), relative URLs resolve to baseUrl. */
  newPage(opts?: NewPageOptions): Promise<Page>;
  /** The local PayPal server (dev/paypal-server.ts) when started with `{ paypal: true }`. */
  paypalUrl: string | undefined;
  /** The local Cloudflare custom hostnames server's origin (its /__control) when started with `{ cloudflare: true }`. */
  cloudflareUrl: string | undefined;
  /** The local Stripe server (dev/stripe-server.ts) when started with `{ stripe: true }`. */
  stripeUrl: string | undefined;
  /** The local email API and Telegram Bot API (dev/email-server, dev/telegram-server) when started with `{ notify: true }`. */
  emailUrl: string | undefined;
  telegramUrl: string | undefined;
  /** The emails queued for an address, newest first (GET /api/dev/mailbox). */
  readMailbox(to: string): Promise<MailboxEmail[]>;
  /** A JSON call to /api<path>, with a bearer token when given; the body parsed (null when empty). */
  api(method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; body: any }>;
  /** An access token for the user, through POST /api/auth/login. */
  apiLogIn(user: { email: string; password: string }): Promise<string>;
  stop(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // No internet here: without these Chromium keeps trying Google services.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const BROWSER_LOCALES = { en: 'en-US', ru: 'ru-RU' } as const;

/**
 * Debian's old headless shell (package chromium-headless-shell, which .ci/run installs) when it is there: the
 * same Blink and V8 as /usr/bin/chromium without the browser's UI layer, ~16 % less CPU per e2e file
 * (86 → 72 s for program-groups, the whole process tree). Files that map hostnames get the full Chromium: in
 * the shell a session on a mapped http host (a secure origin only by --unsafely-treat-insecure-origin-as-secure)
 * did not survive the next page load, which white-label checks. $E2E_CHROMIUM picks the binary for every file.
 */
function chromiumPath(mapsHosts: boolean): string {
  const shell = '/usr/bin/chromium-headless-shell';
  return process.env.E2E_CHROMIUM ?? (!mapsHosts && existsSync(shell) ? shell : '/usr/bin/chromium');
}

export interface StartE2eOptions {
  /**
   * Also run the local PayPal server, with the Worker's PAYPAL_* vars pointing at it and its webhooks sent
   * back to the Worker (as `npm start` does); receivers' +tags pick the outcomes (dev/paypal-server/outcomes.ts).
   */
  paypal?: boolean;
  /**
   * Also run the local Cloudflare custom hostnames server (dev/cloudflare-server.ts) with the Worker's
   * CLOUDFLARE_* vars pointing at it; hostnames stay pending until POST /__control/activate.
   */
  cloudflare?: boolean;
  /**
   * Also run the local Stripe server with billing on: the Worker's STRIPE_* vars point at it and its
   * webhooks go to the Worker's billing endpoint, so Checkout's hosted page completes the whole flow.
   */
  stripe?: boolean;
  /**
   * Also run the local email API and Telegram Bot API, with EMAIL_API_BASE_URL and TELEGRAM_* pointing at
   * them and the bot's webhook set (setWebhook with the secret) to the Worker, as `npm start` does.
   */
  notify?: boolean;
  /**
   * Also run the local Google and GitHub (dev/oidc-server.ts) with the Worker's GOOGLE_* and GITHUB_* vars
   * pointing at it and APP_BASE_URL at the Worker, so the providers send the browser back to its callback page.
   */
  oidc?: boolean;
  /** Extra Worker vars, e.g. OUTBOUND_HOST_OVERRIDES pointing a public-looking host at a local receiver. */
  vars?: Record<string, string>;
  /** Hostnames the browser resolves to the local Worker (an advertiser's portal domain, say). */
  hosts?: string[];
  /** Load `npm start`'s demo data (dev/seed.ts) into the database before the Worker starts. */
  demo?: boolean;
  /** A migrated database to use instead of a clone of the test run's template (dev/screenshots.ts has no run). */
  database?: { url: string; proxy: string };
}

const E2E_STRIPE = { secretKey: 'sk_test_e2e_billing', webhookSecret: 'whsec_e2e_billing_0123456789abcdef' };

/** The bot the e2e Telegram server plays; its token and webhook secret are bound into the Worker. */
export const E2E_TELEGRAM = {
  botToken: '424242:e2e-bot-token',
  botUsername: 'affiliate_edge_e2e_bot',
  webhookSecret: 'e2e-telegram-webhook-secret',
};

const E2E_PAYPAL = {
  clientId: 'e2e-paypal-client-id',
  clientSecret: 'e2e-paypal-client-secret',
  webhookId: 'E2EWEBHOOK1',
};

export async function startE2e(opts: StartE2eOptions = {}): Promise<E2e> {
  const dir = mkdtempSync(join(tmpdir(), 'affiliate-edge-e2e-'));
  let pool: Pool | undefined;
  let server: LocalWorker | undefined;
  let browser: Browser | undefined;
  let paypal: PayPalServer | undefined;
  let cloudflare: CloudflareServer | undefined;
  let stripe: StripeServer | undefined;
  let email: EmailServer | undefined;
  let telegram: TelegramServer | undefined;
  let oidc: OidcServer | undefined;
  // Each part stopped with a time limit and its errors caught, so one that fails or hangs leaves none of the
  // others (the Worker's workerd above all) running; then the failures are reported (dev/shutdown.ts).
  const stop = async () => {
    const closing = (name: string, part: { close(): unknown } | undefined): ShutdownStep[] =>
      part ? [{ name, stop: () => part.close() }] : [];
    const failed = await runShutdown(
      [
        [{ name: 'the browser', stop: () => releaseBrowser(browser) }],
        server ? [{ name: 'the Worker', stop: () => server?.stop() }] : [],
        [
          ...closing('the PayPal server', paypal),
          ...closing('the Cloudflare server', cloudflare),
          ...closing('the Stripe server', stripe),
          ...closing('the email server', email),
          ...closing('the Telegram server', telegram),
          ...closing('the Google/GitHub server', oidc),
          ...(pool ? [{ name: 'the database pool', stop: () => pool?.end() }] : []),
        ],
      ],
      { timeoutMs: 30_000, warn: (line) => console.warn(line) },
    );
    rmSync(dir, { recursive: true, force: true });
    if (failed.length > 0) throw new Error(`the e2e stack did not stop cleanly: ${failed.join(', ')}`);
  };
  try {
    // Node 20 has no global WebSocket for the Neon driver.
    neonConfig.webSocketConstructor = ws;
    const database = opts.database ?? (await createTestDatabase());
    pool = nodePool(database.url, database.proxy);
    const db = nodeDb(pool);
    const tenant = await createTenant(db);
    if (opts.demo) await seedDemoData(database.url, database.proxy);
    const port = await freePort();
    let vars: Record<string, string> = { ...opts.vars };
    if (opts.paypal) {
      paypal = await startPayPalServer({
        ...E2E_PAYPAL,
        port: await freePort(),
        webhookUrl: `http://127.0.0.1:${port}/api/v1/paypal/webhooks`,
      });
      vars = {
        ...vars,
        PAYPAL_BASE_URL: paypal.url,
        PAYPAL_CLIENT_ID: E2E_PAYPAL.clientId,
        PAYPAL_CLIENT_SECRET: E2E_PAYPAL.clientSecret,
        PAYPAL_WEBHOOK_ID: E2E_PAYPAL.webhookId,
      };
    }
    if (opts.cloudflare) {
      cloudflare = await startCloudflareServer({
        port: await freePort(),
        token: 'e2e-cloudflare-token',
        zoneId: 'e2e-zone',
      });
      vars = {
        ...vars,
        CLOUDFLARE_API_BASE_URL: cloudflare.apiUrl,
        CLOUDFLARE_API_TOKEN: 'e2e-cloudflare-token',
        CLOUDFLARE_ZONE_ID: 'e2e-zone',
        CUSTOM_DOMAIN_CNAME_TARGET: 'customers.affiliate-edge.net',
      };
    }
    if (opts.stripe) {
      stripe = await startStripeServer({
        ...E2E_STRIPE,
        port: await freePort(),
        webhookUrl: `http://127.0.0.1:${port}/api/v1/billing/stripe/webhook`,
        connectWebhookUrl: `http://127.0.0.1:${port}/api/v1/stripe/payout-webhooks/orgs/{orgId}`,
      });
      vars = {
        ...vars,
        // Stripe sends the browser back to APP_BASE_URL: it must be the origin the page's session cookie is on.
        APP_BASE_URL: `http://127.0.0.1:${port}`,
        BILLING_ENABLED: 'true',
        STRIPE_API_BASE_URL: stripe.url,
        STRIPE_SECRET_KEY: E2E_STRIPE.secretKey,
        STRIPE_BILLING_WEBHOOK_SECRET: E2E_STRIPE.webhookSecret,
        // The platform's Connect account pays Stripe payouts of advertisers without their own key.
        STRIPE_PAYOUTS_SECRET_KEY: E2E_STRIPE.secretKey,
        STRIPE_PAYOUTS_WEBHOOK_SECRET: E2E_STRIPE.webhookSecret,
      };
    }
    if (opts.notify) {
      email = await startEmailServer({ apiKey: 'e2e-email-key' });
      telegram = await startTelegramServer({ botToken: E2E_TELEGRAM.botToken, botUsername: E2E_TELEGRAM.botUsername });
      vars = {
        ...vars,
        EMAIL_API_BASE_URL: email.url,
        EMAIL_API_KEY: 'e2e-email-key',
        EMAIL_FROM: 'Affiliate Edge <notifications@example.com>',
        TELEGRAM_API_BASE_URL: telegram.url,
        TELEGRAM_BOT_TOKEN: E2E_TELEGRAM.botToken,
        TELEGRAM_BOT_USERNAME: E2E_TELEGRAM.botUsername,
        TELEGRAM_WEBHOOK_SECRET: E2E_TELEGRAM.webhookSecret,
      };
    }
    if (opts.oidc) {
      oidc = await startOidcServer({ port: await freePort(), ...LOCAL_OIDC_CLIENTS });
      vars = {
        ...vars,
        APP_BASE_URL: `http://127.0.0.1:${port}`,
        GOOGLE_DISCOVERY_URL: oidc.discoveryUrl,
        GOOGLE_CLIENT_ID: LOCAL_OIDC_CLIENTS.google.clientId,
        GOOGLE_CLIENT_SECRET: LOCAL_OIDC_CLIENTS.google.clientSecret,
        GITHUB_BASE_URL: oidc.url,
        GITHUB_API_BASE_URL: oidc.url,
        GITHUB_CLIENT_ID: LOCAL_OIDC_CLIENTS.github.clientId,
        GITHUB_CLIENT_SECRET: LOCAL_OIDC_CLIENTS.github.clientSecret,
      };
    }
    // The run's dashboard and Worker builds (started by e2e/global-setup.ts) must be there before wrangler serves them.
    await Promise.all([buildDashboardOnce(testRunId()), buildWorkerOnce(testRunId())]);
    server = sharesWorker(opts) ? await serveFile(dir, database) : await startServer(dir, database, port, vars);
    if (telegram) await setTelegramWebhook(telegram.url, `http://127.0.0.1:${port}/api/v1/telegram/webhook`);
    const hosts = opts.hosts ?? [];
    // Extra hostnames reach the local Worker and count as secure origins, like 127.0.0.1 (for cookies).
    const hostArgs = hosts.length
      ? [
          `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1`).join(',')}`,
          `--unsafely-treat-insecure-origin-as-secure=${hosts.map((h) => `http://${h}:${port}`).join(',')}`,
        ]
      : [];
    browser = await launchBrowser(hostArgs);
    const baseUrl = server.url;
    const launched = browser;

    const newPage = async ({ locale = 'en', width = 1440, host, timeZone }: NewPageOptions = {}) => {
      const context = await launched.newContext({
        baseURL: host ? `http://${host}:${port}` : baseUrl,
        locale: BROWSER_LOCALES[locale],
        ...(timeZone ? { timezoneId: timeZone } : {}),
        viewport: { width, height: width < 768 ? 812 : 900 },
        // The dashboard honours reduced motion (no transitions, spinners still): nothing to wait for between a
        // click and what it opens, and less of the browser's CPU per file than with motion.
        reducedMotion: 'reduce',
      });
      await watchContext(context);
      return context.newPage();
    };
    const readMailbox = async (to: string) => {
      const res = await fetch(`${baseUrl}/api/dev/mailbox?to=${encodeURIComponent(to)}`);
      const text = await res.text();
      expect(res.status, text).toBe(200);
      return (JSON.parse(text) as z.infer<typeof mailboxResponse>).emails;
    };
    const api: E2e['api'] = async (method, path, token, body) => {
      const res = await fetch(`${baseUrl}/api${path}`, {
        method,
        // No content type without a body: an empty body declared as JSON is invalid JSON to an optional body.
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    };
    const apiLogIn: E2e['apiLogIn'] = async (user) => {
      const res = await api('POST', '/auth/login', null, { email: user.email, password: user.password });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.accessToken as string;
    };
    return {
      baseUrl,
      db,
      pool,
      tenant,
      paypalUrl: paypal?.url,
      cloudflareUrl: cloudflare?.url,
      stripeUrl: stripe?.url,
      emailUrl: email?.url,
      telegramUrl: telegram?.url,
      newPage,
      readMailbox,
      api,
      apiLogIn,
      stop,
    };
  } catch (err) {
    // The boot's own error is the one to see; a part that also failed to stop was said by runShutdown.
    await stop().catch(() => {});
    throw err;
  }
}

/** The bot's one-time setup, as in production: setWebhook with our URL and the secret token. */
async function setTelegramWebhook(telegramUrl: string, url: string): Promise<void> {
  const res = await fetch(`${telegramUrl}/bot${E2E_TELEGRAM.botToken}/setWebhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ url, secret_token: E2E_TELEGRAM.webhookSecret }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

async function startServer(
  dir: string,
  database: { url: string; proxy: string },
  port: number,
  vars: Record<string, string>,
): Promise<LocalWorker> {
  const log = join(dir, 'worker.log');
  const output = createWriteStream(log);
  watchWorkerLog(log);
  try {
    // The Worker alone, never dev/start.ts's cron scheduler: a test runs each cron by hand (/__scheduled)
    // when it needs one, so nothing moves between its steps on the clock.
    const server = await startMiniflareWorker({
      port,
      databaseUrl: database.url,
      proxy: database.proxy,
      secret: () => randomBytes(32).toString('hex'),
      script: E2E_WORKER_SCRIPT,
      // Clicks go to the tracker Worker, as Cloudflare's routes send them (docs/deploy.md#workers).
      trackerScript: E2E_TRACKER_SCRIPT,
      // PDFs and PNGs through the API's RENDERER service binding, as on Cloudflare.
      rendererScript: E2E_RENDERER_SCRIPT,
      vars,
      output,
    });
    const stop = async () => {
      await server.stop();
      await new Promise((resolve) => output.end(resolve));
    };
    return { ...server, stop };
  } catch (err) {
    await new Promise((resolve) => output.end(resolve));
    throw new Error(`${(err as Error).message}\n--- workerd output ---\n${readFileSync(log, 'utf8').slice(-4_000)}`);
  }
}

/**
 * Whether the file can be served by its vitest worker's shared Worker: one started with none of the options that
 * change the Worker's vars or the browser's host mapping. Runs outside vitest (dev/screenshots.ts) boot their own,
 * as every file does with E2E_OWN_WORKER=1 (to rule the sharing out when a file fails only after another).
 */
function sharesWorker(opts: StartE2eOptions): boolean {
  const { demo: _, ...others } = opts;
  return (
    Boolean(process.env.VITEST) &&
    process.env.E2E_OWN_WORKER !== '1' &&
    Object.values(others).every((v) => v === undefined)
  );
}

/** Workerd's output, sent to the log of the file being served (nowhere between files). */
class LogRelay extends Writable {
  target: Writable | undefined;
  override _write(chunk: Buffer, encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (this.target) this.target.write(chunk, encoding, done);
    else done();
  }
}

/**
 * The Worker this vitest worker's files share (isolate: false runs them one after another in one process), as they
 * share its Chromium: its boot was ~3 CPU-s of every file (Miniflare's Node side and workerd to its first answer).
 * Each file still has its own database clone, and its own rate limits: POST /api/__e2e/file points the Worker at them
 * (dev/e2e-worker-entry.ts). KV, queues and the isolate's caches carry over, as in the workers project, whose
 * files share one Miniflare: what a file checks there is keyed by what it created (ids, codes, emails).
 */
let sharedWorker: Promise<{ server: LocalWorker; relay: LogRelay; ended: () => boolean }> | undefined;

async function serveFile(dir: string, database: { url: string; proxy: string }): Promise<LocalWorker> {
  const log = join(dir, 'worker.log');
  const output = createWriteStream(log);
  watchWorkerLog(log);
  const stop = async () => {
    if (shared?.relay.target === output) shared.relay.target = undefined;
    await new Promise((resolve) => output.end(resolve));
  };
  let shared = await sharedWorker?.catch(() => undefined);
  try {
    // A Worker that crashed in an earlier file is replaced rather than failing every file after it.
    if (!shared || shared.ended()) {
      const relay = new LogRelay();
      relay.target = output;
      sharedWorker = bootSharedWorker(database, relay);
      shared = await sharedWorker;
    }
    shared.relay.target = output;
    const res = await fetch(`${shared.server.url}/api/__e2e/file`, {
      method: 'POST',
      body: JSON.stringify({ databaseUrl: database.url, file: randomBytes(8).toString('hex') }),
    });
    if (res.status !== 200)
      throw new Error(`the shared Worker did not take the file: ${res.status} ${await res.text()}`);
    return { url: shared.server.url, exited: shared.server.exited, stop };
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n--- workerd output ---\n${readFileSync(log, 'utf8').slice(-4_000)}`);
  }
}

async function bootSharedWorker(database: { url: string; proxy: string }, relay: LogRelay) {
  // Ended with the worker process: startMiniflareWorker guards its workerd (dev/process-guard.ts).
  const server = await startMiniflareWorker({
    port: await freePort(),
    databaseUrl: database.url,
    proxy: database.proxy,
    secret: () => randomBytes(32).toString('hex'),
    script: E2E_WORKER_SCRIPT,
    trackerScript: E2E_TRACKER_SCRIPT,
    rendererScript: E2E_RENDERER_SCRIPT,
    vars: {},
    output: relay,
  });
  let ended = false;
  void server.exited.then(() => (ended = true));
  return { server, relay, ended: () => ended };
}

/**
 * The Chromium of this test worker. Inside vitest a worker runs its e2e files one after another in one process
 * (isolate: false), so they share one browser: its launch was ~2 s of CPU per file, and each file still gets
 * fresh contexts (cookies, storage). A file that maps extra hostnames gets a browser of its own (the mapping is
 * a launch flag), as does every run outside vitest (dev/screenshots.ts), whose process must end when it stops.
 */
let shared: Promise<Browser> | undefined;

async function launchBrowser(hostArgs: string[]): Promise<Browser> {
  const launch = () =>
    chromium.launch({ executablePath: chromiumPath(hostArgs.length > 0), args: [...CHROMIUM_ARGS, ...hostArgs] });
  if (hostArgs.length > 0 || !process.env.VITEST) return launch();
  const browser = await shared;
  // A browser that crashed in an earlier file is replaced rather than failing every file after it.
  if (browser?.isConnected()) return browser;
  shared = launch();
  // Playwright kills the browsers it launched when the worker process exits.
  return shared;
}

/** The file's contexts closed; its own browser closed, the worker's shared one kept for the next file. */
async function releaseBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  if (shared && browser === (await shared.catch(() => undefined))) {
    await Promise.all(browser.contexts().map((context) => context.close()));
  } else await browser.close();
}

const FAILING_IMPACTS = new Set(['serious', 'critical']);

/**
 * The axe-core every check injects: the project's own (package.json), not the one @axe-core/playwright 4.13
 * bundles (4.13.0, where label-content-name-mismatch is still experimental and off by default; its 4.14 needs
 * Node 22). AxeBuilder runs any axe-core it is given the source of.
 */
const AXE = createRequire(import.meta.url)('axe-core') as {
  source: string;
  _audit: { rules: { id: string; impact?: string }[] };
};

/**
 * Rules run although axe-core leaves them off by default: an accessible name that does not contain the
 * visible label (WCAG 2.5.3, serious; experimental before axe-core 4.14) leaves voice users unable to say
 * what they see.
 */
const RULES_ENABLED = ['label-content-name-mismatch'];

/**
 * The rules whose findings axe-core rates minor or moderate whatever they find (a rule's own `impact`
 * overrides its checks'): they can never fail a check, so they are not run (the landmark, region and
 * heading rules walk the whole page; ~a quarter of axe's time).
 */
const RULES_BELOW_SERIOUS: string[] = AXE._audit.rules
  .filter((r) => r.impact !== undefined && !FAILING_IMPACTS.has(r.impact))
  .map((r) => r.id);

/** axe's `rules` option: the rules below serious off, the enabled ones on. */
const AXE_RULES = Object.fromEntries([
  ...RULES_BELOW_SERIOUS.map((id) => [id, { enabled: false }]),
  ...RULES_ENABLED.map((id) => [id, { enabled: true }]),
]);

/**
 * Runs axe-core on the page as it is now (a page of newPage(): axe needs one of a browser context);
 * prints every violation and fails on a serious or critical one (rules that cannot find one are skipped).
 */
export async function checkAxe(page: Page, label: string): Promise<void> {
  // Contrast is measured as painted: a dialog or notification still fading in or out is half transparent,
  // so wait until every finite CSS transition or animation has ended (loaders spin forever; skip those).
  await page.waitForFunction(
    `document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)`,
    undefined,
    { timeout: 10_000 },
  );
  // axe.run in the page (legacy mode) instead of runPartial plus finishRun in a blank page opened for each
  // check, and axe-core injected once per document: the same rules on our frameless pages, in ~40 % of the
  // time (axe was a third of the e2e suite's time). Injected here rather than by AxeBuilder, which evaluates
  // the source it is given in the page twice (analyze, then inject into every frame): 0.5 MB sent over
  // the protocol and axe set up anew a second time on the first check of every document.
  await injectAxe(page);
  const { violations } = await new AxeBuilder({ page, axeSource: ';' })
    .setLegacyMode(true)
    // A toast can start fading in after the wait above, while axe runs, and is then measured half transparent
    // (a failure by chance in the finance e2e). Toasts' colours are the theme's, fixed for contrast once in
    // dashboard/src/lib/notification.module.css; the page under them is what each check judges.
    .exclude('.mantine-Notifications-root')
    // Only violations are judged: passes and inapplicable rules come back without their nodes, so the page
    // no longer serialises every checked element to Node for each check.
    .options({ resultTypes: ['violations'], rules: AXE_RULES })
    .analyze();
  const lines = violations.map(
    (v) => `${label}: ${v.id} (${v.impact ?? 'unknown'}) ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  for (const line of lines) console.log(`axe ${line}`);
  const failing = violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ''));
  expect(
    failing.map((v) => `${v.id} (${v.impact})`),
    `axe found serious problems:\n${lines.join('\n')}`,
  ).toEqual([]);
}

/** axe-core in each of the page's frames that lacks it (a frame that cannot run scripts is left, as AxeBuilder does). */
async function injectAxe(page: Page): Promise<void> {
  const inject = async (frame: Frame) => {
    if (!(await frame.evaluate('typeof window.axe?.run === "function"'))) await frame.evaluate(AXE.source);
  };
  await inject(page.mainFrame());
  for (const frame of page.frames()) if (frame !== page.mainFrame()) await inject(frame).catch(() => {});
}

/** Logs in through the login page at `path`; the guard sends the user on to it afterwards. */
export async function logInAt(page: Page, path: string, user: { email: string; password: string }): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(user.password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/**
 * Signs the user in without the login page, then opens `path`: for a test whose subject is not the login form
 * (the form and its redirect are tested in their own files). The context logs in through the API as the
 * dashboard does, the refresh token into the HttpOnly cookie, and the page boots on `path` with that cookie
 * alone, as after a reload. The login page's load was ~1 CPU-s of Chromium's renderer per sign-in.
 */
export async function signedInAt(page: Page, path: string, user: { email: string; password: string }): Promise<void> {
  const res = await page.context().request.post('/api/auth/login', {
    headers: { 'X-Refresh-Transport': 'cookie' },
    data: { email: user.email, password: user.password },
  });
  if (res.status() !== 200) throw new Error(`signing ${user.email} in answered ${res.status()}: ${await res.text()}`);
  await page.goto(path);
}

/** A screenshot (full-page unless told) into $E2E_SHOTS_DIR/<name>.png, for people to look at; nothing when it is unset. */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
}

/** Waits for running CSS transitions and animations (the navbar sliding after a resize, colours fading in). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const g = globalThis as any;
    // Two frames first: a transition starts on the frame after the style change that causes it.
    await new Promise((resolve) => g.requestAnimationFrame(() => g.requestAnimationFrame(resolve)));
    // A spinner's animation never finishes; only the finite ones are waited for.
    const finite = (g.document.getAnimations() as any[]).filter(
      (a) => a.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY,
    );
    await Promise.allSettled(finite.map((a) => a.finished));
  });
}

/**
 * Full-page screenshots of the page at 1440 and 375 px, for people to look at, then back to 1440 × 900 (which
 * the tests after it rely on). Without $E2E_SHOTS_DIR only that last resize happens: CI skips the settling.
 */
export async function shoot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SHOTS_DIR) {
    for (const width of [1440, 375]) {
      await page.setViewportSize({ width, height: width > 400 ? 900 : 800 });
      // The shell's navbar slides out when the width crosses its breakpoint; shoot after the transition.
      await settle(page);
      // A full-page shot of a scrolled page draws the fixed header mid-page.
      await page.evaluate('window.scrollTo(0, 0)');
      await screenshot(page, `${name}-${width}`);
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/**
 * The EN/RU switch of the page on show, then the document's language. Signed-in pages also wait for the choice
 * to be saved to the profile (the next page load reads it from there); signed-out ones pass waitForSave false.
 */
export async function switchLanguage(page: Page, to: 'EN' | 'RU', { waitForSave = true } = {}): Promise<void> {
  const lang = () => page.locator('html').getAttribute('lang');
  // Already in that language (the profile's choice): a click would change and save nothing.
  if ((await lang()) === to.toLowerCase()) return;
  const saved = waitForSave
    ? page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH')
    : undefined;
  await page.getByTestId('language-switch').getByText(to).click();
  if (saved) expect((await saved).status()).toBe(200);
  await expect.poll(lang).toBe(to.toLowerCase());
}

/** Axe and a screenshot (both widths) in English, then in Russian once `ru` is seen, then back to English. */
export async function bothLanguages(page: Page, name: string, ru: () => Promise<void>): Promise<void> {
  await checkAxe(page, `${name} (en)`);
  await shoot(page, `${name}-en`);
  await switchLanguage(page, 'RU');
  await ru();
  await checkAxe(page, `${name} (ru)`);
  await shoot(page, `${name}-ru`);
  await switchLanguage(page, 'EN');
}

/**
 * The self-billing invoice `number` as a documents table lists it: its row shows up (the paying transaction issued
 * it), holds each of `texts` (the amount, the payee…), and its download button saves `<number>.pdf`, a PDF file.
 */
export async function checkInvoiceRow(
  page: Page,
  number: string,
  texts: string[],
  /** How its download button names it. */
  kind: 'invoice' | 'credit note' = 'invoice',
): Promise<void> {
  const row = page.getByRole('row').filter({ hasText: number });
  await row.waitFor({ timeout: 30_000 });
  const shown = await row.textContent();
  for (const text of texts) expect(shown).toContain(text);
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: `Download ${kind} ${number} as PDF` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${number}.pdf`);
  expect(
    readFileSync(await file.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
}

/** The path and query of the link in the newest `template` email to `to`, waiting for it to be queued. */
export async function mailedLink(e2e: Pick<E2e, 'readMailbox'>, to: string, template: string): Promise<string> {
  let text = '';
  await expect
    .poll(async () => {
      text = (await e2e.readMailbox(to)).find((m) => m.template === template)?.text ?? '';
      return text;
    })
    .toMatch(/token=/);
  // Emails link to APP_BASE_URL; the test server runs on another port.
  const url = new URL(/https?:\/\/\S+token=\S+/.exec(text)![0]);
  return `${url.pathname}${url.search}`;
}

/**
 * After a sign-in: waits for the person's home (which depends on the account: an approved affiliate
 * without an advertiser lands on the marketplace) to load, then opens their profile.
 */
export async function openProfileAfterLogIn(page: Page): Promise<void> {
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
  await page.goto('/account/profile');
  await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor({ timeout: 30_000 });
}

/** A user signed up through the API and verified through the emailed link, as a person would. */
export async function signUpVerified(
  e2e: Pick<E2e, 'baseUrl' | 'readMailbox'> & Partial<Pick<E2e, 'db'>>,
  opts: {
    accountType?: 'affiliate' | 'advertiser';
    locale?: 'en' | 'ru';
    password?: string;
    /** The platform has approved the affiliate (its home is then the profile, not the waiting page). */
    approved?: boolean;
  } = {},
): Promise<{ email: string; password: string; userId: string }> {
  const accountType = opts.accountType ?? 'affiliate';
  const email = `${accountType}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}@example.com`;
  const password = opts.password ?? 'correct horse battery';
  const signUp = await postJson(`${e2e.baseUrl}/api/auth/signup`, {
    email,
    password,
    accountType,
    ...(accountType === 'advertiser' ? { organizationName: 'Acme' } : {}),
    ...(opts.locale ? { locale: opts.locale } : {}),
  });
  expect(signUp.status, JSON.stringify(signUp.body)).toBe(201);
  const mail = (await e2e.readMailbox(email)).find((m) => m.template === 'verify_email');
  const token = /[?&]token=([^\s&]+)/.exec(mail?.text ?? '')?.[1];
  expect(token, `no verification link mailed to ${email}`).toBeDefined();
  const verified = await postJson(`${e2e.baseUrl}/api/auth/verify-email`, { token: decodeURIComponent(token!) });
  expect(verified.status, JSON.stringify(verified.body)).toBe(200);
  const userId = (signUp.body as { userId: string }).userId;
  if (opts.approved) {
    if (!e2e.db) throw new Error('signUpVerified: approved needs the e2e database');
    await e2e.db
      .update(users)
      .set({ approvedAffiliate: true, affiliateReviewedAt: new Date() })
      .where(eq(users.id, userId));
  }
  return { email, password, userId };
}

async function postJson(url: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}
