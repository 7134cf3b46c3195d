import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Log, LogLevel, Miniflare } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { childPids, guardNewChildren } from './process-guard';
import { localTrackerRoutes } from './tracker-routes';
import { localWorkerVars, waitForHealth, type LocalWorker, type WranglerDevOptions } from './wrangler-dev';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface MiniflareWorkerOptions
  extends Pick<WranglerDevOptions, 'port' | 'databaseUrl' | 'proxy' | 'secret' | 'vars' | 'healthTimeoutMs'> {
  /** The Worker bundled by dev/worker-build-once.ts; its fonts and wasm are modules beside it. */
  script: string;
  /**
   * The tracker Worker's bundle (wrangler.tracker.toml): run beside the API Worker in the same workerd, sharing its
   * queues and KV, with the click paths routed to it as Cloudflare's routes do (dev/tracker-routes.ts).
   */
  trackerScript?: string;
  /** Where workerd's own output (the Worker's log lines) goes. */
  output: Writable;
  /** Keep KV, queues and R2 in this folder (npm start's, laid out as `wrangler dev --persist-to` lays it out); else in memory. */
  persistTo?: string;
}

/** Module types of the files `wrangler deploy --outdir` writes (wrangler.toml's rules and wrangler's defaults). */
const MODULE_TYPES = { '.js': 'ESModule', '.wasm': 'CompiledWasm', '.ttf': 'Data' } as const;
/** Files beside the bundle that are not modules. */
const NOT_MODULES = new Set(['.map', '.md']);

/**
 * Every module of the bundle, the entry first. Given only the entry (`modules: true`), Miniflare parses the
 * whole bundle (8 MB) with acorn to find its imports: 5.7–6.9 s of Node CPU per boot, 1.5 s with the list, in
 * every e2e file. A file of an unknown kind fails the boot here rather than as a missing module at run time.
 */
export function bundleModules(script: string) {
  const dir = dirname(script);
  const names = readdirSync(dir).filter((name) => !NOT_MODULES.has(extname(name)));
  return [script, ...names.map((name) => join(dir, name)).filter((path) => path !== script)].map((path) => {
    const type = MODULE_TYPES[extname(path) as keyof typeof MODULE_TYPES];
    if (!type) throw new Error(`${path}: no module type for this file of the Worker bundle`);
    return { type, path, contents: readFileSync(path) };
  });
}

/** The tracker Worker's options: wrangler.tracker.toml's bindings, the vars it shares with the API, its routes. */
function trackerWorker(script: string, vars: Record<string, string>) {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(`${root}wrangler.tracker.toml`);
  const shared = { DEFAULT_FALLBACK_URL: vars.DEFAULT_FALLBACK_URL!, TRACKING_HOSTS: vars.TRACKING_HOSTS };
  return {
    ...workerOptions,
    name: 'affiliate-edge-tracker',
    modules: bundleModules(script),
    modulesRoot: dirname(script),
    bindings: { ...workerOptions.bindings, ...Object.fromEntries(Object.entries(shared).filter(([, v]) => v)) },
    routes: localTrackerRoutes(),
  };
}

/**
 * The bundled Worker in workerd through Miniflare's API, inside the calling Node process: the bindings,
 * queues, assets router, rate limits and compatibility settings of wrangler.toml, as `wrangler dev` reads
 * them (`unstable_getMiniflareWorkerOptions`), without `wrangler dev`'s own Node process and the proxy
 * Worker it puts in front (~6 % of the test suite's CPU when every e2e file started one). Storage lives in
 * memory and ends with the server. `npm start` keeps `wrangler dev`, which also watches and rebuilds.
 */
export async function startMiniflareWorker(opts: MiniflareWorkerOptions): Promise<LocalWorker> {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(`${root}wrangler.toml`);
  const workerdBefore = new Set(childPids(process.pid, 'workerd'));
  const vars = localWorkerVars(opts);
  const api = {
    ...workerOptions,
    name: 'affiliate-edge',
    modules: bundleModules(opts.script),
    modulesRoot: dirname(opts.script),
    bindings: { ...workerOptions.bindings, ...vars },
  };
  const mf = new Miniflare({
    // The API Worker first: the fallback for every path the tracker's routes do not take, as on Cloudflare.
    workers: [api, ...(opts.trackerScript ? [trackerWorker(opts.trackerScript, vars)] : [])],
    host: '127.0.0.1',
    port: opts.port,
    ...(opts.persistTo ? { defaultPersistRoot: join(opts.persistTo, 'v3') } : {}),
    // The request.cf of a local request: the fixture `wrangler dev` is given, never a fetch from Cloudflare.
    cf: JSON.parse(readFileSync(`${root}dev/cf.json`, 'utf8')),
    log: new Log(LogLevel.WARN),
    handleRuntimeStdio(stdout: Readable, stderr: Readable) {
      stdout.pipe(opts.output, { end: false });
      stderr.pipe(opts.output, { end: false });
    },
  });
  // In-process, the server ends only when stopped: `exited` resolves then, as wrangler dev's does on exit.
  let exitCode: number | null | undefined;
  let ended!: (code: number | null) => void;
  const exited = new Promise<number | null>((resolve) => (ended = resolve));
  let disposed: Promise<void> | undefined;
  let unguard = () => {};
  const stop = () => {
    disposed ??= mf
      .dispose()
      .catch(() => undefined)
      .then(() => {
        unguard();
        ended((exitCode = 0));
      });
    return disposed;
  };
  const url = `http://127.0.0.1:${opts.port}`;
  try {
    await mf.ready;
    // Miniflare ends its workerd on a normal exit only; SIGKILL of this process (a test worker) would leave it.
    unguard = guardNewChildren('workerd', workerdBefore);
    await waitForHealth(`${url}/api/health`, opts.healthTimeoutMs ?? 60_000, () => exitCode);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, exited, stop };
}
