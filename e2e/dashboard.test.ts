import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { clicks } from '../schema';
import { eventually } from '../test/eventually';
import { checkAxe, type E2e, screenshot, shoot, openProfileAfterLogIn, signUpVerified, startE2e } from './harness';

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
  const { page } = await openPage('/status');
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

  await page.getByTestId('language-switch').getByText('RU').click();
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
  expect(await page.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('/');
  await page.context().close();
});

test('the login page is accessible, refuses a wrong password and signs in back to where the user was', async () => {
  const user = await signUpVerified(e2e);
  const { page } = await openPage('/account/security');
  // The guard sends a signed-out visitor to the login page, remembering the page they asked for.
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  expect(new URL(page.url()).searchParams.get('redirect')).toBe('/account/security');
  await checkAxe(page, 'login (en)');
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
  const user = await signUpVerified(e2e, { approved: true });
  const { page } = await openPage('/login');
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(user.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  // An approved affiliate without an advertiser yet lands on its home, which welcomes it.
  await page.waitForURL((url) => url.pathname === '/affiliate', { timeout: 30_000 });
  await openProfileAfterLogIn(page);
  expect(new URL(page.url()).pathname).toBe('/account/profile');
  expect(await page.getByRole('main').getByText(user.email).count()).toBe(1);
  await checkAxe(page, 'profile (en)');
  await shoot(page, 'shell-profile-en');

  await page.getByRole('navigation').getByRole('link', { name: 'Security' }).click();
  await page.getByRole('heading', { level: 1, name: 'Security' }).waitFor();

  const saved = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
  await page.getByTestId('language-switch').getByText('RU').click();
  expect((await saved).status()).toBe(200);
  expect((await (await saved).json()).locale).toBe('ru');
  await page.getByRole('heading', { level: 1, name: 'Безопасность' }).waitFor();
  await checkAxe(page, 'security (ru)');
  await shoot(page, 'shell-security-ru');

  await page.setViewportSize({ width: 375, height: 800 });
  const burger = page.getByRole('button', { name: 'Открыть меню' });
  await burger.click();
  await page.getByRole('navigation').getByRole('link', { name: 'Профиль' }).click();
  await page.getByRole('heading', { level: 1, name: 'Профиль' }).waitFor();
  await screenshot(page, 'shell-profile-ru-375');

  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Выйти' }).click();
  await page.getByRole('heading', { name: 'Вход' }).waitFor();
  await page.context().close();
});

test('keyboard only: skip link, the login form, the user menu and its way out', async () => {
  const user = await signUpVerified(e2e, { approved: true });
  const { page } = await openPage('/login');
  await page.getByLabel('Email').waitFor();
  const focused = () =>
    page.evaluate(() => {
      const el = (globalThis as any).document.activeElement;
      return el?.getAttribute('aria-label') ?? el?.labels?.[0]?.textContent ?? el?.textContent ?? '';
    });

  // The first Tab lands on the skip link, which moves focus to the main content.
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('Skip to content');
  await page.getByLabel('Email').focus();
  await page.keyboard.type(user.email);
  await page.keyboard.press('Tab');
  expect(await focused()).toContain('Password');
  await page.keyboard.type(user.password);
  await page.keyboard.press('Enter');
  await openProfileAfterLogIn(page);

  // The user menu opens from the keyboard, arrows move through its items, Escape closes it.
  await page.getByTestId('user-menu').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menu').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('menu').waitFor({ state: 'hidden' });
  expect(await page.evaluate(() => (globalThis as any).document.activeElement?.dataset.testid)).toBe('user-menu');
  await page.keyboard.press('Enter');
  await page.getByRole('menu').waitFor();
  // The menu takes focus once its opening transition ends; arrow down until its last item has it.
  await expect
    .poll(
      async () => {
        if ((await focused()) !== 'Log out') await page.keyboard.press('ArrowDown');
        return focused();
      },
      { timeout: 10_000 },
    )
    .toBe('Log out');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
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
  // 127.0.0.1 is one of wrangler.toml's TRACKING_HOSTS, so the click goes to the program's landing
  // URL, which carries the click id for the partner site to keep.
  const clickId = /aff_click=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  expect(clickId).toBeDefined();
  expect(res.headers.get('location')).toBe(`${e2e.tenant.program.landingUrl}?x=1&aff_click=${clickId}`);

  const row = await eventually(
    async () => (await e2e.db.select().from(clicks).where(eq(clicks.id, clickId!)))[0],
    30_000,
    'the click row',
  );
  expect(row).toMatchObject({
    code: e2e.tenant.enrollment.refCode,
    enrollmentId: e2e.tenant.enrollment.id,
    linkForm: 'aff_path',
    status: 'accepted',
  });
});
