import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDashboardOnce } from './dashboard-build-once';
import { oncePerRun } from './once-per-run';
import { runWrangler } from './run-wrangler';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(root, 'dist');

/** The Worker bundled as `wrangler deploy` bundles it (with dev/e2e-worker-entry.ts in front); e2e files serve it through Miniflare (dev/miniflare-worker.ts). */
export const E2E_WORKER_SCRIPT = join(DIST, 'e2e-worker', 'e2e-worker-entry.js');
/** The tracker Worker bundled as `wrangler deploy -c wrangler.tracker.toml` bundles it; e2e files route clicks to it. */
export const E2E_TRACKER_SCRIPT = join(DIST, 'e2e-tracker', 'tracker-worker.js');
/** The renderer Worker bundled as `wrangler deploy -c wrangler.renderer.toml` bundles it: PDFs and PNGs. */
export const E2E_RENDERER_SCRIPT = join(DIST, 'e2e-renderer', 'renderer-worker.js');

/**
 * One bundle of each Worker per test run, shared by every e2e file: bundling it again for each file (esbuild and
 * wrangler's own work) was ~3 s of CPU of every file's boot. The deploy bundle is also what
 * production runs, but for the entry that lets tests trigger crons (dev/e2e-worker-entry.ts).
 */
export async function buildWorkerOnce(runId: string, timeoutMs = 300_000): Promise<void> {
  // wrangler refuses to bundle while wrangler.toml's assets folder (dist/dashboard) is missing, as on a clean
  // clone: started beside the dashboard's build, the Worker's failed and every e2e worker built it again.
  await buildDashboardOnce(runId, timeoutMs);
  return oncePerRun({ name: 'e2e-worker-build', dir: DIST, runId, timeoutMs }, async () => {
    const out = join(DIST, 'e2e-worker');
    const trackerOut = join(DIST, 'e2e-tracker');
    const rendererOut = join(DIST, 'e2e-renderer');
    for (const dir of [out, trackerOut, rendererOut]) rmSync(dir, { recursive: true, force: true });
    // Through runWrangler: guarded, so a build does not outlive a test run that is killed.
    await Promise.all([
      runWrangler(['deploy', 'dev/e2e-worker-entry.ts', '--dry-run', '--outdir', out]),
      runWrangler(['deploy', '--config', 'wrangler.tracker.toml', '--dry-run', '--outdir', trackerOut]),
      runWrangler(['deploy', '--config', 'wrangler.renderer.toml', '--dry-run', '--outdir', rendererOut]),
    ]);
  });
}
