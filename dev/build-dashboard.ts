import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Builds the SPA into dist/dashboard, which wrangler.toml serves as the Worker's assets. */
export async function buildDashboard(): Promise<void> {
  await build({ configFile: fileURLToPath(new URL('../dashboard/vite.config.ts', import.meta.url)), logLevel: 'warn' });
}
