// Each Worker's upload size and startup CPU beside a bare Worker that only answers 302, in the same run:
// built as `wrangler deploy --dry-run` builds it, then `wrangler check startup --worker` on the built upload,
// whose V8 CPU profile of the main module's evaluation is summed over its non-idle samples.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { runWrangler } from '../dev/run-wrangler';
import { type BundleSize, buildWorker, kib, root, WORKERS } from '../dev/worker-bundle-size';
import { machineLine, median, table } from './lib/machine';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Profile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * CPU milliseconds of a startup profile: the time of every sample but `(idle)`, a sample lasting until the
 * next one (as DevTools counts). The first delta is the wait before profiling began, so it is nobody's.
 */
export function startupCpuMs(profile: Profile): number {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  let us = 0;
  for (let i = 0; i < profile.samples.length - 1; i++)
    if (!idle.has(profile.samples[i]!)) us += profile.timeDeltas[i + 1] ?? 0;
  return us / 1000;
}

interface Target {
  name: string;
  config: string;
  /** Where wrangler runs (the bare Worker lives in a temp dir of its own). */
  cwd: string;
  mainModule: string;
  size?: BundleSize;
  bundle: string;
  cpuMs: number[];
}

const work = mkdtempSync(join(os.tmpdir(), 'bench-startup-'));
try {
  const compatibilityDate = (parse(readFileSync(join(root, 'wrangler.toml'), 'utf8')) as { compatibility_date: string })
    .compatibility_date;
  const bareDir = join(work, 'bare');
  mkdirSync(bareDir);
  writeFileSync(
    join(bareDir, 'index.js'),
    `export default { fetch() { return new Response(null, { status: 302, headers: { location: 'https://app.example/' } }) } }\n`,
  );
  writeFileSync(
    join(bareDir, 'wrangler.toml'),
    `name = "bare-302"\nmain = "index.js"\ncompatibility_date = "${compatibilityDate}"\nsend_metrics = false\n`,
  );
  const targets: Target[] = [
    {
      name: 'bare 302',
      config: join(bareDir, 'wrangler.toml'),
      cwd: bareDir,
      mainModule: 'index.js',
      bundle: '',
      cpuMs: [],
    },
    ...WORKERS.map((w) => ({
      name: w.name,
      config: join(root, w.config),
      cwd: root,
      mainModule: w.mainModule,
      bundle: '',
      cpuMs: [],
    })),
  ];

  console.log(`startup bench: ${RUNS} runs per Worker, interleaved`);
  console.log(machineLine());
  for (const [i, t] of targets.entries()) {
    t.bundle = join(work, `${i}.bundle`);
    t.size = await buildWorker({
      config: t.config,
      outdir: join(work, `${i}-out`),
      outfile: t.bundle,
      cwd: t.cwd,
      mainModule: t.mainModule,
    });
  }
  for (let run = 1; run <= RUNS; run++) {
    for (const [i, t] of targets.entries()) {
      const profileFile = join(work, `${i}-${run}.cpuprofile`);
      await runWrangler(['check', 'startup', '--worker', t.bundle, '--outfile', profileFile], t.cwd);
      t.cpuMs.push(startupCpuMs(JSON.parse(readFileSync(profileFile, 'utf8')) as Profile));
    }
    console.log(`run ${run}: ${targets.map((t) => `${t.name} ${t.cpuMs.at(-1)!.toFixed(1)} ms`).join(', ')}`);
  }

  const bare = median(targets[0]!.cpuMs);
  console.log();
  console.log(
    table(
      ['Worker', 'upload', 'gzip', 'startup CPU median', 'min–max', '− bare'],
      targets.map((t) => [
        t.name,
        kib(t.size!.uploadBytes),
        kib(t.size!.gzipBytes),
        `${median(t.cpuMs).toFixed(1)} ms`,
        `${Math.min(...t.cpuMs).toFixed(1)}–${Math.max(...t.cpuMs).toFixed(1)} ms`,
        `${(median(t.cpuMs) - bare).toFixed(1)} ms`,
      ]),
    ),
  );
  console.log();
  console.log(`gzip limits: Free 3,072 KiB, Paid 10,240 KiB; budgets in dev/worker-bundle-size.ts`);
  console.log(machineLine());
} finally {
  rmSync(work, { recursive: true, force: true });
}
