import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Builds the SPA into dist/dashboard, which wrangler.toml serves as the Worker's assets. */
export async function buildDashboard(): Promise<void> {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build (much larger, and
  // not what ships): the e2e suite builds through here and must measure and test the production bundle.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: fileURLToPath(new URL('../dashboard/vite.config.ts', import.meta.url)),
      logLevel: 'warn',
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
