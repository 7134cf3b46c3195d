import { expect, test } from 'vitest';
import { testRunId } from '../../dev/dashboard-build-once';
import { buildDeployOnce, kib, WORKERS } from '../../dev/worker-bundle-size';

// Sizes are deterministic, so this is a test; startup CPU is not, and stays in `npm run bench:startup`.
for (const worker of WORKERS) {
  test(`the ${worker.name} Worker (${worker.config}) uploads at most ${kib(worker.budgetGzipBytes)} gzipped`, async () => {
    // The run's one deploy build of every Worker, shared with test/node/production-build.test.ts.
    const size = (await buildDeployOnce(testRunId()))[worker.name]!;
    expect(size.files).toContain(worker.mainModule);
    expect(size.gzipBytes, `${worker.name}: ${kib(size.gzipBytes)} gzipped`).toBeLessThanOrEqual(
      worker.budgetGzipBytes,
    );
  }, 600_000);
}
