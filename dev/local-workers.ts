// npm start's Workers: the API Worker, the tracker Worker and the renderer Worker in one workerd (Miniflare), so they
// share the queues and KV as on Cloudflare, on one port, with the click paths routed to the tracker as Cloudflare's
// routes do (dev/tracker-routes.ts) and the API's RENDERER service binding bound to the renderer. `wrangler dev` runs
// several configs in one workerd too, but gives only the first a port and the others no `--var`s and no routes. A
// change under workers/ or schema/ rebuilds all three and restarts them.
import { watch } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMiniflareWorker, type MiniflareWorkerOptions } from './miniflare-worker';
import { runWrangler } from './run-wrangler';
import type { LocalWorker } from './wrangler-dev';
import { buildWorkerOnce, E2E_RENDERER_SCRIPT, E2E_TRACKER_SCRIPT, E2E_WORKER_SCRIPT } from './worker-build-once';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(root, 'dist', 'local');
/** The API Worker with the entry that also answers GET /__scheduled?cron=… (as `wrangler dev --test-scheduled`). */
const API_SCRIPT = join(OUT, 'api', 'e2e-worker-entry.js');
const TRACKER_SCRIPT = join(OUT, 'tracker', 'tracker-worker.js');
const RENDERER_SCRIPT = join(OUT, 'renderer', 'renderer-worker.js');

/** The three Workers bundled as `npm run deploy` bundles them (the API behind its local entry). */
export function buildLocalWorkers(): Promise<void> {
  return Promise.all([
    runWrangler(['deploy', 'dev/e2e-worker-entry.ts', '--dry-run', '--outdir', join(OUT, 'api')]),
    runWrangler(['deploy', '--config', 'wrangler.tracker.toml', '--dry-run', '--outdir', join(OUT, 'tracker')]),
    runWrangler(['deploy', '--config', 'wrangler.renderer.toml', '--dry-run', '--outdir', join(OUT, 'renderer')]),
  ]).then(() => undefined);
}

export type LocalWorkersOptions = Omit<
  MiniflareWorkerOptions,
  'script' | 'trackerScript' | 'rendererScript' | 'output'
> & {
  /** A test run's id: serve its one build of the same three bundles (dev/worker-build-once.ts), never rebuilt. */
  testRun?: string;
};

/** Builds and starts the three Workers; resolves once /api/health answers. `exited` resolves when stopped. */
export async function startLocalWorkers({ testRun, ...opts }: LocalWorkersOptions): Promise<LocalWorker> {
  const bundles = testRun
    ? { script: E2E_WORKER_SCRIPT, trackerScript: E2E_TRACKER_SCRIPT, rendererScript: E2E_RENDERER_SCRIPT }
    : { script: API_SCRIPT, trackerScript: TRACKER_SCRIPT, rendererScript: RENDERER_SCRIPT };
  const build = testRun ? () => buildWorkerOnce(testRun) : buildLocalWorkers;
  const boot = () => startMiniflareWorker({ ...opts, ...bundles, output: process.stdout });
  await build();
  let current = await boot();
  let ended!: (code: number | null) => void;
  const exited = new Promise<number | null>((resolve) => (ended = resolve));
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let restarting = Promise.resolve();
  const restart = () => {
    restarting = restarting.then(async () => {
      if (stopped) return;
      console.log('workers/ changed: rebuilding the Workers…');
      try {
        await build();
      } catch (err) {
        console.error((err as Error).message);
        return; // the running Workers stay until the code builds
      }
      await current.stop();
      if (!stopped) current = await boot();
      console.log('Workers restarted.');
    });
  };
  const watchers = ['workers', 'schema'].map((dir) =>
    watch(join(root, dir), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(restart, 300);
    }),
  );
  return {
    url: current.url,
    exited,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      for (const w of watchers) w.close();
      await restarting.catch(() => undefined);
      await current.stop();
      ended(0);
    },
  };
}
