// The shared machinery of bench/redirect.ts and bench/redirect-profile.ts: bundle the Worker,
// start it and the bare 302 Worker through the Miniflare API the same way, seed the routing KV,
// check the answers once, and drive load with autocannon.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { build, type Plugin } from 'esbuild';
import { Miniflare, type WorkerOptions } from 'miniflare';
import { unstable_readConfig } from 'wrangler';
import { freePort } from '../../dev/free-port';
import { uuidv7 } from '../../workers/contracts/ids';
import { enrollmentRoute, programRoute, routingKeys } from '../../workers/contracts/routing';
import { guardProcess } from '../../dev/process-guard';
import { childPids, processCpuSeconds } from './machine';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

export const settings = {
  connections: num('BENCH_CONNECTIONS', 50),
  duration: num('BENCH_DURATION', 6),
  warmup: num('BENCH_WARMUP', 2),
  rounds: num('BENCH_ROUNDS', 5),
  /**
   * `none` (default): no consumer for `clicks`, so Miniflare's local queue broker answers each send
   * and drops the message — the Worker pays what it pays in production (serialise + one subrequest).
   * `noop`: a second Worker in the tracker's Miniflare consumes `clicks` and acks each batch; the
   * local broker then also runs a timer per message, batching and delivery in the same workerd (and
   * overflows its 10,000-timer quota at about a thousand clicks/s on this machine).
   */
  consumer: (process.env.BENCH_CONSUMER ?? 'none') as 'noop' | 'none',
};

/** Far above anything one run sends, so the rate limiter never rejects (its call still happens). */
export const TRACKER_LIMIT = 1_000_000_000;

const BROWSER_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
export const HEADERS = { 'user-agent': BROWSER_UA, 'accept-language': 'de-DE,de;q=0.9,en;q=0.8', accept: 'text/html' };

export const BARE_WORKER = `export default { fetch() { return new Response(null, { status: 302, headers: { location: 'https://app.example/' } }) } }`;
// The bare Worker plus the one thing every tracked click must do: send a message of the
// tracker's size (~0.9 kB of JSON) to the queue in waitUntil. Separates the queue transport's
// local cost from the tracker's own work.
const BARE_SEND_WORKER = `const body = ${JSON.stringify({
  v: 1,
  id: '019a0000-0000-7000-8000-000000000000',
  at: 1_763_000_000_000,
  form: 'aff_path',
  code: 'bench-aff-1',
  organizationId: '019a0000-0000-7000-8000-000000000001',
  appId: '019a0000-0000-7000-8000-000000000002',
  programId: '019a0000-0000-7000-8000-000000000003',
  enrollmentId: '019a0000-0000-7000-8000-000000000004',
  affiliateId: '019a0000-0000-7000-8000-000000000005',
  linkId: null,
  landingUrl: 'https://app.example/landing?sub1=newsletter',
  ip: '198.18.0.1',
  userAgent: BROWSER_UA,
  referrer: null,
  acceptLanguage: HEADERS['accept-language'],
  country: 'DE',
  region: 'Land Berlin',
  city: 'Berlin',
  asn: 3320,
  sub: ['newsletter', null, null, null, null, null, null, null, null, null],
  rejectReason: null,
  isBot: false,
})};
export default { fetch(request, env, ctx) {
  ctx.waitUntil(env.CLICKS.send(body, { contentType: 'json' }).catch(() => {}));
  return new Response(null, { status: 302, headers: { location: 'https://app.example/' } });
} }`;
// Counts what the tracker really sent, so a run proves the queue path was exercised.
const NOOP_CONSUMER = `let messages = 0, batches = 0;
export default {
  async queue(batch) { messages += batch.messages.length; batches++; batch.ackAll(); },
  async fetch() { return Response.json({ messages, batches }); },
};`;

/**
 * Steps of the tracker that a profiling variant replaces with a stub, in a bundle built under
 * the bench's temp dir only (workers/ is never changed):
 * - queue: tracker/enqueue-click.ts → returns null at once (no queue.send, no KV spool, no waitUntil)
 * - ratelimit: env.TRACKER_LIMITER → a binding that always allows, in JS
 * - isbot: domain/bot-detection.ts → only the header checks, no isbot() user-agent regex
 * - fingerprint: domain/fingerprint.ts → a constant (no SHA-256)
 * - coalesce: tracker/enqueue-click.ts → clicks of concurrent requests in one isolate are sent
 *   together with sendBatch (≤ 100) after a zero-delay timer; each request still waits (in its
 *   waitUntil) for the send that carries its click. An idea to measure, not a drop-in (no retry/spool);
 *   measured: workerd warns that continuations resolved from another request's context are
 *   canceled, so sharing one send between requests is not safe.
 */
