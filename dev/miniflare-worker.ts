import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Log, LogLevel, Miniflare } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { bundleModules } from './bundle-modules';
import { childPids, guardNewChildren } from './process-guard';
import { rendererWorkerOptions } from './renderer-build-once';
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
  /**
   * The renderer Worker's bundle (wrangler.renderer.toml): PDFs and PNGs for the API Worker's RENDERER service
   * binding. Without it those answers are 503 renderer_unavailable, as on a deployment that binds none.
   */
  rendererScript?: string;
  /** Where workerd's own output (the Worker's log lines) goes. */
  output: Writable;
  /** Keep KV, queues and R2 in this folder (npm start's, laid out as `wrangler dev --persist-to` lays it out); else in memory. */
  persistTo?: string;
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
  // No renderer: no RENDERER binding (one to a Worker that is not there would fail the boot), so renders are 503s.
  const { RENDERER: _renderer, ...serviceBindings } = workerOptions.serviceBindings ?? {};
  const workerdBefore = new Set(childPids(process.pid, 'workerd'));
  const vars = localWorkerVars(opts);
  const api = {
    ...workerOptions,
    name: 'affiliate-edge',
    modules: bundleModules(opts.script),
    modulesRoot: dirname(opts.script),
    bindings: { ...workerOptions.bindings, ...vars },
    serviceBindings: opts.rendererScript ? workerOptions.serviceBindings : serviceBindings,
  };
  const mf = new Miniflare({
    // The API Worker first: the fallback for every path the tracker's routes do not take, as on Cloudflare.
    workers: [
      api,
      ...(opts.trackerScript ? [trackerWorker(opts.trackerScript, vars)] : []),
      ...(opts.rendererScript ? [rendererWorkerOptions(opts.rendererScript)] : []),
    ],
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
