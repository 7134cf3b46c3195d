import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkerOptions } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
// With extensions: vitest.config.ts loads this file, and Vite's config loader wants them.
import { bundleModules } from './bundle-modules.ts';
import { oncePerRun } from './once-per-run.ts';
import { runWrangler } from './run-wrangler.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(root, 'dist', 'test-renderer');

/**
 * The renderer Worker (wrangler.renderer.toml) built once per test run as `npm run deploy` builds it, as an auxiliary
 * Worker of the `workers` test project: the API Worker under test reaches it through its RENDERER service binding, so
 * the tests that download PDFs and banner PNGs render them as production does. Its own folder: the e2e build
 * (dev/worker-build-once.ts) may rebuild its copy while this one is read.
 */
export async function testRendererWorker(runId: string, timeoutMs = 300_000): Promise<WorkerOptions> {
  await oncePerRun({ name: 'test-renderer-build', dir: join(root, 'dist'), runId, timeoutMs }, async () => {
    rmSync(OUT, { recursive: true, force: true });
    await runWrangler(['deploy', '--dry-run', '--config', 'wrangler.renderer.toml', '--outdir', OUT]);
  });
  return rendererWorkerOptions(join(OUT, 'renderer-worker.js'));
}

/** The built renderer as Miniflare runs it: wrangler.renderer.toml's options, no route (only service bindings). */
export function rendererWorkerOptions(script: string): WorkerOptions {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(join(root, 'wrangler.renderer.toml'));
  return {
    ...workerOptions,
    name: 'affiliate-edge-renderer',
    modules: bundleModules(script),
    modulesRoot: dirname(script),
  } as WorkerOptions;
}
