import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { neonConfig } from '@neondatabase/serverless';
import { sql } from 'drizzle-orm';
import { Log, LogLevel, Miniflare, type WorkerOptions } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import ws from 'ws';
import { testRunId } from '../../dev/dashboard-build-once';
import { nodeDb, nodePool } from '../../dev/neon-node';
import { DEMO_PASSWORD, seedDemoData } from '../../dev/seed';
import { bundleModules } from '../../dev/bundle-modules';
import { localTrackerRoutes } from '../../dev/tracker-routes';
import { buildDeployOnce, DEPLOY_BUILD_DIR, root, WORKERS } from '../../dev/worker-bundle-size';
import { createTestDatabase } from '../database';
import { signedW9 } from '../tax-forms';

// The three Workers built exactly as `npm run deploy` builds them (`wrangler deploy --dry-run --outdir`, once per run and
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
const renderer = WORKERS.find((w) => w.name === 'renderer')!;

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

  test('the renderers are the renderer Worker’s: the API bundle has no pdf-lib, fontkit, wasm or font', async () => {
    const sizes = await buildDeployOnce(testRunId());
    expect(sizes.api!.files).toEqual([api.mainModule]);
    const code = readFileSync(join(outdir, 'api', api.mainModule), 'utf8');
    for (const marker of ['PDFDocument', 'fontkit', 'initWasm', 'DejaVu']) expect(code, marker).not.toContain(marker);
    const own = sizes.renderer!.files;
    expect(own.filter((f) => f.endsWith('.wasm'))).toHaveLength(1);
    expect(own.filter((f) => f.endsWith('.ttf'))).toHaveLength(2);
    const rendererCode = readFileSync(join(outdir, 'renderer', renderer.mainModule), 'utf8');
    for (const marker of ['OpenAPIHono', 'drizzle', '@neondatabase'])
      expect(rendererCode, marker).not.toContain(marker);
  });

  test('ships ENVIRONMENT=production and no outbound host overrides', () => {
    for (const target of [api, tracker, renderer]) {
      const { workerOptions } = unstable_getMiniflareWorkerOptions(join(root, target.config));
      expect(workerOptions.bindings ?? {}).not.toHaveProperty('OUTBOUND_HOST_OVERRIDES');
    }
    const { workerOptions } = unstable_getMiniflareWorkerOptions(join(root, api.config));
    expect(workerOptions.bindings).toMatchObject({ ENVIRONMENT: 'production' });
  });

  test('the three Workers together: the tracker redirects, the API answers, no dev-only route exists', async () => {
    const mf = boot([
      // The API Worker first: Miniflare's fallback, as the dashboard host's `/*` route on Cloudflare.
      builtWorker(api, { name: 'affiliate-edge', bindings: { ...builtWorker(api).bindings, ...SECRETS } }),
      // Its own fallback, so the answer says which Worker gave it.
      builtWorker(tracker, {
        name: 'affiliate-edge-tracker',
        routes: localTrackerRoutes(),
        bindings: { ...builtWorker(tracker).bindings, DEFAULT_FALLBACK_URL: 'https://tracker.example/' },
      }),
      // No route of its own: only the API Worker's RENDERER binding reaches it.
      builtWorker(renderer, { name: 'affiliate-edge-renderer' }),
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

  test('a PDF renders through the API, its RENDERER binding bound to the built renderer', async () => {
    neonConfig.webSocketConstructor = ws;
    const { url, proxy } = await createTestDatabase();
    await seedDemoData(url, proxy);
    const pool = nodePool(url, proxy);
    const [acme] = (await nodeDb(pool).execute(sql`select id from affiliate.organizations where slug = 'acme'`))
      .rows as { id: string }[];
    await pool.end();
    const mf = boot([
      builtWorker(api, {
        name: 'affiliate-edge',
        // The deploy's secrets, with a real database this time (reached through the local WebSocket relay).
        bindings: { ...builtWorker(api).bindings, ...SECRETS, DATABASE_URL: url, NEON_WS_PROXY: proxy },
      }),
      builtWorker(renderer, { name: 'affiliate-edge-renderer' }),
    ]);
    const call = (method: string, path: string, token?: string, body?: unknown) =>
      mf.dispatchFetch(`http://localhost/api${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const login = await call('POST', '/auth/login', undefined, {
      email: 'alice@affiliates.example',
      password: DEMO_PASSWORD,
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const form = await call('POST', `/affiliate/orgs/${acme!.id}/tax/forms`, accessToken, signedW9('Алиса Тестова'));
    expect(form.status).toBe(201);
    const { id } = (await form.json()) as { id: string };
    const pdf = await call('GET', `/affiliate/orgs/${acme!.id}/tax/forms/${id}/pdf`, accessToken);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    // The fonts are embedded (subset), or the Cyrillic name could not have been written.
    expect(Buffer.from(bytes).toString('latin1')).toContain('DejaVuSans');
  }, 300_000);

  test('the tracker alone, with no API Worker at all, still redirects', async () => {
    const { serviceBindings: _api, ...alone } = builtWorker(tracker, { name: 'affiliate-edge-tracker' });
    const mf = boot([alone]);
    const click = await get(mf, 'http://localhost/r/some-link');
    expect(click.status).toBe(302);
    expect(click.headers.get('location')).toBe('http://localhost:8787/');
    expect((await get(mf, 'http://localhost/api/health')).status).toBe(404);
  }, 120_000);
});
