// `npm start`: the whole system on this machine. Postgres, the relay and the three Workers (the API, tracker and
// renderer Workers in one workerd, dev/local-workers.ts) run under this process. Ctrl-C stops all of it, and whatever
// ends this process (a second Ctrl-C, a crash, SIGKILL) ends workerd and Postgres too (dev/process-guard.ts).
// Run as `node --import tsx`, not through the tsx command: tsx's own process relays a signal it gets to us when we
// do not acknowledge it within 30 ms (a busy event loop while building), which would count as a second Ctrl-C.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDashboard } from './build-dashboard';
import { buildDashboardOnce } from './dashboard-build-once';
import { type CronScheduler, fireThroughWrangler, startCronScheduler, wranglerCrons } from './cron-scheduler';
import { startCloudflareServer, type CloudflareServer } from './cloudflare-server';
import { migrateDatabase } from './migrate';
import { type EmailServer, startEmailServer } from './email-server';
import { DEMO_IDENTITIES, LOCAL_OIDC_CLIENTS, type OidcServer, startOidcServer } from './oidc-server';
import { startViesServer, type ViesServer } from './vies-server';
import { startWiseServer, type WiseServer } from './wise-server';
import { RECEIVER_RULE, startPayPalServer, type PayPalServer } from './paypal-server';
import { startTremendousServer, type TremendousServer } from './tremendous-server';
import type { LocalServer } from './billing-provider-server/http';
import { startLemonSqueezyServer } from './lemon-squeezy-server';
import { startPaddleServer } from './paddle-server';
import { startImportSourcesServer } from './import-sources-server';
import { DEMO_IMPORT_DATASETS, DEMO_IMPORT_TOKENS } from './import-sources/demo-datasets';
import { type StripeServer, startStripeServer } from './stripe-server';
import { preparePodrugaDemo } from './podruga-demo/prepare-podruga-demo';
import { type PodrugaDemo, startPodrugaDemo } from './podruga-demo/start-podruga-demo';
import { takenPorts } from './port-owner';
import { whenNpmGone } from './process-guard';
import { startPostgres, type LocalPostgres } from './postgres';
import { startRelay, type Relay } from './relay';
import { startTelegramServer, type TelegramServer } from './telegram-server';
import { DEMO_PASSWORD, PODRUGA_DEMO_PORT, seedDemoData, type DemoLogins } from './seed';
import { handleStopSignals, runShutdown, type ShutdownStep, withInjectedFaults } from './shutdown';
import { startLocalWorkers } from './local-workers';
import type { LocalWorker } from './wrangler-dev';

