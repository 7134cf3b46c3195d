// `npm test` after the linter: the type check, the unit projects (workers, node) and the browser project (e2e)
// side by side, as three processes, each with its own output; fails when any of them fails.
//
// Why side by side: on a 2-core runner the unit projects leave about 40 % of the CPU idle (their files wait on
// queue batches and Postgres), while the browser files are CPU-bound; one after the other, that idle time was
// ~2 minutes of the run. One vitest process cannot do it: projects of one group share one worker count, and a
// later group starts only when the earlier one ends.
//
// The dashboard and the Worker are built first (beside the type check), before any vitest process starts: the
// unit projects' Miniflare reads dist/dashboard as the Worker's assets when it starts, and a build emptying the
// folder under it failed it (ENOENT).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDashboardOnce } from './dashboard-build-once';
import { failuresOf } from './test-failures';
import { buildWorkerOnce } from './worker-build-once';

interface Lane {
  name: string;
  command: string[];
  /** Streamed as it runs; the other lanes print their whole output when they end, so none interleave. */
  live?: boolean;
  /**
   * Its `nice`. The browser lane is the run's critical path (it ends last, with the CPU still full), so the
   * others yield the CPU to it: the type check, which has no deadline, takes what is idle (19); the unit lane,
   * whose tests wait on queues and Postgres, gives way a little (5).
   */
  nice?: number;
}

// Single-threaded: with every core busy, tsgo's parallel checkers only add their own overhead (~27 → ~15
// CPU-seconds for the Worker's project).
const TYPECHECK: Lane = {
  name: 'typecheck',
  command: ['npm', 'run', '--silent', 'typecheck', '--', '--singleThreaded'],
  nice: 19,
};
const logs = mkdtempSync(join(tmpdir(), 'affiliate-edge-tests-'));
// One run id for every process, so they share one dashboard and one Worker build (dev/once-per-run.ts); an
// empty AE_TEST_RUN counts as unset. AE_TEST_LOGS: where a failed e2e test leaves its pages' screenshots and
// last steps (e2e/failure-evidence.ts).
const env = { ...process.env, AE_TEST_RUN: process.env.AE_TEST_RUN || randomUUID(), AE_TEST_LOGS: logs };
/** Each vitest lane also writes a JSON report, read back for the failures' summary at the very end. */
const vitest = (name: string, projects: string[], lane: Partial<Lane> = {}): Lane => ({
  name,
  command: [
    'npx',
    'vitest',
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(logs, `${name}.json`)}`,
  ],
  ...lane,
});
const TESTS: Lane[] = [vitest('e2e', ['e2e'], { live: true }), vitest('unit', ['workers', 'node'], { nice: 5 })];
const started = Date.now();

function run(lane: Lane): Promise<{ lane: Lane; code: number; seconds: number }> {
  return new Promise((resolve) => {
    const log = join(logs, `${lane.name}.log`);
    const out = createWriteStream(log);
    const command = lane.nice ? ['nice', '-n', String(lane.nice), ...lane.command] : lane.command;
    const child = spawn(command[0]!, command.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.pipe(out, { end: false });
      if (lane.live) stream.pipe(stream === child.stdout ? process.stdout : process.stderr, { end: false });
    }
    child.once('close', (code, signal) => {
      out.end(() => {
        const seconds = (Date.now() - started) / 1000;
        if (!lane.live) {
          process.stdout.write(`\n──── ${lane.name} (${lane.command.join(' ')}) ────\n`);
          process.stdout.write(readFileSync(log));
        }
        resolve({ lane, code: code ?? (signal ? 1 : 0), seconds });
      });
    });
  });
}

const checked = run(TYPECHECK);
// A failed build is reported by the first e2e file that needs it, with the build's own error.
await Promise.all([buildDashboardOnce(env.AE_TEST_RUN), buildWorkerOnce(env.AE_TEST_RUN)]).catch((error: Error) =>
  process.stdout.write(`the builds failed; the e2e files will report it: ${error.message}\n`),
);
const results = await Promise.all([checked, ...TESTS.map(run)]);
process.stdout.write('\n──── npm test ────\n');
for (const { lane, code, seconds } of results)
  process.stdout.write(
    `${code === 0 ? 'passed' : 'FAILED'}  ${lane.name.padEnd(9)} ended at ${seconds.toFixed(1)} s\n`,
  );
// Last, what failed and why: a CI log that keeps only its tail still says which test failed and how.
for (const { lane, code } of results)
  if (code !== 0 && lane !== TYPECHECK) process.stdout.write(failuresOf(lane.name, join(logs, `${lane.name}.json`)));
process.stdout.write(`logs: ${logs}\n`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
