// Redirect benchmark (the bar: tracker throughput ≥ 0.8 × a bare Worker that only
// redirects, same run, same machine). Prints figures; it is not a test.
//
//   npm run bench:redirect
//   BENCH_CONNECTIONS=50 BENCH_DURATION=6 BENCH_WARMUP=2 BENCH_ROUNDS=5 BENCH_CONSUMER=none|noop npm run bench:redirect
//
// The Workers run in workerd through the Miniflare API (never `wrangler dev`, whose proxy
// dominates), each in its own Miniflare instance started the same way, and autocannon drives
// them from this process with the same settings, interleaved: bare, aff, click, minimal,
// bare+send, bare, … On a shared machine the throughput of one run drifts by ±15 % from the next
// (two identical bare Workers measured this way differ by 0.85–1.13× round to round), so each
// target is compared with the bare run of its own round and the figure is the median of those
// per-round ratios. Beside the bar: `minimal`, the least a tracked redirect can do on this
// runtime (bench/lib/minimal-tracker.js), and bare+send, a 302 plus one queue.send per request.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineLine, median, table } from './lib/machine';
import {
  assertTarget,
  bareTarget,
  bundleWorker,
  measure,
  minimalTarget,
  queueReport,
  readWranglerConfig,
  routingFixture,
  runLine,
  settings,
  startBare,
  startMinimal,
  startTracker,
  TRACKER_LIMIT,
  trackerTargets,
  type Run,
} from './lib/redirect-harness';

const TARGET_RATIO = 0.8;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-redirect-'));
const route = routingFixture();
const tracker = await startTracker(await bundleWorker(tmp), route);
const bare = await startBare();
const minimal = await startMinimal(tmp, route);
const bareSend = await startBare({ withSend: true });
let stopped = false;
const stop = async () => {
  if (stopped) return;
  stopped = true;
  await Promise.allSettled([tracker.mf.dispose(), bare.mf.dispose(), minimal.mf.dispose(), bareSend.mf.dispose()]);
  rmSync(tmp, { recursive: true, force: true });
};
process.once('SIGINT', () => void stop().then(() => process.exit(130)));

try {
  const targets = [
    bareTarget(bare),
    ...trackerTargets(tracker, route),
    minimalTarget(minimal, route),
    bareTarget(bareSend, true),
  ];
  const period = readWranglerConfig().limiter('TRACKER_LIMITER').simple.period;
  console.log('# Redirect benchmark');
  console.log(`machine: ${machineLine()}`);
  console.log(
    `load: autocannon in this process, ${settings.connections} connections, pipelining 1, ${settings.warmup} s warm-up + ${settings.duration} s per target, ` +
      `${settings.rounds} rounds interleaved; browser User-Agent and Accept-Language, a different cf-connecting-ip per request`,
  );
  console.log(
    `tracker: workers/index.ts bundled with esbuild (workerd conditions), Miniflare ${tracker.url} (workerd pid ${tracker.pid})`,
  );
  console.log(
    `baseline: bare 302 Worker, Miniflare ${bare.url} (workerd pid ${bare.pid}); same cf fixture (dev/cf.json), same compatibility date`,
  );
  console.log(
    `reference: minimal tracked redirect (bench/lib/minimal-tracker.js) with the tracker's bindings, Miniflare ${minimal.url} (workerd pid ${minimal.pid})`,
  );
  console.log(
    `reference: bare 302 + CLICKS.send of a tracker-sized message in waitUntil, Miniflare ${bareSend.url} (workerd pid ${bareSend.pid})`,
  );
  console.log(
    `bindings from wrangler.toml: vars, KV ROUTING + CLICK_SPOOL, queue producers CLICKS + CLICKS_DLQ, ratelimits; TRACKER_LIMITER limit raised to ${TRACKER_LIMIT} per ${period} s (the call still happens, nothing is rate_limited)`,
  );
  console.log(
    `CLICKS consumer: ${settings.consumer === 'noop' ? "a no-op Worker in the tracker's Miniflare that acks each batch (no Postgres)" : 'none (the local broker answers each send and drops the message; in production the queue is not on the Worker)'}; ` +
      'ASSETS not bound (tracker paths never reach it); DATABASE_URL points at a closed port (the redirect path never uses it)',
  );
  for (const t of targets) console.log(`check: ${await assertTarget(t)}`);
  console.log('');

  const runs: Run[] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    for (const t of targets) {
      const run = await measure(t, round);
      runs.push(run);
      console.log(runLine(run));
    }
  }

  const bareRps = new Map(runs.filter((r) => r.target === 'bare').map((r) => [r.round, r.rps]));
  const summary = targets.map((t) => {
    const mine = runs.filter((r) => r.target === t.name);
    return {
      target: t,
      rps: median(mine.map((r) => r.rps)),
      p50: median(mine.map((r) => r.p50)),
      p99: median(mine.map((r) => r.p99)),
      ratios: mine.map((r) => r.rps / bareRps.get(r.round)!),
      non3xx: mine.reduce((s, r) => s + r.non3xx, 0),
      total: mine.reduce((s, r) => s + r.total, 0),
      cpu: median(mine.map((r) => r.workerdCpuUs ?? NaN)),
    };
  });
  const bareCpu = summary[0]!.cpu;
  console.log(
    `\nmedian of ${settings.rounds} rounds; ÷ bare is the median of each round's ratio to that round's bare run (non-3xx and requests summed):`,
  );
  console.log(
    table(
      [
        'target',
        'req/s',
        'p50 ms',
        'p99 ms',
        'non-3xx',
        'requests',
        'workerd CPU µs/req',
        'bare CPU ÷ CPU',
        'req/s ÷ bare',
        `≥ ${TARGET_RATIO}`,
        'per-round ÷ bare',
      ],
      summary.map((s) => {
        const ratio = median(s.ratios);
        const isTracker = s.target.name === 'aff' || s.target.name === 'click';
        return [
          s.target.label,
          s.rps.toFixed(0),
          s.p50.toFixed(1),
          s.p99.toFixed(1),
          s.non3xx,
          s.total,
          Number.isFinite(s.cpu) ? s.cpu.toFixed(0) : '?',
          (bareCpu / s.cpu).toFixed(2),
          ratio.toFixed(2),
          isTracker ? (ratio >= TARGET_RATIO ? 'PASS' : 'FAIL') : '',
          s.ratios.map((r) => r.toFixed(2)).join(' '),
        ];
      }),
    ),
  );
  console.log(`\nqueue: ${await queueReport(tracker)}`);
} finally {
  await stop();
}