const root = fileURLToPath(new URL('..', import.meta.url));
const PG_PORT = Number(process.env.PG_PORT ?? 54320);
const RELAY_PORT = Number(process.env.RELAY_PORT ?? 54321);
const HTTP_PORT = Number(process.env.PORT ?? 8787);
const PAYPAL_PORT = Number(process.env.PAYPAL_PORT ?? 8789);
const CLOUDFLARE_PORT = Number(process.env.CLOUDFLARE_PORT ?? 8793);
/** The local Cloudflare server accepts this token and zone; a hostname turns active on its third poll. */
const LOCAL_CLOUDFLARE = { token: 'local-cloudflare-token', zoneId: 'local-zone', activateAfterPolls: 3 };
const STRIPE_PORT = Number(process.env.STRIPE_PORT ?? 8792);
// The local Stripe server's credentials; billing is on locally so the Billing page can be tried end to end.
const LOCAL_STRIPE = { secretKey: 'sk_test_local_billing', webhookSecret: 'whsec_local_billing_0123456789abcdef' };
const EMAIL_PORT = Number(process.env.EMAIL_PORT ?? 8790);
// Local Paddle and Lemon Squeezy servers: they sign notifications as the providers do and post them to the app's endpoint.
const PADDLE_PORT = Number(process.env.PADDLE_PORT ?? 8794);
const LEMON_SQUEEZY_PORT = Number(process.env.LEMON_SQUEEZY_PORT ?? 8795);
// The import sources' APIs (Rewardful…), with a demo account to import from the Import page.
const IMPORT_SOURCES_PORT = Number(process.env.IMPORT_SOURCES_PORT ?? 8797);
const TELEGRAM_PORT = Number(process.env.TELEGRAM_PORT ?? 8791);
/** The local Google and GitHub (dev/oidc-server.ts): sign in as a demo person. */
const OIDC_PORT = Number(process.env.OIDC_PORT ?? 8798);
/** The local VIES (dev/vies-server.ts): VAT ids ending in 0 are invalid, in 9 the member state is unavailable. */
const VIES_PORT = Number(process.env.VIES_PORT ?? 8799);
/** The local Tremendous (dev/tremendous-server.ts): gift-card orders; the deployment's key pays advertisers without their own. */
const TREMENDOUS_PORT = Number(process.env.TREMENDOUS_PORT ?? 8800);
const LOCAL_TREMENDOUS = { apiKey: 'TEST_local_tremendous_key', webhookKey: 'local-tremendous-webhook-key' };
/** The local Wise (dev/wise-server.ts): bank-transfer payouts from the deployment's profile; webhooks signed with its own key. */
const WISE_PORT = Number(process.env.WISE_PORT ?? 8801);
const LOCAL_WISE_TOKEN = 'local-wise-api-token';
/** The local bot (dev/telegram-server): any token works locally; the webhook secret travels in a header. */
const LOCAL_TELEGRAM = {
  botToken: '100000:local-bot-token',
  botUsername: 'affiliate_edge_local_bot',
  webhookSecret: 'local-telegram-webhook-secret',
};
/** Fixed local credentials: the local PayPal server accepts exactly these (never real ones). */
const LOCAL_PAYPAL = {
  clientId: 'local-paypal-client-id',
  clientSecret: 'local-paypal-client-secret',
  webhookId: 'LOCALWEBHOOK1',
};
/** Every port this stack listens on, checked before anything starts. */
const STACK_PORTS = [
  { port: HTTP_PORT, name: 'the Workers (API, tracker and renderer)', env: 'PORT' },
  { port: PG_PORT, name: 'Postgres', env: 'PG_PORT' },
  { port: RELAY_PORT, name: 'the database relay', env: 'RELAY_PORT' },
  { port: PAYPAL_PORT, name: 'the local PayPal', env: 'PAYPAL_PORT' },
  { port: EMAIL_PORT, name: 'the local email API', env: 'EMAIL_PORT' },
  { port: TELEGRAM_PORT, name: 'the local Telegram', env: 'TELEGRAM_PORT' },
  { port: STRIPE_PORT, name: 'the local Stripe', env: 'STRIPE_PORT' },
  { port: CLOUDFLARE_PORT, name: 'the local Cloudflare', env: 'CLOUDFLARE_PORT' },
  { port: PADDLE_PORT, name: 'the local Paddle', env: 'PADDLE_PORT' },
  { port: LEMON_SQUEEZY_PORT, name: 'the local Lemon Squeezy', env: 'LEMON_SQUEEZY_PORT' },
  { port: PODRUGA_DEMO_PORT, name: 'the Podruga demo', env: 'PODRUGA_DEMO_PORT' },
  { port: IMPORT_SOURCES_PORT, name: 'the import sources', env: 'IMPORT_SOURCES_PORT' },
  { port: OIDC_PORT, name: 'the local Google/GitHub', env: 'OIDC_PORT' },
  { port: VIES_PORT, name: 'the local VIES', env: 'VIES_PORT' },
  { port: TREMENDOUS_PORT, name: 'the local Tremendous', env: 'TREMENDOUS_PORT' },
  { port: WISE_PORT, name: 'the local Wise', env: 'WISE_PORT' },
];
const DATABASE = 'affiliate_edge';
/** Postgres's data, KV and queues, the kept secrets: `.data/` by default; AE_DATA_DIR moves them (a test's stack). */
const DATA_DIR = process.env.AE_DATA_DIR || `${root}.data`;
/**
 * Under a test run (AE_TEST_RUN, test/node/stack-lifetime.test.ts starts this script), the run's one dashboard and
 * Worker build (dev/once-per-run.ts) instead of building both again beside the e2e files that serve them.
 */
