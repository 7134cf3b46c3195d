// Instructions per redirect in workerd, counted by valgrind's callgrind: the same figure on every
// run, where req/s on a shared machine drifts by ±15 % (bench/redirect.ts). Prints figures; it is
// not a test. Needs valgrind (Debian package `valgrind`); each target takes about 20 s.
//
//   npx tsx bench/redirect-instructions.ts
//   BENCH_TARGETS=bare,aff,click,minimal BENCH_STUBS=queue BENCH_REQUESTS=400 npx tsx bench/redirect-instructions.ts
//
// workerd runs under callgrind with instrumentation off; after a warm-up (the isolate's code
// optimised, routing cached) it is switched on for BENCH_REQUESTS requests from 8 concurrent
// clients and the total is divided by them. Under valgrind a request takes about 50 times as
// long, so the tracker's 20 ms gathering holds a click or two, not the dozens it holds under
// load: the queue's share per click is overstated here, and BENCH_STUBS=queue leaves it out.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { machineLine, table } from './lib/machine';
import {
  bundleWorker,
  HEADERS,
  minimalTarget,
  nextIp,
  routingFixture,
  startBare,
  startMinimal,
  startTracker,
  trackerTargets,
  type Started,
  type Stub,
  type Target,
} from './lib/redirect-harness';

const requests = Number(process.env.BENCH_REQUESTS ?? 400);
const warmup = Number(process.env.BENCH_WARMUP_REQUESTS ?? 1500);
const names = (process.env.BENCH_TARGETS ?? 'bare,aff,click,minimal').split(',');
const stubs = (process.env.BENCH_STUBS ? process.env.BENCH_STUBS.split(',') : []) as Stub[];

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-instructions-'));
const workerd = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@cloudflare/workerd-linux-64/package.json')),
  'bin/workerd',
);
const wrapper = path.join(tmp, 'workerd-callgrind.sh');
writeFileSync(
  wrapper,
  `#!/bin/sh\nexec valgrind --tool=callgrind --instr-atstart=no --smc-check=all-non-file --callgrind-out-file=${tmp}/cg.%p.out ${workerd} "$@"\n`,
);
chmodSync(wrapper, 0o755);
process.env.MINIFLARE_WORKERD_PATH = wrapper;

const route = routingFixture();
const callgrindPid = () =>
  Number(
    execFileSync('pgrep', ['-n', '-f', `callgrind-out-file=${tmp}`])
      .toString()
      .trim(),
  );

async function drive(t: Target, n: number) {
  let left = n;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (left-- > 0) {
        const res = await fetch(new URL(t.path, t.url), {
          redirect: 'manual',
          headers: { ...HEADERS, 'cf-connecting-ip': nextIp() },
        });
        if (res.status !== 302) throw new Error(`${t.name}: status ${res.status}`);
        await res.arrayBuffer();
      }
    }),
  );
}

async function count(name: string): Promise<number> {
  let started: Started;
  let target: Target;
  if (name === 'bare') {
    started = await startBare();
    target = { name, label: name, url: started.url, path: '/', pid: -1, expectLocation: /./, expectCookie: false };
  } else if (name === 'minimal') {
    started = await startMinimal(tmp, route);
    target = minimalTarget(started, route);
  } else {
    started = await startTracker(await bundleWorker(tmp, stubs), route);
    target = trackerTargets(started, route)[name === 'click' ? 1 : 0]!;
  }
  try {
    const pid = callgrindPid();
    await drive(target, warmup);
    await new Promise((r) => setTimeout(r, 1_500)); // the last gathering is sent
    execFileSync('callgrind_control', ['-i', 'on', String(pid)], { stdio: 'ignore' });
    await drive(target, requests);
    await new Promise((r) => setTimeout(r, 1_500));
    execFileSync('callgrind_control', ['-i', 'off', String(pid)], { stdio: 'ignore' });
    execFileSync('callgrind_control', ['-d', String(pid)], { stdio: 'ignore' });
    let total = 0;
    for (const f of readdirSync(tmp).filter((f) => f.startsWith(`cg.${pid}.out`)))
      total += Number(/^totals: (\d+)/m.exec(readFileSync(path.join(tmp, f), 'utf8'))?.[1] ?? 0);
    return total / requests;
  } finally {
    await started.mf.dispose();
  }
}

try {
  console.log('# Instructions per redirect (callgrind)');
  console.log(`machine: ${machineLine()}`);
  console.log(`${warmup} warm-up requests, then ${requests} counted; tracker stubs: ${stubs.join(', ') || 'none'}`);
  const rows: { name: string; per: number }[] = [];
  for (const name of names) {
    const per = await count(name);
    rows.push({ name, per });
    console.log(`${name}: ${(per / 1000).toFixed(1)} k instructions/request`);
  }
  const bare = rows.find((r) => r.name === 'bare')?.per;
  console.log('');
  console.log(
    table(
      ['target', 'k instructions/request', 'bare ÷ target'],
      rows.map((r) => [r.name, (r.per / 1000).toFixed(1), bare ? (bare / r.per).toFixed(2) : '']),
    ),
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
