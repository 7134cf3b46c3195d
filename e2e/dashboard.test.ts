import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { neonConfig, type Pool } from '@neondatabase/serverless';
import { eq } from 'drizzle-orm';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import ws from 'ws';
import { buildDashboard } from '../dev/build-dashboard';
import { freePort } from '../dev/free-port';
import { nodeDb, nodePool } from '../dev/neon-node';
import { startWranglerDev, type WranglerDev } from '../dev/wrangler-dev';
import { clicks } from '../schema';
import { createTestDatabase } from '../test/database';
import { eventually } from '../test/eventually';
import { createTenant } from '../test/tenant';

// The real Worker under `wrangler dev` (as `npm start` runs it) on a clone of the test database,
// driven by Debian's Chromium.

let dir: string;
let pool: Pool;
let tenant: Awaited<ReturnType<typeof createTenant>>;
let server: WranglerDev | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'affiliate-edge-e2e-'));
  // Node 20 has no global WebSocket for the Neon driver.
  neonConfig.webSocketConstructor = ws;
  const database = await createTestDatabase();
  pool = nodePool(database.url, database.proxy);
  tenant = await createTenant(nodeDb(pool));

  await buildDashboard();
  const log = join(dir, 'wrangler.log');
  const out = openSync(log, 'a');
  try {
    server = await startWranglerDev({
      port: await freePort(),
      databaseUrl: database.url,
      proxy: database.proxy,
      secret: () => randomBytes(32).toString('hex'),
      persistTo: join(dir, 'wrangler'),
      stdio: ['ignore', out, out],
    });
  } catch (err) {
    throw new Error(`${(err as Error).message}\n--- wrangler output ---\n${readFileSync(log, 'utf8').slice(-4_000)}`);
  } finally {
    closeSync(out);
  }
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    // No internet here: without these Chromium keeps trying Google services.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await pool?.end();
  rmSync(dir, { recursive: true, force: true });
});

async function openPage(path: string): Promise<{ page: Page; status: number | undefined }> {
  // A fresh context per test: the language choice lives in localStorage.
  const context = await browser!.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const res = await page.goto(`${server!.url}${path}`);
  return { page, status: res?.status() };
}

test('the status page shows the API and database healthy, in English and Russian', async () => {
  const { page } = await openPage('/');
  const health = page.getByTestId('health-status');
  const db = page.getByTestId('db-status');
  await health.waitFor();
  expect(await health.getAttribute('data-status')).toBe('ok');
  expect(await db.getAttribute('data-reachable')).toBe('true');
  expect(await health.textContent()).toBe('Operational');
  expect(await db.textContent()).toBe('Reachable');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('System status');

  await page.getByTestId('language-switch').selectOption('ru');
  await expect.poll(() => health.textContent()).toBe('Работает');
  expect(await db.textContent()).toBe('Доступна');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Состояние системы');
  expect(await page.locator('html').getAttribute('lang')).toBe('ru');
  await page.context().close();
});

test('an unknown client route gets index.html and the SPA not-found page', async () => {
  const { page, status } = await openPage('/no/such/page');
  expect(status).toBe(200);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  expect(await page.getByRole('link', { name: 'Go to the status page' }).getAttribute('href')).toBe('/');
  await page.context().close();
});

// isbot() takes Node's default user agent (and HeadlessChrome's) for a crawler, whose clicks get no cookie.
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';

test('a tracker path is answered by the Worker, not the SPA fallback, and its click lands in Postgres', async () => {
  const base = server!.url;
  // The edge resolves codes from KV only; the daily cron copies the new enrollment there.
  const cron = await fetch(`${base}/__scheduled?cron=${encodeURIComponent('17 3 * * *')}`);
  expect(cron.status, await cron.text()).toBe(200);

  const res = await fetch(`${base}/pricing/aff/${tenant.enrollment.refCode}?x=1`, {
    redirect: 'manual',
    headers: { 'user-agent': BROWSER },
  });
  expect(res.status).toBe(302);
  // 127.0.0.1 is one of wrangler.toml's TRACKING_HOSTS, so the click goes to the program's landing URL.
  expect(res.headers.get('location')).toBe(`${tenant.program.landingUrl}?x=1`);
  const clickId = /aff_click=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  expect(clickId).toBeDefined();

  const db = nodeDb(pool);
  const row = await eventually(
    async () => (await db.select().from(clicks).where(eq(clicks.id, clickId!)))[0],
    10_000,
    'the click row',
  );
  expect(row).toMatchObject({
    code: tenant.enrollment.refCode,
    enrollmentId: tenant.enrollment.id,
    linkForm: 'aff_path',
    status: 'accepted',
  });
});