export type Stub = 'queue' | 'ratelimit' | 'isbot' | 'fingerprint' | 'coalesce';

const STUB_SOURCES: Record<Exclude<Stub, 'ratelimit'>, { filter: RegExp; contents: string }> = {
  queue: { filter: /\/enqueue-click$/, contents: `export function enqueueClick() { return null; }` },
  isbot: {
    filter: /\/domain\/bot-detection$/,
    contents: `export function detectAutomated(method, headers) {
      const purpose = (headers.get('sec-purpose') ?? '') + ' ' + (headers.get('purpose') ?? '') + ' ' + (headers.get('x-purpose') ?? '') + ' ' + (headers.get('x-moz') ?? '');
      if (/prefetch|prerender|preview/i.test(purpose)) return 'prefetch';
      if (method === 'HEAD') return 'bot';
      return headers.get('user-agent') ? null : 'bot';
    }`,
  },
  fingerprint: {
    filter: /\/domain\/fingerprint$/,
    contents: `export async function fingerprint() { return '0123456789abcdef0123456789abcdef'; }`,
  },
  coalesce: {
    filter: /\/enqueue-click$/,
    contents: `let pending = [];
let flush = null;
export async function enqueueClick(queue, spool, message) {
  pending.push(message);
  if (!flush) {
    flush = (async () => {
      await new Promise((r) => setTimeout(r, 0));
      const batch = pending;
      pending = [];
      flush = null;
      for (let i = 0; i < batch.length; i += 100) await queue.sendBatch(batch.slice(i, i + 100).map((body) => ({ body, contentType: 'json' })));
    })();
  }
  await flush;
  return 'queued';
}`,
  },
};

function stubPlugin(stubs: Stub[]): Plugin {
  return {
    name: 'bench-stubs',
    setup(b) {
      for (const stub of stubs) {
        if (stub === 'ratelimit') continue;
        const { filter, contents } = STUB_SOURCES[stub];
        b.onResolve({ filter }, () => ({ path: `stub:${stub}`, namespace: 'bench-stub' }));
        b.onLoad({ filter: new RegExp(`^stub:${stub}$`), namespace: 'bench-stub' }, () => ({ contents, loader: 'js' }));
      }
    },
  };
}

/** The files the Worker imports as modules of their own, as wrangler loads them: fonts as Data, WebAssembly compiled. */
const MODULE_FILES = /\.(ttf|wasm)$/;

/**
 * For a bundle's `modules: true` Worker options: Miniflare follows the bundle's imports of the files
 * `moduleFilesPlugin` left beside it and loads each by these rules (wrangler.toml's `[[rules]]`, and wrangler's
 * own default for .wasm).
 */
export const WORKER_MODULE_RULES: NonNullable<WorkerOptions['modulesRules']> = [
  { type: 'Data', include: ['**/*.ttf'] },
  { type: 'CompiledWasm', include: ['**/*.wasm'] },
];

/**
 * Leaves each imported font or WebAssembly file out of the bundle, copied beside it, as wrangler does:
 * esbuild has no loader that makes an ArrayBuffer or a WebAssembly.Module of them, which the Worker expects.
 */
function moduleFilesPlugin(outDir: string): Plugin {
  const SKIP = Symbol('module-files');
  return {
    name: 'module-files',
    setup(b) {
      b.onResolve({ filter: MODULE_FILES }, async (args) => {
        if (args.pluginData === SKIP) return undefined;
        const found = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: SKIP });
        if (found.errors.length > 0) return { errors: found.errors };
        const name = path.basename(found.path);
        copyFileSync(found.path, path.join(outDir, name));
        return { path: `./${name}`, external: true };
      });
    },
  };
}

