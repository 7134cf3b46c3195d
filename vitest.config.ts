import { randomUUID } from 'node:crypto';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { dashboardAliases } from './dashboard/aliases.ts';
import { testRendererWorker } from './dev/renderer-build-once.ts';
import SlowFirstSequencer from './test/sequencer.ts';

// Names this run for the processes it starts: they share one dashboard build (dev/dashboard-build-once.ts).
process.env.AE_TEST_RUN ??= randomUUID();

/** Test files of the workers and node projects run at once (VITEST_UNIT_WORKERS overrides, e.g. 1 to debug). */
const UNIT_WORKERS = Number(process.env.VITEST_UNIT_WORKERS ?? 2);
/** E2e files at once (VITEST_E2E_WORKERS); each boots its own wrangler dev, database clone and Chromium. */
const E2E_WORKERS = Number(process.env.VITEST_E2E_WORKERS ?? 2);

export default defineConfig({
  test: {
    // Known long files first within each project, so none starts last and leaves a worker idle.
    sequence: { sequencer: SlowFirstSequencer },
    globalSetup: [
      './test/global-setup.ts',
      './test/postback-server.ts',
      './test/paypal-server.ts',
      './test/cloudflare-server.ts',
      './test/stripe-billing-server.ts',
      './test/billing-provider-servers.ts',
      './test/import-sources-server.ts',
      './test/notify-servers.ts',
      './test/webhook-receiver.ts',
      './test/oidc-server.ts',
      './test/vies-server.ts',
      './test/tremendous-server.ts',
      './test/wise-server.ts',
    ],
    projects: [
      {
        plugins: [
          cloudflareTest(async ({ inject }) => ({
            main: './workers/index.ts',
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              // The renderer Worker beside the API Worker, for its RENDERER service binding: tax forms, invoices and
              // 1099s download as PDFs, banners as PNGs, rendered by the built renderer as in production.
              workers: [await testRendererWorker(process.env.AE_TEST_RUN!)],
              bindings: {
                ENVIRONMENT: 'test',
                // Each test file points this at its own clone (test/worker-env.ts).
                DATABASE_URL: `postgres://postgres:postgres@localhost:${inject('pgPort')}/no_database_selected`,
                NEON_WS_PROXY: inject('neonProxy'),
                // Beside the browser files a starved runner can take over 5 s to connect; a hang still fails at the test's bound.
                DB_CONNECT_TIMEOUT_MS: '60000',
                JWT_SECRET: 'test-only-jwt-secret-0123456789abcdef0123456789',
                DATA_ENCRYPTION_KEY: '0123456789abcdef'.repeat(4),
                // Postback tests template https://postbacks.partner-tracker.com/…, served by test/postback-server.ts;
                // the -down host is a closed local port (a tracker that refuses connections). Webhook tests use
                // https://hooks.receiver-example.com/…, served by test/webhook-receiver.ts.
                OUTBOUND_HOST_OVERRIDES: `postbacks.partner-tracker.com=127.0.0.1:${inject('postbackServerPort')},postbacks-down.partner-tracker.com=127.0.0.1:1,hooks.receiver-example.com=127.0.0.1:${inject('webhookReceiverPort')},hooks-down.receiver-example.com=127.0.0.1:1`,
                // The shared local PayPal server; the credentials are the ones test/paypal-server.ts gives it.
                PAYPAL_BASE_URL: inject('paypalBaseUrl'),
                PAYPAL_CLIENT_ID: 'test-paypal-client-id',
                PAYPAL_CLIENT_SECRET: 'test-paypal-client-secret',
                PAYPAL_WEBHOOK_ID: 'TESTWEBHOOK1',
                // The shared local Cloudflare custom hostnames server (test/cloudflare-server.ts).
                CLOUDFLARE_API_BASE_URL: inject('cloudflareApiUrl'),
                CLOUDFLARE_API_TOKEN: 'test-cloudflare-token',
                CLOUDFLARE_ZONE_ID: 'test-zone',
                CUSTOM_DOMAIN_CNAME_TARGET: 'customers.affiliate-edge.net',
                // Organizations' live-mode apps (test/paypal-server.ts starts a second server for it).
                PAYPAL_LIVE_BASE_URL: inject('paypalLiveBaseUrl'),
                // Stripe Billing against the shared local Stripe server (test/stripe-billing-server.ts).
                BILLING_ENABLED: 'true',
                STRIPE_API_BASE_URL: inject('stripeBaseUrl'),
                // Imports read the shared local server of the sources' APIs (test/import-sources-server.ts).
                REWARDFUL_API_BASE_URL: `${inject('importSourcesUrl')}/rewardful/v1`,
                FIRSTPROMOTER_API_BASE_URL: `${inject('importSourcesUrl')}/firstpromoter/api/v2/company`,
                TOLT_API_BASE_URL: `${inject('importSourcesUrl')}/tolt/v1`,
                PARTNERSTACK_API_BASE_URL: `${inject('importSourcesUrl')}/partnerstack/api/v2`,
                STRIPE_SECRET_KEY: 'sk_test_billing_local',
                STRIPE_BILLING_WEBHOOK_SECRET: 'whsec_test_billing_0123456789abcdef',
                // The shared local Telegram Bot API; the literals are test/notify-servers.ts's.
                TELEGRAM_API_BASE_URL: inject('telegramBaseUrl'),
                TELEGRAM_BOT_TOKEN: '123456:test-bot-token',
                TELEGRAM_BOT_USERNAME: 'affiliate_edge_test_bot',
                TELEGRAM_WEBHOOK_SECRET: 'test-telegram-webhook-secret',
                // Google and GitHub sign-in against the shared local identity provider (test/oidc-server.ts).
                GOOGLE_DISCOVERY_URL: `${inject('oidcUrl')}/.well-known/openid-configuration`,
                GOOGLE_CLIENT_ID: 'test-google-client-id',
                GOOGLE_CLIENT_SECRET: 'test-google-client-secret',
                GITHUB_BASE_URL: inject('oidcUrl'),
                GITHUB_API_BASE_URL: inject('oidcUrl'),
                GITHUB_CLIENT_ID: 'test-github-client-id',
                GITHUB_CLIENT_SECRET: 'test-github-client-secret',
                // VAT id checks against the shared local VIES double (test/vies-server.ts).
                VIES_API_BASE_URL: inject('viesBaseUrl'),
                // Gift cards against the shared local Tremendous server (test/tremendous-server.ts); advertisers connect
                // their own keys, so no deployment key here.
                TREMENDOUS_API_BASE_URL: inject('tremendousBaseUrl'),
                // Bank transfers against the shared local Wise server (test/wise-server.ts): the deployment's fallback
                // profile (the token is WISE_TEST_TOKEN there); advertisers may connect their own.
                WISE_API_BASE_URL: inject('wiseBaseUrl'),
                WISE_API_TOKEN: 'test-wise-api-token',
                WISE_PROFILE_ID: inject('wiseProfileId'),
                WISE_WEBHOOK_PUBLIC_KEY: inject('wisePublicKey'),
              },
            },
          })),
        ],
        test: {
          name: 'workers',
          // Each file runs on its own database clone (useTestDatabase). Files share their pool worker's Miniflare
          // and module graph (isolate: false): importing the Worker once per worker instead of once per file
          // took the project's import time from ~760 s to ~27 s. Two workers run files side by side: much of a
          // file's time is waiting on queue batches and Postgres, which two files overlap.
          isolate: false,
          // The Worker's log lines go straight to workerd's output. Vitest's console capture sends each line to
          // the runner as an RPC, and a line logged from another I/O context (a queue consumer still retrying a
          // message of an earlier file) during a file's last RPC parks it forever: the run stalls with every
          // test passed (cloudflare/workers-sdk#15719).
          disableConsoleIntercept: true,
          sequence: { groupOrder: 0 },
          maxWorkers: UNIT_WORKERS,
          // A test's own budget is no deadline, as in the browser project: the waits inside it (test/eventually.ts,
          // 30 s by default) are what fail a test that really hangs. On a slow CI runner, this lane beside the
          // browser files ran tests 3–5 times as long as on a quiet machine: a postback retry test took 60 s and a
          // backtest's seeding over 90 s, failing by chance under budgets of 60 and 90 s. Hooks get the same.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          include: ['workers/**/*.test.ts', 'test/workers/**/*.test.ts'],
          exclude: ['workers/domain/**'],
        },
      },
      {
        // Node tests load dashboard modules, which import through the dashboard's aliases.
        resolve: { alias: dashboardAliases },
        test: {
          name: 'node',
          environment: 'node',
          // Pure rules and Node-side checks: nothing mocks a module or changes process state, so files share a
          // worker's module graph.
          isolate: false,
          sequence: { groupOrder: 0 },
          maxWorkers: UNIT_WORKERS,
          include: ['workers/domain/**/*.test.ts', 'dev/**/*.test.ts', 'test/node/**/*.test.ts', 'sdk/**/*.test.ts'],
          // Packing the SDK and diffing the schema take 30-odd seconds on a slow runner; the same budget as above.
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          // Files of a worker share its module graph (the harness, Playwright, drizzle): each file still boots
          // its own stack; nothing in the harness keeps state between files.
          isolate: false,
          // Two files at a time: a browser test mostly waits (on pages, queues, cron), so a second file on a
          // 2-core runner halves the wall time (19.9 → 9.9–12.3 min measured). `npm test` runs this project in
          // a vitest process of its own beside the unit projects' (dev/test-all.ts); one `vitest run` of
          // everything runs it after them.
          sequence: { groupOrder: 1 },
          maxWorkers: E2E_WORKERS,
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['./e2e/global-setup.ts'],
          // A failed test saves its pages' screenshots and last steps (e2e/failure-evidence.ts).
          setupFiles: ['./e2e/setup.ts'],
          // beforeAll boots wrangler dev and Chromium (e2e/harness.ts). A journey test takes 10–35 s on a loaded
          // 2-core machine and twice that on a slow CI runner, so a test's own budget is no deadline: the waits
          // inside it (Playwright's 30 s, expect.poll's below) are what fail a test that really hangs.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // expect.poll's default of 1 s fails by chance when a page or a queue batch is slow under load;
          // the same bound as Playwright's own waits.
          expect: { poll: { timeout: 30_000, interval: 100 } },
        },
      },
    ],
  },
});
