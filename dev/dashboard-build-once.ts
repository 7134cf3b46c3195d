import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDashboard } from './build-dashboard';
import { dashboardDist } from './dashboard-bundle-size';

/**
 * One dashboard build per test run, shared by every process that needs it (the e2e files, the bundle-size
 * test): the first caller builds, the others wait for it, later ones find the run's id beside the build.
 * The build is ~40 s of CPU; done in the e2e global setup's background it overlaps the unit tests instead
 * of holding every test back, and nobody builds it twice.
 */
const LOCK = join(dashboardDist, '..', '.dashboard-build.lock');
// Outside dist/dashboard, which is served as the Worker's assets.
const STAMP = join(dashboardDist, '..', '.dashboard-build-run');

export async function buildDashboardOnce(runId: string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (builtFor(runId)) return;
    if (takeLock()) {
      try {
        if (!builtFor(runId)) {
          await buildDashboard();
          writeFileSync(STAMP, runId);
        }
        return;
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
    }
    if (Date.now() > deadline) throw new Error(`the dashboard build of run ${runId} took over ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function builtFor(runId: string): boolean {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8') === runId;
}

/** mkdir is atomic: exactly one process creates the lock. A lock whose builder died is taken over. */
function takeLock(): boolean {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  try {
    mkdirSync(LOCK);
    writeFileSync(join(LOCK, 'pid'), String(process.pid));
    return true;
  } catch {
    const pid = Number(readIfThere(join(LOCK, 'pid')));
    if (pid && !alive(pid)) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

function readIfThere(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** vitest.config.ts names each run, so processes of one run share the build and later runs make their own. */
export function testRunId(): string {
  const id = process.env.AE_TEST_RUN;
  if (!id) throw new Error('AE_TEST_RUN is unset: run the tests through vitest.config.ts');
  return id;
}
