// `npm run deploy:setup [-- --dry-run]`: creates every queue and KV namespace wrangler.toml names
// that the Cloudflare account lacks, writes the KV ids into wrangler.toml and the tracker Worker's
// wrangler.tracker.toml (which shares them), checks the renderer Worker's wrangler.renderer.toml (nothing to
// create: no storage, no route) and the secrets.
// Idempotent: a second run finds everything and creates nothing. Details: docs/deploy.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkRendererConfig } from './deploy/renderer-config';
import { runSetup } from './deploy/setup';
import { syncTrackerConfig } from './deploy/tracker-config';
import { wrangler } from './deploy/wrangler-cli';

const CONFIG_PATH = fileURLToPath(new URL('../wrangler.toml', import.meta.url));
const TRACKER_CONFIG_PATH = fileURLToPath(new URL('../wrangler.tracker.toml', import.meta.url));
const RENDERER_CONFIG_PATH = fileURLToPath(new URL('../wrangler.renderer.toml', import.meta.url));

try {
  const toml = readFileSync(CONFIG_PATH, 'utf8');
  const result = await runSetup({ toml, run: wrangler, dryRun: process.argv.includes('--dry-run'), log: console.log });
  if (result.toml !== toml) writeFileSync(CONFIG_PATH, result.toml);
  const trackerToml = readFileSync(TRACKER_CONFIG_PATH, 'utf8');
  const synced = syncTrackerConfig(result.toml, trackerToml);
  if (synced !== trackerToml) {
    writeFileSync(TRACKER_CONFIG_PATH, synced);
    console.log('wrangler.tracker.toml: the same KV ids written for the tracker Worker; commit them.');
  }
  const rendererProblems = checkRendererConfig(result.toml, readFileSync(RENDERER_CONFIG_PATH, 'utf8'));
  if (rendererProblems.length === 0)
    console.log('wrangler.renderer.toml: the renderer Worker needs nothing created; npm run deploy deploys it first.');
  for (const problem of rendererProblems) console.log(`  PROBLEM  ${problem}`);
  if (!result.ok || rendererProblems.length > 0) process.exitCode = 1;
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
