// Cold redirects: a fresh workerd (so a fresh isolate, the script loaded and its top level run) per sample, the
// first request timed. On Cloudflare a click often lands on a cold isolate; the warm bench (bench/redirect.ts)
// never sees that. Targets, interleaved sample by sample in one run:
//   bare     a Worker that only answers 302, with the tracker's bindings (the baseline)
//   tracker  the tracker Worker as `npm run deploy` builds it (wrangler.tracker.toml), GET /aff/{code}
//   api      the API Worker as built for deploy (wrangler.toml), GET /aff/{code}: the click path before the split
// Columns: `start` is new Miniflare() until ready (workerd up, the script compiled and its top level run), `first`
// the first request's latency after that, `cold` their sum: what a click waiting on a cold isolate pays, plus
// workerd's own process start, which is the same for every target (read the figures against bare's).
//
//   npm run bench:redirect:cold            BENCH_COLD_SAMPLES=30 npm run bench:redirect:cold
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Miniflare, type WorkerOptions } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { freePort } from '../dev/free-port';
import { bundleModules } from '../dev/bundle-modules';
import { buildWorker, root, WORKERS } from '../dev/worker-bundle-size';
import { routingKeys } from '../workers/contracts/routing';
import { machineLine, median, table } from './lib/machine';
import { BARE_WORKER, cfFixture, HEADERS, routingFixture } from './lib/redirect-harness';

const SAMPLES = Number(process.env.BENCH_COLD_SAMPLES ?? 20);
const SECRETS = {
  DATABASE_URL: 'postgres://bench:bench@127.0.0.1:9/unused',
  JWT_SECRET: 'bench-jwt-secret-0123456789abcdef0123456789',
  DATA_ENCRYPTION_KEY: '0'.repeat(64),
};

interface ColdTarget {
  name: string;
  worker: () => WorkerOptions;
  path: string;
  start: number[];
  first: number[];
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-redirect-cold-'));
const kvDir = path.join(tmp, 'kv');
try {
  const route = routingFixture();
  const built = async (name: 'api' | 'tracker') => {
    const target = WORKERS.find((w) => w.name === name)!;
    const outdir = path.join(tmp, name);
    await buildWorker({ config: target.config, outdir, mainModule: target.mainModule });
    const { workerOptions } = unstable_getMiniflareWorkerOptions(path.join(root, target.config));
    const modules = bundleModules(path.join(outdir, target.mainModule));
    return (): WorkerOptions =>
      ({
        ...workerOptions,
        name,
        modules,
        modulesRoot: outdir,
        // No consumer and no API behind the tracker: only the click path is timed.
        queueConsumers: {},
        serviceBindings: {},
        bindings: { ...workerOptions.bindings, ...SECRETS },
      }) as WorkerOptions;
  };
  console.log('# Cold redirect benchmark');
  console.log(`machine: ${machineLine()}`);
  console.log('building both Workers as `npm run deploy` does…');
  const [tracker, api] = await Promise.all([built('tracker'), built('api')]);
  const aff = `/aff/${route.affEnrollment.refCode}`;
  const targets: ColdTarget[] = [
    {
      name: 'bare 302',
      // The tracker's bindings (KV, queue, limiter: services workerd starts too), a 302 for a script.
      worker: () => ({ ...tracker(), name: 'bare', modules: true, modulesRoot: undefined, script: BARE_WORKER }),
      path: '/',
      start: [],
      first: [],
    },
    { name: 'tracker /aff', worker: tracker, path: aff, start: [], first: [] },
    { name: 'api /aff', worker: api, path: aff, start: [], first: [] },
  ];

  // The routing values once, in the KV folder every boot reads.
  const seed = new Miniflare({ kvPersist: kvDir, workers: [tracker()] });
  const kv = await seed.getKVNamespace('ROUTING', 'tracker');
  await kv.put(routingKeys.program(route.affProgram.programId), JSON.stringify(route.affProgram));
  await kv.put(routingKeys.code(route.affEnrollment.refCode), JSON.stringify(route.affEnrollment));
  await seed.dispose();

  console.log(`${SAMPLES} samples per target, interleaved; each a new Miniflare (workerd) booted, then one GET`);
  for (let sample = 1; sample <= SAMPLES; sample++) {
    const line: string[] = [];
    for (const t of targets) {
      const t0 = performance.now();
      const mf = new Miniflare({
        host: '127.0.0.1',
        port: await freePort(),
        cf: cfFixture(),
        kvPersist: kvDir,
        workers: [t.worker()],
      });
      try {
        const url = await mf.ready;
        const t1 = performance.now();
        const res = await fetch(new URL(t.path, url), { headers: HEADERS, redirect: 'manual' });
        await res.arrayBuffer();
        const t2 = performance.now();
        if (res.status !== 302) throw new Error(`${t.name}: ${res.status}, expected 302`);
        if (t.path === aff && !res.headers.get('location')?.startsWith(route.affProgram.landingUrl))
          throw new Error(`${t.name}: went to ${res.headers.get('location')}, not the landing page`);
        t.start.push(t1 - t0);
        t.first.push(t2 - t1);
        line.push(`${t.name} ${(t1 - t0).toFixed(0)}+${(t2 - t1).toFixed(1)} ms`);
      } finally {
        await mf.dispose();
      }
    }
    console.log(`sample ${sample}: ${line.join(', ')}`);
  }

  const bare = targets[0]!;
  const cold = (t: ColdTarget) => t.start.map((s, i) => s + t.first[i]!);
  console.log();
  console.log(
    table(
      ['target', 'start p50', 'first p50', 'first p99', 'cold p50', 'cold p99', 'cold p50 − bare'],
      targets.map((t) => [
        t.name,
        `${median(t.start).toFixed(0)} ms`,
        `${median(t.first).toFixed(1)} ms`,
        `${percentile(t.first, 99).toFixed(1)} ms`,
        `${median(cold(t)).toFixed(0)} ms`,
        `${percentile(cold(t), 99).toFixed(0)} ms`,
        `${(median(cold(t)) - median(cold(bare))).toFixed(0)} ms`,
      ]),
    ),
  );
  console.log(machineLine());
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
