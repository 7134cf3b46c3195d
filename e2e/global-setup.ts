import { buildDashboardOnce, testRunId } from '../dev/dashboard-build-once';
import { buildWorkerOnce } from '../dev/worker-build-once';

/**
 * Starts the SPA's build for this run and returns at once: the unit tests run meanwhile, and each e2e file
 * waits for the same build in startE2e (one build, never one per file, which would empty dist/dashboard
 * under the servers of the files already running).
 */
export default function setup(): () => Promise<void> {
  // A failed build leaves no stamp: the first e2e file then builds again and reports the error itself.
  const builds = Promise.all([
    buildDashboardOnce(testRunId()).catch(() => {}),
    buildWorkerOnce(testRunId()).catch(() => {}),
  ]);
  return () => builds.then(() => {});
}
