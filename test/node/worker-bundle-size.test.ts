import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildDashboardOnce, testRunId } from '../../dev/dashboard-build-once';
import { buildWorker, kib, WORKERS } from '../../dev/worker-bundle-size';

// Sizes are deterministic, so this is a test; startup CPU is not, and stays in `npm run bench:startup`.
for (const worker of WORKERS) {
  test(`the ${worker.name} Worker (${worker.config}) uploads at most ${kib(worker.budgetGzipBytes)} gzipped`, async () => {
    // wrangler reads wrangler.toml's assets folder while bundling: wait for the run's one dashboard build.
    await buildDashboardOnce(testRunId());
    const outdir = mkdtempSync(join(os.tmpdir(), `worker-size-${worker.name}-`));
    try {
      const size = await buildWorker({ config: worker.config, outdir, mainModule: worker.mainModule });
      expect(size.files).toContain(worker.mainModule);
      expect(size.gzipBytes, `${worker.name}: ${kib(size.gzipBytes)} gzipped`).toBeLessThanOrEqual(
        worker.budgetGzipBytes,
      );
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }, 300_000);
}