/** Bundles workers/index.ts as wrangler would (esbuild, workerd conditions), optionally with stubs. */
export async function bundleWorker(outDir: string, stubs: Stub[] = [], sourceRoot: string = root): Promise<string> {
  const workerEntry = path.join(sourceRoot, 'workers/index.ts');
  let entry = workerEntry;
  if (stubs.includes('ratelimit')) {
    // Same Worker, with TRACKER_LIMITER swapped for an always-allow stub (one wrapped env per env).
    entry = path.join(outDir, 'entry-no-ratelimit.ts');
    writeFileSync(
      entry,
      `import worker from ${JSON.stringify(workerEntry)};
const wrapped = new WeakMap();
const allow = { limit: async () => ({ success: true }) };
const wrap = (env) => { let w = wrapped.get(env); if (!w) { w = { ...env, TRACKER_LIMITER: allow }; wrapped.set(env, w); } return w; };
export default { fetch: (req, env, ctx) => worker.fetch(req, wrap(env), ctx), queue: (b, env) => worker.queue(b, env), scheduled: (c, env) => worker.scheduled(c, env) };
`,
    );
  }
  const tag = sourceRoot === root ? '' : `-${path.basename(sourceRoot)}`;
  const outfile = path.join(outDir, `worker${tag}${stubs.length ? `-${[...stubs].sort().join('-')}` : ''}.js`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['browser', 'module', 'main'],
    external: ['node:*', 'cloudflare:*'],
    plugins: [moduleFilesPlugin(outDir), ...(stubs.length ? [stubPlugin(stubs)] : [])],
    logLevel: 'warning',
  });
  return outfile;
}

/** Routing values exactly as services/tracking/publish-routing.ts writes them (validated by the same zod schemas). */
export function routingFixture() {
  const organizationId = uuidv7();
  const appId = uuidv7();
  const affiliateId = uuidv7();
  const program = (landingUrl: string) =>
    programRoute.parse({
      v: 1,
      programId: uuidv7(),
      organizationId,
      appId,
      status: 'active',
      landingUrl,
      allowedDomains: ['app.example'],
      fallbackUrl: 'https://app.example/',
      cookieDays: 30,
      geoAllow: [],
      geoDeny: [],
      capClicksDaily: null,
      capClicksTotal: null,
    });
  // Form 1 goes to the program's plain landing page; form 2 offers use macros, as offers do.
  const affProgram = program('https://app.example/landing');
  const clickProgram = program('https://app.example/offer?cid={click_id}&aff={affiliate_id}&s1={sub1}');
  const enrollment = (programId: string, refCode: string) =>
    enrollmentRoute.parse({
      v: 1,
      enrollmentId: uuidv7(),
      programId,
      affiliateId,
      organizationId,
      refCode,
      status: 'active',
    });
  return {
    affProgram,
    clickProgram,
    affEnrollment: enrollment(affProgram.programId, 'bench-aff-1'),
    clickEnrollment: enrollment(clickProgram.programId, 'bench-click-1'),
    affiliateId,
  };
}
export type RoutingFixture = ReturnType<typeof routingFixture>;

/**
 * The Worker's sources at a git commit, extracted under outDir (node_modules linked from this
 * checkout), so a change can be measured against the code before it in the same run.
 */
