import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: [
      './test/global-setup.ts',
      './test/postback-server.ts',
      './test/paypal-server.ts',
      './test/webhook-receiver.ts',
    ],
    projects: [
      {
        plugins: [
          cloudflareTest(({ inject }) => ({
            main: './workers/index.ts',
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                ENVIRONMENT: 'test',
                // Each test file points this at its own clone (test/worker-env.ts).
                DATABASE_URL: `postgres://postgres:postgres@localhost:${inject('pgPort')}/no_database_selected`,
                NEON_WS_PROXY: inject('neonProxy'),
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
              },
            },
          })),
        ],
        test: {
          name: 'workers',
          // Some tests wait for real queue deliveries (batch timeouts of 1–5 s).
          testTimeout: 30_000,
          include: ['workers/**/*.test.ts', 'test/workers/**/*.test.ts'],
          exclude: ['workers/domain/**'],
        },
      },
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['workers/domain/**/*.test.ts', 'dev/**/*.test.ts', 'test/node/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['./e2e/global-setup.ts'],
          // beforeAll boots wrangler dev and Chromium (e2e/harness.ts).
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