const TEST_RUN = process.env.AE_TEST_RUN || undefined;
const DAILY_CRON = '17 3 * * *';
/** LOCAL_CRONS=off leaves the crons to be run by hand (/__scheduled), as the e2e harness does. */
const LOCAL_CRONS = !['off', '0', 'false', 'no'].includes((process.env.LOCAL_CRONS ?? 'on').toLowerCase());

let pg: LocalPostgres | undefined;
let relay: Relay | undefined;
let worker: LocalWorker | undefined;
let paypal: PayPalServer | undefined;
let cloudflare: CloudflareServer | undefined;
let stripe: StripeServer | undefined;
let email: EmailServer | undefined;
let paddle: LocalServer | undefined;
let lemonSqueezy: LocalServer | undefined;
let importSources: LocalServer | undefined;
let telegram: TelegramServer | undefined;
let oidc: OidcServer | undefined;
let vies: ViesServer | undefined;
let tremendous: TremendousServer | undefined;
let wise: WiseServer | undefined;
let crons: CronScheduler | undefined;
let podruga: PodrugaDemo | undefined;
let stopping = false;

/** How long one server may take to close before the shutdown moves on without it. */
const CLOSE_TIMEOUT_MS = Number(process.env.CLOSE_TIMEOUT_MS ?? 5_000);

/**
 * The Worker first (its process group outlives us only if we never get to it), then the servers side by side,
 * each with a time limit and its errors caught, then the relay and Postgres. A second Ctrl-C exits at once.
 */
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping…');
  crons?.stop();
  const closing = (name: string, server: { close(): unknown } | undefined): ShutdownStep[] =>
    server ? [{ name, stop: () => server.close() }] : [];
  const failed = await runShutdown(
    withInjectedFaults([
      worker ? [{ name: 'the Workers', stop: () => worker?.stop(), timeoutMs: CLOSE_TIMEOUT_MS + 5_000 }] : [],
      [
        ...closing('the Podruga demo', podruga),
        ...closing('the PayPal server', paypal),
        ...closing('the Google/GitHub server', oidc),
        ...closing('the VIES server', vies),
        ...closing('the Tremendous server', tremendous),
        ...closing('the Wise server', wise),
        ...closing('the Cloudflare server', cloudflare),
        ...closing('the Stripe server', stripe),
        ...closing('the email server', email),
        ...closing('the Paddle server', paddle),
        ...closing('the Lemon Squeezy server', lemonSqueezy),
        ...closing('the import sources server', importSources),
        ...closing('the Telegram server', telegram),
      ],
      relay ? [{ name: 'the relay', stop: () => relay?.stop() }] : [],
      pg ? [{ name: 'Postgres', stop: () => pg?.stop() }] : [],
    ]),
    { timeoutMs: CLOSE_TIMEOUT_MS, warn: (line) => console.warn(line) },
  );
  process.exit(failed.length > 0 ? 1 : code);
}
handleStopSignals(stop);
// SIGKILL of `npm start` ends npm alone; without it we would carry on, holding every port.
whenNpmGone(() => void stop(0));