export function checkoutAt(outDir: string, ref: string): string {
  const dir = path.join(outDir, `ref-${ref.replace(/[^A-Za-z0-9_.-]/g, '_')}`);
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', 'git archive "$1" workers schema | tar -x -C "$2"', 'sh', ref, dir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** The parts of wrangler.toml the bench uses, as wrangler itself reads them. */
interface WranglerConfig {
  compatibility_date: string;
  compatibility_flags: string[];
  vars: Record<string, unknown>;
  kv_namespaces: { binding: string; id?: string }[];
  r2_buckets?: { binding: string; bucket_name: string }[];
  queues: {
    producers?: { binding: string; queue: string }[];
    consumers?: { queue: string; max_batch_size?: number; max_batch_timeout?: number; max_retries?: number }[];
  };
  ratelimits?: { name: string; simple: { limit: number; period: 10 | 60 } }[];
}

export function readWranglerConfig() {
  const config = unstable_readConfig({ config: path.join(root, 'wrangler.toml') }) as unknown as WranglerConfig;
  const limiter = (name: string) => {
    const found = config.ratelimits?.find((r) => r.name === name);
    if (!found) throw new Error(`wrangler.toml has no ratelimit ${name}`);
    return found;
  };
  return { config, limiter };
}

export const cfFixture = () =>
  JSON.parse(readFileSync(path.join(root, 'dev/cf.json'), 'utf8')) as Record<string, unknown>;

/** workerd processes this Node process started, in start order, so each run can read its CPU time. */
const knownWorkerd = new Set<number>();
function newWorkerdPid(): number {
  const pids = childPids(process.pid, 'workerd').filter((p) => !knownWorkerd.has(p));
  for (const p of pids) {
    knownWorkerd.add(p);
    // Miniflare ends its workerd on a normal exit only: a bench killed mid-run would leave it serving.
    guardProcess({ pid: p });
  }
  return pids[0] ?? -1;
}

export interface Started {
  mf: Miniflare;
  url: string;
  pid: number;
  /** Lines the Worker logged: spooled and lost clicks are counted, not printed. */
  logs: { spooled: number; enqueueFailed: number; other: number };
}

/** Takes over workerd's stdout/stderr: a flood of per-click warnings would distort the run. */
function logCounter(): { logs: Started['logs']; handleRuntimeStdio: (stdout: Readable, stderr: Readable) => void } {
  const logs = { spooled: 0, enqueueFailed: 0, other: 0 };
  const onLine = (line: string) => {
    if (line.includes('"event":"click_spooled"')) logs.spooled++;
    else if (line.includes('"event":"click_enqueue_failed"')) logs.enqueueFailed++;
    else if (line.trim() && logs.other++ < 5) console.log(`[workerd] ${line.slice(0, 300)}`);
  };
  return {
    logs,
    handleRuntimeStdio: (stdout, stderr) => {
      createInterface({ input: stdout }).on('line', onLine);
      createInterface({ input: stderr }).on('line', onLine);
    },
  };
}

/** The tracker in workerd with wrangler.toml's bindings (see settings.consumer for the CLICKS consumer). */
export async function startTracker(
  scriptPath: string,
  route: RoutingFixture,
  opts: { inspectorPort?: number } = {},
): Promise<Started> {
  const { config, limiter } = readWranglerConfig();
  const vars = Object.fromEntries(Object.entries(config.vars).map(([k, v]) => [k, String(v)]));
  const tracker: WorkerOptions = {
    name: 'tracker',
    modules: true,
    scriptPath,
    modulesRoot: path.dirname(scriptPath),
    modulesRules: WORKER_MODULE_RULES,
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags,
    kvNamespaces: Object.fromEntries(config.kv_namespaces.map((kv) => [kv.binding, kv.id ?? kv.binding])),
    queueProducers: Object.fromEntries((config.queues.producers ?? []).map((p) => [p.binding, { queueName: p.queue }])),
    ratelimits: {
      AUTH_LIMITER: { simple: { ...limiter('AUTH_LIMITER').simple } },
      TRACKER_LIMITER: { simple: { limit: TRACKER_LIMIT, period: limiter('TRACKER_LIMITER').simple.period } },
      CONVERSIONS_LIMITER: { simple: { ...limiter('CONVERSIONS_LIMITER').simple } },
      POSTBACK_LIMITER: { simple: { ...limiter('POSTBACK_LIMITER').simple } },
      STRIPE_WEBHOOK_LIMITER: { simple: { ...limiter('STRIPE_WEBHOOK_LIMITER').simple } },
    },
    bindings: {
      ...vars,
      // The redirect path never opens a database connection; nothing listens here.
      DATABASE_URL: 'postgres://bench:bench@127.0.0.1:9/unused',
      JWT_SECRET: 'bench-jwt-secret-0123456789abcdef0123456789',
      DATA_ENCRYPTION_KEY: '0'.repeat(64),
    },
  };
  const { logs, handleRuntimeStdio } = logCounter();
  const mf = new Miniflare({
    host: '127.0.0.1',
    port: await freePort(),
    cf: cfFixture(),
    handleRuntimeStdio,
    ...(opts.inspectorPort ? { inspectorPort: opts.inspectorPort } : {}),
    workers: settings.consumer === 'noop' ? [tracker, noopConsumer(config)] : [tracker],
  });
  const url = (await mf.ready).href;
  const pid = newWorkerdPid();
  const kv = await mf.getKVNamespace('ROUTING', 'tracker');
  for (const p of [route.affProgram, route.clickProgram])
    await kv.put(routingKeys.program(p.programId), JSON.stringify(p));
  for (const e of [route.affEnrollment, route.clickEnrollment]) {
    await kv.put(routingKeys.code(e.refCode), JSON.stringify(e));
    await kv.put(routingKeys.enrollment(e.programId, e.affiliateId), JSON.stringify(e));
  }
  return { mf, url, pid, logs };
}

/**
 * The reference of the least a tracked redirect can do here (bench/lib/minimal-tracker.js), with
 * the same bindings as the tracker and its route for the /aff/{code} target held in memory.
 */
export async function startMinimal(outDir: string, route: RoutingFixture): Promise<Started> {
  const { programId, organizationId, appId } = route.affProgram;
  const { enrollmentId, affiliateId, refCode } = route.affEnrollment;
  const routes = {
    [refCode]: {
      landingUrl: route.affProgram.landingUrl,
      ids: { organizationId, appId, programId, enrollmentId, affiliateId, linkId: null },
    },
  };
  const scriptPath = path.join(outDir, 'minimal-tracker.js');
  await build({
    entryPoints: [path.join(root, 'bench/lib/minimal-tracker.js')],
    outfile: scriptPath,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    banner: { js: `const ROUTES = ${JSON.stringify(routes)};` },
    logLevel: 'warning',
  });
  return startTracker(scriptPath, route);
}

export function minimalTarget(minimal: Started, route: RoutingFixture): Target {
  return { ...trackerTargets(minimal, route)[0]!, name: 'minimal', label: 'reference: minimal tracked /aff/{code}' };
}

/** The no-op CLICKS consumer Worker (settings.consumer === 'noop'). */
function noopConsumer(config: WranglerConfig): WorkerOptions {
  const clicksConsumer = config.queues.consumers?.find((c) => c.queue === 'clicks');
  return {
    name: 'clicks-consumer',
    modules: true,
    script: NOOP_CONSUMER,
    compatibilityDate: config.compatibility_date,
    queueConsumers: {
      clicks: {
        maxBatchSize: clicksConsumer?.max_batch_size ?? 100,
        maxBatchTimeout: clicksConsumer?.max_batch_timeout ?? 1,
        maxRetries: clicksConsumer?.max_retries ?? 10,
      },
    },
  };
}

/**
 * The baseline: a Worker that only answers 302, started the same way. `withSend`: it also sends
 * one queue message per request, with the same CLICKS consumer setting as the tracker.
 */
export async function startBare(opts: { withSend?: boolean } = {}): Promise<Started> {
  const { config } = readWranglerConfig();
  const { logs, handleRuntimeStdio } = logCounter();
  const bare: WorkerOptions = {
    name: 'bare',
    modules: true,
    compatibilityDate: config.compatibility_date,
    ...(opts.withSend
      ? { script: BARE_SEND_WORKER, queueProducers: { CLICKS: { queueName: 'clicks' } } }
      : { script: BARE_WORKER }),
  };
  const workers = opts.withSend && settings.consumer === 'noop' ? [bare, noopConsumer(config)] : [bare];
  const mf = new Miniflare({ host: '127.0.0.1', port: await freePort(), cf: cfFixture(), handleRuntimeStdio, workers });
  const url = (await mf.ready).href;
  return { mf, url, pid: newWorkerdPid(), logs };
}

export interface Target {
  name: string;
  label: string;
  url: string;
  path: string;
  pid: number;
  expectLocation: RegExp;
  expectCookie: boolean;
}

export function bareTarget(bare: Started, withSend = false): Target {
  return {
    name: withSend ? 'bare+send' : 'bare',
    label: withSend ? 'bare 302 + queue.send (reference)' : 'bare 302 Worker',
    url: bare.url,
    path: '/',
    pid: bare.pid,
    expectLocation: /^https:\/\/app\.example\/$/,
    expectCookie: false,
  };
}

export function trackerTargets(tracker: Started, route: RoutingFixture, suffix = ''): Target[] {
  return [
    {
      name: `aff${suffix}`,
      label: `tracker /aff/{code}${suffix}`,
      url: tracker.url,
      path: `/aff/${route.affEnrollment.refCode}?sub1=newsletter`,
      pid: tracker.pid,
      expectLocation: /^https:\/\/app\.example\/landing\?sub1=newsletter&aff_click=[0-9a-f-]{36}$/,
      expectCookie: true,
    },
    {
      name: `click${suffix}`,
      label: `tracker /click?o=&a=&sub1=${suffix}`,
      url: tracker.url,
      path: `/click?o=${route.clickProgram.programId}&a=${route.affiliateId}&sub1=newsletter`,
      pid: tracker.pid,
      expectLocation: new RegExp(
        `^https://app\\.example/offer\\?cid=[0-9a-f-]{36}&aff=${route.affiliateId}&s1=newsletter$`,
      ),
      expectCookie: true,
    },
  ];
}

/** One request, checked: 302 to the expected offer URL, with the click cookie (not rate limited, not a bot). */
export async function assertTarget(t: Target): Promise<string> {
  const res = await fetch(new URL(t.path, t.url), {
    redirect: 'manual',
    headers: { ...HEADERS, 'cf-connecting-ip': '203.0.113.7' },
  });
  const location = res.headers.get('location') ?? '';
  const cookie = res.headers.get('set-cookie');
  const problems: string[] = [];
  if (res.status !== 302) problems.push(`status ${res.status}`);
  if (!t.expectLocation.test(location)) problems.push(`location ${location}`);
  const cookieOk = /^aff_click=[0-9a-f-]{36}; Max-Age=2592000; Path=\/; Secure; SameSite=Lax$/.test(cookie ?? '');
  if (t.expectCookie ? !cookieOk : cookie !== null) problems.push(`set-cookie ${cookie}`);
  if (problems.length) throw new Error(`${t.name}: unexpected answer to ${t.path}: ${problems.join(', ')}`);
  return `${t.name.padEnd(6)} GET ${t.path} → 302 ${location}${cookie ? ` + Set-Cookie ${cookie.replace(/=[0-9a-f-]{36};/, '=<uuidv7>;')}` : ''}`;
}

let ipCounter = 0;
/** A different client IP per request (benchmarking range 198.18.0.0/15), like real traffic. */
export const nextIp = () => {
  const n = ipCounter++ % 131_072;
  return `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
};

export function load(target: Target, seconds: number) {
  return autocannon({
    url: target.url,
    connections: settings.connections,
    duration: seconds,
    headers: HEADERS,
    requests: [
      {
        method: 'GET',
        path: target.path,
        setupRequest: (req) => {
          (req.headers as Record<string, string>)['cf-connecting-ip'] = nextIp();
          return req;
        },
      },
    ],
  });
}

export interface Run {
  target: string;
  round: number;
  rps: number;
  p50: number;
  p99: number;
  non3xx: number;
  /** What the non-3xx were, when there were any (2xx/4xx/5xx answers, socket errors, timeouts). */
  non3xxDetail: string;
  total: number;
  /** CPU time of the target's workerd process per answered request. */
  workerdCpuUs: number | null;
}

/** Warm-up, then the measured run, reading the workerd's CPU time around it. */
export async function measure(t: Target, round: number): Promise<Run> {
  if (settings.warmup > 0) await load(t, settings.warmup);
  const cpuBefore = processCpuSeconds(t.pid);
  const r = await load(t, settings.duration);
  const cpuAfter = processCpuSeconds(t.pid);
  const non3xx = r['1xx'] + r['2xx'] + r['4xx'] + r['5xx'] + r.errors + r.timeouts;
  const parts = { '2xx': r['2xx'], '4xx': r['4xx'], '5xx': r['5xx'], errors: r.errors, timeouts: r.timeouts };
  const non3xxDetail = Object.entries(parts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return {
    target: t.name,
    round,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non3xx,
    non3xxDetail,
    total: r.requests.total,
    workerdCpuUs:
      cpuBefore !== null && cpuAfter !== null && r.requests.total > 0
        ? ((cpuAfter - cpuBefore) * 1e6) / r.requests.total
        : null,
  };
}

export const runLine = (run: Run) =>
  `round ${run.round} ${run.target.padEnd(18)} ${run.rps.toFixed(0).padStart(6)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms  non-3xx ${run.non3xx}${run.non3xx ? ` (${run.non3xxDetail})` : ''}  ` +
  `workerd CPU ${run.workerdCpuUs?.toFixed(0) ?? '?'} µs/req  (load avg ${os.loadavg()[0]!.toFixed(2)})`;

/** What the CLICKS consumer received (noop consumer only) and what was spooled: proof the sends happened. */
export async function queueReport(tracker: Started): Promise<string> {
  await new Promise((r) => setTimeout(r, 2_500)); // the last batch waits max_batch_timeout
  const spool = await tracker.mf.getKVNamespace('CLICK_SPOOL', 'tracker');
  let spooled = 0;
  for (let cursor: string | undefined, done = false; !done; ) {
    const page = await spool.list({ prefix: 'spool:', ...(cursor ? { cursor } : {}) });
    spooled += page.keys.length;
    done = page.list_complete;
    cursor = page.list_complete ? undefined : page.cursor;
  }
  const fallback = `${spooled} clicks in the KV spool (queue.send failed 3 times: ${tracker.logs.spooled} logged), ${tracker.logs.enqueueFailed} lost`;
  if (settings.consumer !== 'noop') return `no CLICKS consumer; ${fallback}`;
  const consumer = await tracker.mf.getWorker('clicks-consumer');
  const counts = (await (await consumer.fetch('http://consumer/')).json()) as { messages: number; batches: number };
  return `the CLICKS consumer received ${counts.messages} messages in ${counts.batches} batches; ${fallback}`;
}
