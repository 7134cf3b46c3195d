import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Runs `build` once per test run across processes: the first caller builds, the others wait for it, later ones
 * find the run's id in the stamp file. `dir` holds the lock and the stamp (outside what the build writes).
 */
export async function oncePerRun(
  what: { name: string; dir: string; runId: string; timeoutMs: number },
  build: () => Promise<void>,
): Promise<void> {
  const lock = join(what.dir, `.${what.name}.lock`);
  const stamp = join(what.dir, `.${what.name}-run`);
  const built = () => existsSync(stamp) && readFileSync(stamp, 'utf8') === what.runId;
  const deadline = Date.now() + what.timeoutMs;
  for (;;) {
    if (built()) return;
    if (takeLock(lock)) {
      try {
        if (!built()) {
          await build();
          writeFileSync(stamp, what.runId);
        }
        return;
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    }
    if (Date.now() > deadline) throw new Error(`the ${what.name} of run ${what.runId} took over ${what.timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** mkdir is atomic: exactly one process creates the lock. A lock whose builder died is taken over. */
function takeLock(lock: string): boolean {
  mkdirSync(join(lock, '..'), { recursive: true });
  try {
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return true;
  } catch {
    const pid = Number(readIfThere(join(lock, 'pid')));
    if (pid && !alive(pid)) rmSync(lock, { recursive: true, force: true });
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

/** vitest.config.ts names each run, so processes of one run share the builds and later runs make their own. */
export function testRunId(): string {
  const id = process.env.AE_TEST_RUN;
  if (!id) throw new Error('AE_TEST_RUN is unset: run the tests through vitest.config.ts');
  return id;
}
