import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./test/global-setup.ts'],
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
    ],
  },
});
