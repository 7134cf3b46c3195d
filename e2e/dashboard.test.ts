import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clicks } from '../schema';
import { eventually } from '../test/eventually';
import { checkAxe, type E2e, screenshot, startE2e } from './harness';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(async () => {
  await e2e?.stop();
});

async function openPage(path: string) {
  // A fresh context per test: the language choice lives in localStorage.
  const page = await e2e.newPage({ locale: 'en' });
  const res = await page.goto(path);
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
  await checkAxe(page, 'status page (en)');
  await screenshot(page, 'status-en-1440');

  await page.getByTestId('language-switch').selectOption('ru');
  await expect.poll(() => health.textContent()).toBe('Работает');
  expect(await db.textContent()).toBe('Доступна');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Состояние системы');
  expect(await page.locator('html').getAttribute('lang')).toBe('ru');
  await checkAxe(page, 'status page (ru)');
  await screenshot(page, 'status-ru-1440');
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
  const base = e2e.baseUrl;
  // The edge resolves codes from KV only; the daily cron copies the new enrollment there.
  const cron = await fetch(`${base}/__scheduled?cron=${encodeURIComponent('17 3 * * *')}`);
  expect(cron.status, await cron.text()).toBe(200);

  const res = await fetch(`${base}/pricing/aff/${e2e.tenant.enrollment.refCode}?x=1`, {
    redirect: 'manual',
    headers: { 'user-agent': BROWSER },
  });
  expect(res.status).toBe(302);
  // 127.0.0.1 is one of wrangler.toml's TRACKING_HOSTS, so the click goes to the program's landing URL.
  expect(res.headers.get('location')).toBe(`${e2e.tenant.program.landingUrl}?x=1`);
  const clickId = /aff_click=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  expect(clickId).toBeDefined();

  const row = await eventually(
    async () => (await e2e.db.select().from(clicks).where(eq(clicks.id, clickId!)))[0],
    10_000,
    'the click row',
  );
  expect(row).toMatchObject({
    code: e2e.tenant.enrollment.refCode,
    enrollmentId: e2e.tenant.enrollment.id,
    linkForm: 'aff_path',
    status: 'accepted',
  });
});
