// Where the tracker's redirect time goes: the same load as bench/redirect.ts against variants of
// the bundle with one step replaced by a stub (built in a temp dir; workers/ is untouched), plus
// the bare 302 Worker, interleaved over the rounds. Prints figures; it is not a test.
//
//   npx tsx bench/redirect-profile.ts                 (all variants, /aff/{code} form)
//   BENCH_FORM=click BENCH_VARIANTS=full,queue,coalesce npx tsx bench/redirect-profile.ts
//   BENCH_CPU_PROFILE=1 npx tsx bench/redirect-profile.ts   (V8 sampling profile of the full tracker instead)
//   BENCH_VARIANTS=full,ref:HEAD~1 npx tsx bench/redirect-profile.ts   (the tracker as of a git commit, beside this one)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../dev/free-port';
import { startCpuProfile } from './lib/cpu-profile';
import { machineLine, median, table } from './lib/machine';
import {
  assertTarget,
  bareTarget,
  bundleWorker,
  checkoutAt,
  load,
  measure,
  queueReport,
  routingFixture,
  runLine,
  settings,
  startBare,
  startTracker,
  trackerTargets,
  type Run,
  type Started,
  type Stub,
  type Target,
} from './lib/redirect-harness';

const VARIANTS: Record<string, Stub[]> = {
  full: [],
  queue: ['queue'],
  ratelimit: ['ratelimit'],
  isbot: ['isbot'],
  fingerprint: ['fingerprint'],
  all: ['queue', 'ratelimit', 'isbot', 'fingerprint'],
  coalesce: ['coalesce'],
};
// `coalesce` is left out by default: workerd cancels the continuations it relies on (see redirect-harness.ts).
const chosen = (process.env.BENCH_VARIANTS ?? 'full,queue,ratelimit,isbot,fingerprint,all').split(',');
const form = process.env.BENCH_FORM === 'click' ? 1 : 0;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-redirect-profile-'));
const route = routingFixture();
const started: Started[] = [];
const stop = async () => {
  await Promise.allSettled(started.map((s) => s.mf.dispose()));
  rmSync(tmp, { recursive: true, force: true });
};
process.once('SIGINT', () => void stop().then(() => process.exit(130)));

/** Where the tracker isolate's CPU goes under the same load: V8 samples, self and inclusive time. */
async function cpuProfile() {
  const inspectorPort = await freePort();
  const tracker = await startTracker(await bundleWorker(tmp), route, { inspectorPort });
  started.push(tracker);
  const target = trackerTargets(tracker, route)[form]!;
  console.log('# Redirect CPU profile (V8 sampling, 200 µs) of the tracker isolate');
  console.log(`machine: ${machineLine()}`);
  console.log(`check: ${await assertTarget(target)}`);
  await load(target, settings.warmup);
  const stopProfile = await startCpuProfile(inspectorPort, 'core:user:tracker');
  const r = await load(target, settings.duration);
  const p = await stopProfile(
    /^(handleClick|resolveClick|readCached|buildClickMessage|enqueueClick|detectAutomated|isbot|fingerprint|chooseTarget|offerCandidate|appendParams|safeTarget|expandMacros|uuidv7|underRateLimit|firstBrokenRule|clickCookie|parseClickRequest|parseAffPath|isTrackingHost|fetch|\(garbage collector\)|\(program\)|\(idle\)) /,
  );
  console.log(
    `${target.path}: ${r.requests.average.toFixed(0)} req/s while sampled, ${r.requests.total} requests, ${p.totalSamples} samples over ${p.durationMs.toFixed(0)} ms`,
  );
  console.log('\ninclusive time of the tracker steps (% of samples in the isolate thread, idle included):');
  console.log(
    table(
      ['function', 'incl %'],
      p.inclusive.map(([l, v]) => [l, v.toFixed(1)]),
    ),
  );
  console.log('\ntop self time:');
  console.log(
    table(
      ['function', 'self %', 'incl %'],
      p.self.slice(0, 25).map(([l, s1, i]) => [l, s1.toFixed(1), i.toFixed(1)]),
    ),
  );
}

try {
  if (process.env.BENCH_CPU_PROFILE) await cpuProfile();
  else await variants();
} finally {
  await stop();
}

async function variants() {
  const bare = await startBare();
  started.push(bare);
  const targets: { variant: string; target: Target; tracker?: Started }[] = [
    { variant: 'bare', target: bareTarget(bare) },
  ];
  for (const variant of chosen) {
    const ref = variant.startsWith('ref:') ? variant.slice(4) : null;
    const stubs = ref ? [] : VARIANTS[variant];
    if (!stubs)
      throw new Error(`unknown variant ${variant}; known: ${Object.keys(VARIANTS).join(', ')}, ref:<git commit>`);
    const tracker = await startTracker(await bundleWorker(tmp, stubs, ref ? checkoutAt(tmp, ref) : undefined), route);
    started.push(tracker);
    const target = trackerTargets(tracker, route, `:${variant}`)[form]!;
    targets.push({ variant, target, tracker });
  }
  console.log('# Redirect profile: tracker variants with one step stubbed');
  console.log(`machine: ${machineLine()}`);
  console.log(
    `load: as bench/redirect.ts (${settings.connections} connections, ${settings.warmup} s + ${settings.duration} s, ${settings.rounds} rounds), consumer ${settings.consumer}; form ${form ? '/click' : '/aff/{code}'}`,
  );
  const describe = (variant: string) =>
    variant === 'bare'
      ? 'bare 302 Worker'
      : variant.startsWith('ref:')
        ? `the tracker at ${variant.slice(4)}, nothing stubbed`
        : `${VARIANTS[variant]!.join(' + ') || 'nothing'} stubbed`;
  for (const { variant } of targets) console.log(`variant ${variant}: ${describe(variant)}`);
  for (const { target } of targets) console.log(`check: ${await assertTarget(target)}`);

  const runs: Run[] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    for (const { target } of targets) {
      const run = await measure(target, round);
      runs.push(run);
      console.log(runLine(run));
    }
  }
  const rows = targets.map(({ variant, target }) => {
    const mine = runs.filter((r) => r.target === target.name);
    return {
      variant,
      rps: median(mine.map((r) => r.rps)),
      p99: median(mine.map((r) => r.p99)),
      cpu: median(mine.map((r) => r.workerdCpuUs ?? NaN)),
      non3xx: mine.reduce((s, r) => s + r.non3xx, 0),
    };
  });
  const bareRow = rows[0]!;
  const full = rows.find((r) => r.variant === 'full');
  console.log(`\nmedian of ${settings.rounds} rounds:`);
  console.log(
    table(
      ['variant', 'req/s', 'p99 ms', 'non-3xx', 'workerd CPU µs/req', 'req/s ÷ bare', 'CPU saved vs full µs/req'],
      rows.map((r) => [
        r.variant,
        r.rps.toFixed(0),
        r.p99.toFixed(1),
        r.non3xx,
        r.cpu.toFixed(0),
        (r.rps / bareRow.rps).toFixed(2),
        full && r !== bareRow ? (full.cpu - r.cpu).toFixed(0) : '',
      ]),
    ),
  );
  for (const { variant, tracker } of targets)
    if (tracker) console.log(`queue (${variant}): ${await queueReport(tracker)}`);
}