/** Random keys made on the first start and kept with the data, so sessions and secrets survive restarts. */
function localSecret(dataDir: string, name: string): string {
  const file = `${dataDir}/${name.toLowerCase()}`;
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function printBanner(
  logins: DemoLogins,
  urls: {
    paypal: string;
    cloudflare: string;
    email: string;
    telegram: string;
    podruga: string;
    oidc: string;
    vies: string;
    tremendous: string;
    wise: string;
  },
): void {
  const { paypal: paypalUrl, cloudflare: cloudflareUrl, email: emailUrl, telegram: telegramUrl } = urls;
  const base = `http://localhost:${HTTP_PORT}`;
  console.log(`
Affiliate Edge is running.
  dashboard      ${base}/
  health         ${base}/api/health
  openapi        ${base}/api/openapi.json
  demo click     ${base}/aff/${logins.sampleRefCode}?utm_source=demo   (tracking host: to the program's landing page)
  tracker        ${base}/aff/…, /click, /r/…, /aff-click.js, /client-click: the tracker Worker, routed as on
                 Cloudflare (docs/deploy.md#workers); every other path: the API Worker
  renderer       PDFs and banner PNGs: the renderer Worker, behind the API Worker's RENDERER service binding
  dev mailbox    ${base}/api/dev/mailbox?to=<email>
  podruga demo   ${urls.podruga}   (a fake Podruga AI settings page: its backend asks createEmbedToken
                 of the SDK for a demo user and frames the referral dashboard; ?lang=ru, ?mode=dark)
  crons          ${
    LOCAL_CRONS
      ? `every cron of wrangler.toml fires on its schedule (UTC), as in production; LOCAL_CRONS=off to stop`
      : 'off (LOCAL_CRONS=off): run them by hand'
  }
  run a cron     ${base}/__scheduled?cron=${encodeURIComponent(DAILY_CRON)}
  postgres       postgres://postgres:postgres@localhost:${PG_PORT}/${DATABASE}
  paypal         ${paypalUrl}   (local PayPal Payouts API; webhooks → ${base}/api/v1/paypal/webhooks)
                 ${RECEIVER_RULE}
  cloudflare     ${cloudflareUrl}   (local custom hostnames API; a domain turns active on the third poll,
                 or at once with POST /__control/activate {"hostname"})
  email API      ${emailUrl}   (Resend-style POST /emails; received mail: ${emailUrl}/__control/emails)
  paddle         http://localhost:${PADDLE_PORT}   (POST /notification-settings, then POST /__control/notifications:
                 signed notifications to ${base}/api/v1/paddle/<appId>/webhooks; docs/integrating.md)
  lemon squeezy  http://localhost:${LEMON_SQUEEZY_PORT}   (POST /v1/webhooks, then POST /__control/deliveries:
                 signed events to ${base}/api/v1/lemon-squeezy/<appId>/webhooks)
  import sources http://localhost:${IMPORT_SOURCES_PORT}   (demo accounts, docs/importing.md: /rewardful/v1 API secret
                 ${DEMO_IMPORT_TOKENS.rewardful}; /firstpromoter/api/v2/company ${DEMO_IMPORT_TOKENS.firstpromoter};
                 /tolt/v1 ${DEMO_IMPORT_TOKENS.tolt}; /partnerstack/api/v2 ${DEMO_IMPORT_TOKENS.partnerstack})
  google/github  ${urls.oidc}   (local sign-in providers; the consent page offers ${Object.values(DEMO_IDENTITIES)
    .map((p) => p.email)
    .join(', ')}
                 — ${DEMO_IDENTITIES.uma!.email}'s email counts as unverified; docs/accounts.md)
  vies           ${urls.vies}   (local EU VAT id checks, POST /check-vat-number: a number ending in 0 is invalid,
                 in 9 the member state is unavailable, any other is valid)
  tremendous     ${urls.tremendous}   (local gift-card API: the deployment's key pays advertisers without their own;
                 results arrive by the polling cron; signed webhooks replay from /__control/webhooks?key=…)
  wise           ${urls.wise}   (local Wise Platform API: bank-transfer payouts; move a transfer with
                 POST /__control/transfers/{id}/state {"state":"outgoing_payment_sent"}; webhooks → /api/v1/wise/webhooks)
  telegram bot   ${telegramUrl}   (Bot API; press Start for a link: POST ${telegramUrl}/__control/start {"chatId":1,"token":"…"})

Demo logins (password: ${logins.password})
${logins.users.map((u) => `  ${u.role.padEnd(22)} ${u.email}`).join('\n')}

Ctrl-C stops everything.`);
}

async function main(): Promise<void> {
  const dataDir = DATA_DIR;
  mkdirSync(dataDir, { recursive: true });
  // A taken port is said up front, with what holds it: later, workerd's own message is buried in its output,
  // and an old Worker on the app port would answer our health check for the new one.
  const taken = await takenPorts(STACK_PORTS);
  if (taken.length > 0) {
    console.error(`npm start cannot start:\n${taken.join('\n')}`);
    process.exit(1);
  }

  pg = await startPostgres({ dir: `${dataDir}/postgres`, port: PG_PORT, persistent: true });
  relay = await startRelay({ port: RELAY_PORT, pgPort: PG_PORT });
  const databaseUrl = pg.url(DATABASE);
  if (!(await pg.databaseExists(DATABASE))) await pg.admin(`CREATE DATABASE ${DATABASE}`);
  await migrateDatabase(databaseUrl, relay.proxy);
  const logins = await seedDemoData(databaseUrl, relay.proxy);

  console.log('building the dashboard…');
  await (TEST_RUN ? buildDashboardOnce(TEST_RUN) : buildDashboard());

  paypal = await startPayPalServer({
    port: PAYPAL_PORT,
    ...LOCAL_PAYPAL,
    webhookUrl: `http://localhost:${HTTP_PORT}/api/v1/paypal/webhooks`,
  });
  cloudflare = await startCloudflareServer({ port: CLOUDFLARE_PORT, ...LOCAL_CLOUDFLARE });
  stripe = await startStripeServer({
    port: STRIPE_PORT,
    ...LOCAL_STRIPE,
    webhookUrl: `http://localhost:${HTTP_PORT}/api/v1/billing/stripe/webhook`,
    connectWebhookUrl: `http://localhost:${HTTP_PORT}/api/v1/stripe/payout-webhooks/orgs/{orgId}`,
  });
  email = await startEmailServer({ port: EMAIL_PORT });
  paddle = await startPaddleServer({ port: PADDLE_PORT });
  lemonSqueezy = await startLemonSqueezyServer({ port: LEMON_SQUEEZY_PORT });
  importSources = await startImportSourcesServer({ port: IMPORT_SOURCES_PORT, datasets: DEMO_IMPORT_DATASETS });
  telegram = await startTelegramServer({
    port: TELEGRAM_PORT,
    botToken: LOCAL_TELEGRAM.botToken,
    botUsername: LOCAL_TELEGRAM.botUsername,
  });
  oidc = await startOidcServer({ port: OIDC_PORT, ...LOCAL_OIDC_CLIENTS });
  vies = await startViesServer({ port: VIES_PORT });
  tremendous = await startTremendousServer({ port: TREMENDOUS_PORT, webhookKey: LOCAL_TREMENDOUS.webhookKey });
  wise = await startWiseServer({
    port: WISE_PORT,
    token: LOCAL_WISE_TOKEN,
    webhookUrl: `http://localhost:${HTTP_PORT}/api/v1/wise/webhooks`,
  });
  worker = await startLocalWorkers({
    port: HTTP_PORT,
    databaseUrl,
    proxy: relay.proxy,
    persistTo: `${dataDir}/wrangler`,
    testRun: TEST_RUN,
    secret: (name) => localSecret(dataDir, name),
    vars: {
      PAYPAL_BASE_URL: paypal.url,
      PAYPAL_CLIENT_ID: LOCAL_PAYPAL.clientId,
      PAYPAL_CLIENT_SECRET: LOCAL_PAYPAL.clientSecret,
      PAYPAL_WEBHOOK_ID: LOCAL_PAYPAL.webhookId,
      CLOUDFLARE_API_BASE_URL: cloudflare.apiUrl,
      CLOUDFLARE_API_TOKEN: LOCAL_CLOUDFLARE.token,
      CLOUDFLARE_ZONE_ID: LOCAL_CLOUDFLARE.zoneId,
      CUSTOM_DOMAIN_CNAME_TARGET: 'customers.affiliate-edge.localhost',
      BILLING_ENABLED: 'true',
      STRIPE_API_BASE_URL: stripe.url,
      STRIPE_SECRET_KEY: LOCAL_STRIPE.secretKey,
      REWARDFUL_API_BASE_URL: `${importSources.url}/rewardful/v1`,
      FIRSTPROMOTER_API_BASE_URL: `${importSources.url}/firstpromoter/api/v2/company`,
      TOLT_API_BASE_URL: `${importSources.url}/tolt/v1`,
      PARTNERSTACK_API_BASE_URL: `${importSources.url}/partnerstack/api/v2`,
      STRIPE_BILLING_WEBHOOK_SECRET: LOCAL_STRIPE.webhookSecret,
      // The platform's Connect account pays Stripe payouts of advertisers without their own key.
      STRIPE_PAYOUTS_SECRET_KEY: LOCAL_STRIPE.secretKey,
      STRIPE_PAYOUTS_WEBHOOK_SECRET: LOCAL_STRIPE.webhookSecret,
      // Mail goes to the local email API and still lands in the outbox, so the dev mailbox keeps working.
      EMAIL_API_BASE_URL: email.url,
      EMAIL_FROM: 'Affiliate Edge <notifications@localhost.test>',
      TELEGRAM_API_BASE_URL: telegram.url,
      TELEGRAM_BOT_TOKEN: LOCAL_TELEGRAM.botToken,
      TELEGRAM_BOT_USERNAME: LOCAL_TELEGRAM.botUsername,
      TELEGRAM_WEBHOOK_SECRET: LOCAL_TELEGRAM.webhookSecret,
      GOOGLE_DISCOVERY_URL: oidc.discoveryUrl,
      GOOGLE_CLIENT_ID: LOCAL_OIDC_CLIENTS.google.clientId,
      GOOGLE_CLIENT_SECRET: LOCAL_OIDC_CLIENTS.google.clientSecret,
      GITHUB_BASE_URL: oidc.url,
      GITHUB_API_BASE_URL: oidc.url,
      GITHUB_CLIENT_ID: LOCAL_OIDC_CLIENTS.github.clientId,
      GITHUB_CLIENT_SECRET: LOCAL_OIDC_CLIENTS.github.clientSecret,
      VIES_API_BASE_URL: vies.url,
      TREMENDOUS_API_BASE_URL: tremendous.url,
      TREMENDOUS_API_KEY: LOCAL_TREMENDOUS.apiKey,
      TREMENDOUS_WEBHOOK_KEY: LOCAL_TREMENDOUS.webhookKey,
      WISE_API_BASE_URL: wise.url,
      WISE_API_TOKEN: LOCAL_WISE_TOKEN,
      WISE_PROFILE_ID: String(wise.profileId),
      WISE_WEBHOOK_PUBLIC_KEY: wise.publicKeyPem,
    },
  });
  // The bot's one-time setup, as in production: our webhook URL and its secret token.
  await fetch(`${telegram.url}/bot${LOCAL_TELEGRAM.botToken}/setWebhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      url: `http://localhost:${HTTP_PORT}/api/v1/telegram/webhook`,
      secret_token: LOCAL_TELEGRAM.webhookSecret,
    }),
  });
  void worker.exited.then((code) => {
    if (!stopping) {
      console.error(`the Workers exited (${code})`);
      void stop(1);
    }
  });
  // The daily job rebuilds the tracker's KV copy of routing, so demo links resolve at the edge.
  const rebuilt = await fetch(`${worker.url}/__scheduled?cron=${encodeURIComponent(DAILY_CRON)}`);
  if (!rebuilt.ok) console.warn(`routing rebuild answered ${rebuilt.status}; run it again with the cron URL below`);
  // Cron Triggers do not fire locally; this fires them on their schedule, as Cloudflare does.
  if (LOCAL_CRONS)
    crons = startCronScheduler({
      crons: wranglerCrons(`${root}wrangler.toml`),
      fire: fireThroughWrangler(worker.url),
      log: (line) => console.warn(line),
    });
  // The partner-app demo: Podruga AI's own backend, using the SDK with a key of the demo advertiser.
  const demo = await preparePodrugaDemo({
    apiBaseUrl: worker.url,
    owner: { email: 'ceo@acme.example', password: DEMO_PASSWORD },
    origin: `http://localhost:${PODRUGA_DEMO_PORT}`,
    keyFile: `${dataDir}/podruga-demo-key.json`,
  });
  podruga = await startPodrugaDemo({
    port: PODRUGA_DEMO_PORT,
    apiBaseUrl: worker.url,
    ...demo,
    user: { id: 'podruga-user-1', email: 'anna@podruga.example', name: 'Anna Petrova' },
    mainSiteUrl: 'https://podruga.example/',
  });
  printBanner(logins, {
    paypal: paypal.url,
    cloudflare: cloudflare.url,
    email: email.url,
    telegram: telegram.url,
    podruga: podruga.url,
    oidc: oidc.url,
    vies: vies.url,
    tremendous: tremendous.url,
    wise: wise.url,
  });
}

main().catch(async (err) => {
  // drizzle wraps the Postgres error; its cause says which constraint or column failed.
  console.error(err instanceof Error ? err.stack : err);
  if (err instanceof Error && err.cause) console.error('caused by:', err.cause);
  await stop(1);
});
