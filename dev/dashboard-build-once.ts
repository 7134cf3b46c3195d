import { join } from 'node:path';
import { buildDashboard } from './build-dashboard';
import { dashboardDist } from './dashboard-bundle-size';
import { oncePerRun } from './once-per-run';

export { testRunId } from './once-per-run';

/**
 * One dashboard build per test run, shared by every process that needs it (the e2e files, the bundle-size
 * test). The build is ~40 s of CPU; done in the e2e global setup's background it overlaps the unit tests instead
 * of holding every test back, and nobody builds it twice. Its lock and stamp sit outside dist/dashboard, which
 * is served as the Worker's assets.
 */
export function buildDashboardOnce(runId: string, timeoutMs = 300_000): Promise<void> {
  return oncePerRun({ name: 'dashboard-build', dir: join(dashboardDist, '..'), runId, timeoutMs }, buildDashboard);
}
