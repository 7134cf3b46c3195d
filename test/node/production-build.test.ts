import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Log, LogLevel, Miniflare, type WorkerOptions } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testRunId } from '../../dev/dashboard-build-once';
import { bundleModules } from '../../dev/miniflare-worker';
import { localTrackerRoutes } from '../../dev/tracker-routes';
import { buildDeployOnce, DEPLOY_BUILD_DIR, root, WORKERS } from '../../dev/worker-bundle-size';

// Both Workers built exactly as `npm run deploy` builds them (`wrangler deploy --dry-run --outdir`, once per run and
// shared with the size budget's test), booted from the built bundles in workerd with their configs' own vars
// (ENVIRONMENT = "production"), nothing added but the secrets a deploy sets. The database is a closed port: what is
// checked needs none.
const outdir = DEPLOY_BUILD_DIR;
const SECRETS = {
  DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:1/none',
  JWT_SECRET: 'a'.repeat(64),
  DATA_ENCRYPTION_KEY: 'b'.repeat(64),
};
const api = WORKERS.find((w) => w.name === 'api')!;
const tracker = WORKERS.find((w) => w.name === 'tracker')!;

/** One built Worker as Miniflare runs it, with its wrangler config's bindings. */
function builtWorker(target: typeof api, extra: Partial<WorkerOptions> = {}): WorkerOptions {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(join(root, target.config));
  const script = join(outdir, target.name, target.mainModule);
  return {
    ...workerOptions,
    modules: bundleModules(script),
    modulesRoot: join(outdir, target.name),
    ...extra,
  } as WorkerOptions;
}

const stacks: Miniflare[] = [];
function boot(workers: WorkerOptions[]): Miniflare {
  const mf = new Miniflare({ workers, log: new Log(LogLevel.ERROR) });
  stacks.push(mf);
  return mf;
}

beforeAll(() => buildDeployOnce(testRunId()), 600_000);

afterAll(async () => {
  await Promise.all(stacks.map((mf) => mf.dispose()));
});

const get = (mf: Miniflare, url: string) => mf.dispatchFetch(url, { redirect: 'manual' });

describe('the production build', () => {
  test('the tracker bundle holds nothing of the API, OpenAPI, renderers or dashboard', () => {
    const code = readFileSync(join(outdir, 'tracker', tracker.mainModule), 'utf8');
    for (const marker of ['OpenAPIHono', 'createApi', 'resvg', 'pdf-lib', 'drizzle', '@neondatabase'])
      expect(code, marker).not.toContain(marker);
  });

  test('ships ENVIRONMENT=production and no outbound host overrides', () => {
    for (const target of [api, tracker]) {
      const { workerOptions } = unstable_getMiniflareWorkerOptions(join(root, target.config));
      expect(workerOptions.bindings ?? {}).not.toHaveProperty('OUTBOUND_HOST_OVERRIDES');
    }
    const { workerOptions } = unstable_getMiniflareWorkerOptions(join(root, api.config));
    expect(workerOptions.bindings).toMatchObject({ ENVIRONMENT: 'production' });
  });

  test('both Workers together: the tracker redirects, the API answers, no dev-only route exists', async () => {
    const mf = boot([
      // The API Worker first: Miniflare's fallback, as the dashboard host's `/*` route on Cloudflare.
      builtWorker(api, { name: 'affiliate-edge', bindings: { ...builtWorker(api).bindings, ...SECRETS } }),
      // Its own fallback, so the answer says which Worker gave it.
      builtWorker(tracker, {
        name: 'affiliate-edge-tracker',
        routes: localTrackerRoutes(),
        bindings: { ...builtWorker(tracker).bindings, DEFAULT_FALLBACK_URL: 'https://tracker.example/' },
      }),
    ]);
    const click = await get(mf, 'http://localhost/aff/nobody-knows-this-code');
    expect(click.status).toBe(302);
    expect(click.headers.get('location')).toBe('https://tracker.example/');
    // Form 1 on a page of the dashboard's host is no route's: the API Worker answers it with the same code.
    const onPage = await get(mf, 'http://localhost/pricing/aff/nobody-knows-this-code');
    expect(onPage.status).toBe(302);
    expect(onPage.headers.get('location')).toBe('http://localhost:8787/');
    const snippet = await get(mf, 'http://localhost/aff-click.js');
    expect(snippet.status).toBe(200);
    expect(await snippet.text()).toContain('client-click');

    const openapi = await get(mf, 'http://localhost/api/openapi.json');
    expect(openapi.status).toBe(200);
    const paths = Object.keys(((await openapi.json()) as { paths: Record<string, unknown> }).paths);
    expect(paths.length).toBeGreaterThan(100);
    // The health route runs the config check (production refuses dev settings) and reports the closed database.
    const health = await get(mf, 'http://localhost/api/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'degraded', database: { reachable: false } });

    // The OpenAPI document may list the dev mailbox (tagged development, "404 in production"); its answer counts.
    const mailbox = await get(mf, 'http://localhost/api/dev/mailbox?to=someone%40example.com');
    expect(mailbox.status).toBe(404);
    const scheduled = await get(mf, 'http://localhost/__scheduled?cron=*+*+*+*+*');
    expect(await scheduled.text()).not.toContain('Ran scheduled event');
  }, 120_000);

  test('the tracker alone, with no API Worker at all, still redirects', async () => {
    const { serviceBindings: _api, ...alone } = builtWorker(tracker, { name: 'affiliate-edge-tracker' });
    const mf = boot([alone]);
    const click = await get(mf, 'http://localhost/r/some-link');
    expect(click.status).toBe(302);
    expect(click.headers.get('location')).toBe('http://localhost:8787/');
    expect((await get(mf, 'http://localhost/api/health')).status).toBe(404);
  }, 120_000);
});
