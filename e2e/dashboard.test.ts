import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  const { page } = await openPage('/status');
  const health = page.getByTestId('health-status');
  const db = page.getByTestId('db-status');
  await health.waitFor();
  expect(await health.getAttribute('data-status')).toBe('ok');
  expect(await db.getAttribute('data-reachable')).toBe('true');
  expect(await health.textContent()).toBe('Operational');
  expect(await db.textContent()).toBe('Reachable');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('System status');

  await page.getByTestId('language-switch').getByText('RU').click();
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
  expect(await page.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('/');
  await page.context().close();
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Screenshots for people to look at; outside the repository. */
const SHOTS = process.env.DASHBOARD_SHOTS_DIR;

/** axe-core's serious and critical findings on the page as it is now. */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    // The browser's globals; this file type-checks against Node's.
    const g = globalThis as any;
    const result = await g.axe.run(g.document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n: any) => n.target),
    }));
  });
  return violations
    .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: any) => `${v.impact} ${v.id}: ${JSON.stringify(v.targets)}`);
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1440, 375]) {
    await page.setViewportSize({ width, height: width > 400 ? 900 : 800 });
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** A new affiliate whose email is verified, through the public API and the development mailbox. */
async function verifiedUser(): Promise<{ email: string; password: string }> {
  const base = server!.url;
  const email = `e2e-${randomUUID()}@example.com`;
  const password = 'correct horse battery staple';
  const json = { 'content-type': 'application/json' };
  const signUp = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, password, accountType: 'affiliate', firstName: 'Ada', lastName: 'Lovelace' }),
  });
  expect(signUp.status, await signUp.clone().text()).toBe(201);
  const mail = (await (await fetch(`${base}/api/dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as {
    emails: { template: string; text: string }[];
  };
  const token = /[?&]token=([^\s&]+)/.exec(mail.emails.find((e) => e.template === 'verify_email')!.text)![1]!;
  const verify = await fetch(`${base}/api/auth/verify-email`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ token: decodeURIComponent(token) }),
  });
  expect(verify.status).toBe(200);
  return { email, password };
}

test('the login page is accessible, refuses a wrong password and signs in back to where the user was', async () => {
  const user = await verifiedUser();
  const { page } = await openPage('/account/security');
  // The guard sends a signed-out visitor to the login page, remembering the page they asked for.
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  expect(new URL(page.url()).searchParams.get('redirect')).toBe('/account/security');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'login-en');

  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('textbox', { name: 'Password' }).fill('not the password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('auth-error').waitFor();
  expect(await page.getByTestId('auth-error').textContent()).toBe('The email or password is wrong.');

  await page.getByTestId('language-switch').getByText('RU').click();
  await page.getByRole('heading', { name: 'Вход' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('ru');
  await shoot(page, 'login-ru');
  await page.getByTestId('language-switch').getByText('EN').click();

  await page.getByRole('textbox', { name: 'Password' }).fill(user.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Security' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/account/security');
  // The access token stays in memory: nothing session-like is written to web storage.
  const stored = await page.evaluate(() => {
    const g = globalThis as any;
    return JSON.stringify({ ...g.localStorage, ...g.sessionStorage });
  });
  expect(stored).not.toMatch(/token|eyJ/i);
  await page.context().close();
});

test('the signed-in shell: navigation, language saved to the profile, burger on phones, no axe findings', async () => {
  const user = await verifiedUser();
  const { page } = await openPage('/login');
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(user.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  // A new affiliate has no advertiser yet, so home sends them to their profile.
  await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/account/profile');
  expect(await page.getByRole('main').getByText(user.email).count()).toBe(1);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'shell-profile-en');

  await page.getByRole('navigation').getByRole('link', { name: 'Security' }).click();
  await page.getByRole('heading', { level: 1, name: 'Security' }).waitFor();

  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
  await page.getByTestId('language-switch').getByText('RU').click();
  expect((await saved).status()).toBe(200);
  expect((await (await saved).json()).locale).toBe('ru');
  await page.getByRole('heading', { level: 1, name: 'Безопасность' }).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await shoot(page, 'shell-security-ru');

  await page.setViewportSize({ width: 375, height: 800 });
  const burger = page.getByRole('button', { name: 'Открыть меню' });
  await burger.click();
  await page.getByRole('navigation').getByRole('link', { name: 'Профиль' }).click();
  await page.getByRole('heading', { level: 1, name: 'Профиль' }).waitFor();
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'shell-profile-ru-375.png'), fullPage: true });

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Выйти' }).click();
  await page.getByRole('heading', { name: 'Вход' }).waitFor();
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
