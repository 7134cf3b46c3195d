// The Workers' upload sizes as `wrangler deploy` measures them: bundled by wrangler (esbuild) with
// `--dry-run --outdir`, every module gzipped as one stream (wrangler's own bundle report, whose gzip
// figure Cloudflare's 3 MB Free / 10 MB Paid limits apply to). test/node/worker-bundle-size.test.ts fails
// above a budget; `npm run bench:startup` prints the sizes beside the startup CPU.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildDashboardOnce } from './dashboard-build-once';
import { oncePerRun } from './once-per-run';
import { runWrangler } from './run-wrangler';

export const root = fileURLToPath(new URL('..', import.meta.url));
const KIB = 1024;

export interface WorkerTarget {
  name: string;
  /** Wrangler configuration file, relative to the repository root. */
  config: string;
  /** The entry's file in the `--outdir` output: its `main`'s name, as .js. */
  mainModule: string;
  /** Gzipped upload size the budget test allows. */
  budgetGzipBytes: number;
}

/**
 * Every Worker the repository deploys. The API Worker measured 3,058 KiB gzipped (8,149 KiB raw) on 2026-11-29 with
 * the renderers inside it, 14 KiB under the Free plan's 3 MB; without them, 758 KiB (2,714 KiB raw). Its budget is
 * half the Free plan, so the other half stays room to grow and the day a heavy library slips back in, this fails.
 * The renderer (pdf-lib, fontkit, resvg's WebAssembly, the two DejaVu fonts) measured 2,384 KiB: its budget is the
 * Free plan's 3 MB. The tracker (issue 59's bar: 150 KB) measured 142 KiB (888 KiB raw, 850 of it zod's full build
 * with its locales, which the routing values' schemas pull in).
 */
export const WORKERS: WorkerTarget[] = [
  { name: 'api', config: 'wrangler.toml', mainModule: 'index.js', budgetGzipBytes: 1_536 * KIB },
  {
    name: 'tracker',
    config: 'wrangler.tracker.toml',
    mainModule: 'tracker-worker.js',
    budgetGzipBytes: 150 * KIB,
  },
  {
    name: 'renderer',
    config: 'wrangler.renderer.toml',
    mainModule: 'renderer-worker.js',
    budgetGzipBytes: 3_072 * KIB,
  },
];

export interface BundleSize {
  /** The bundle's modules (entry, WebAssembly, fonts), without source maps. */
  files: string[];
  uploadBytes: number;
  gzipBytes: number;
}

/** Sizes of a `wrangler deploy --dry-run --outdir` output, computed as wrangler's bundle report computes them. */
export function measureOutdir(outdir: string, mainModule = 'index.js'): BundleSize {
  const names = readdirSync(outdir).filter((f) => !f.endsWith('.map') && f !== 'README.md');
  // wrangler concatenates the other modules, then the entry, and gzips the whole (getSize in its bundle reporter).
  const files = [...names.filter((f) => f !== mainModule).sort(), mainModule];
  const contents = files.map((f) => readFileSync(join(outdir, f)));
  const all = Buffer.concat(contents);
  return { files, uploadBytes: all.length, gzipBytes: gzipSync(all).length };
}

/**
 * Bundles one Worker exactly as `wrangler deploy` would, without uploading: into `outdir` (its modules)
 * and, when given, `outfile` (the multipart upload that `wrangler check startup --worker` reads).
 */
export async function buildWorker(options: {
  config: string;
  outdir: string;
  outfile?: string;
  cwd?: string;
  mainModule?: string;
}): Promise<BundleSize> {
  const args = ['deploy', '--dry-run', '--config', options.config, '--outdir', options.outdir];
  if (options.outfile) args.push('--outfile', options.outfile);
  await runWrangler(args, options.cwd ?? root);
  return measureOutdir(options.outdir, options.mainModule);
}

export const kib = (bytes: number) => `${(bytes / KIB).toLocaleString('en-US', { maximumFractionDigits: 1 })} KiB`;

/** Where buildDeployOnce leaves each Worker's `--outdir` output: `<this>/<name>/`. */
export const DEPLOY_BUILD_DIR = join(root, 'dist', 'deploy-check');

/**
 * Every Worker of WORKERS built once per test run as `npm run deploy` builds it, for the tests that read the
 * bundles (the size budget, the production build booted in workerd): each build is seconds of CPU.
 */
export async function buildDeployOnce(runId: string, timeoutMs = 600_000): Promise<Record<string, BundleSize>> {
  // wrangler reads wrangler.toml's assets folder while bundling: wait for the run's one dashboard build.
  await buildDashboardOnce(runId, timeoutMs);
  await oncePerRun({ name: 'deploy-build', dir: join(root, 'dist'), runId, timeoutMs }, async () => {
    rmSync(DEPLOY_BUILD_DIR, { recursive: true, force: true });
    await Promise.all(
      WORKERS.map((w) =>
        buildWorker({ config: w.config, outdir: join(DEPLOY_BUILD_DIR, w.name), mainModule: w.mainModule }),
      ),
    );
  });
  return Object.fromEntries(
    WORKERS.map((w) => [w.name, measureOutdir(join(DEPLOY_BUILD_DIR, w.name), w.mainModule)] as const),
  );
}
