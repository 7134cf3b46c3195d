import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import {
  checkAxe,
  type E2e,
  logInAt,
  screenshot,
  settle,
  shoot,
  signedInAt,
  signUpVerified,
  startE2e,
  switchLanguage,
} from './harness';
import { chunkSources } from './chunk-sources';

// The signed-in frame: grouped navigation that reaches every page at 1440 × 900 and on a phone, groups that
// remember being closed, the command palette finding a program by name, and tab titles in both languages.

let e2e: E2e;
let owner: { email: string; password: string; userId: string };
const PROGRAM_NAME = `Aurora Launch ${randomBytes(3).toString('hex')}`;
const ORG_NAME = `Nav Org ${randomBytes(2).toString('hex')}`;

beforeAll(async () => {
  e2e = await startE2e();
  owner = await signUpVerified(e2e, { accountType: 'advertiser' });
  const { db, tenant } = e2e;
  await db.insert(s.memberships).values({ organizationId: tenant.org.id, userId: owner.userId, role: 'owner' });
  await db.update(s.programs).set({ name: PROGRAM_NAME }).where(eq(s.programs.id, tenant.program.id));
  await db.update(s.organizations).set({ name: ORG_NAME }).where(eq(s.organizations.id, tenant.org.id));
}, 240_000);

afterAll(async () => {
  await e2e?.stop();
});

const orgPath = (rest = '') => `/orgs/${e2e.tenant.org.id}${rest}`;
const h1 = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });
const group = (page: Page, name: string) => nav(page).getByRole('button', { name, exact: true });

async function signedIn(width: number, path = orgPath(), heading = 'Overview'): Promise<Page> {
  const page = await e2e.newPage({ locale: 'en', width });
  await signedInAt(page, path, owner);
  await h1(page, heading);
  return page;
}

test('at 1440 × 900 the owner reaches finance and account pages; groups remember being closed', async () => {
  const page = await signedIn(1440);
  // Everything below the fold is announced by a visible scrollbar.
  const viewport = nav(page).locator('.mantine-ScrollArea-viewport');
  const overflows = await viewport.evaluate((el: any) => el.scrollHeight > el.clientHeight);
  // The scroll area measures itself after layout (a resize observer): wait for its bar, not a snapshot.
  if (overflows)
    await nav(page)
      .locator('.mantine-ScrollArea-scrollbar[data-orientation="vertical"]')
      .waitFor({ state: 'visible', timeout: 5_000 });
  // Every group has an icon and says whether it is open.
  for (const name of [
    'Programs & affiliates',
    'Conversions & review',
    'Finance',
    'Integrations',
    'Organization',
    'Account',
  ])
    expect(await group(page, name).getAttribute('aria-expanded')).toBe('true');
  await checkAxe(page, 'navigation (en)');
  await shoot(page, 'navigation-overview-en');

  await nav(page).getByRole('link', { name: 'Payout batches' }).click();
  await page.waitForURL((url) => url.pathname === orgPath('/finance/payouts'));
  await expect.poll(() => page.title()).toBe(`Payout batches · ${ORG_NAME}`);
  // The current page is marked, and its link is in view.
  const current = nav(page).getByRole('link', { name: 'Payout batches' });
  expect(await current.getAttribute('aria-current')).toBe('page');

  await nav(page).getByRole('link', { name: 'Sessions' }).click();
  await h1(page, 'Sessions');

  // Closing a group hides its links, and a reload keeps it closed.
  await page.goto(orgPath('/programs'));
  await h1(page, 'Programs');
  await group(page, 'Integrations').click();
  expect(await group(page, 'Integrations').getAttribute('aria-expanded')).toBe('false');
  await nav(page).getByRole('link', { name: 'Webhooks' }).waitFor({ state: 'hidden' });
  await page.reload();
  await h1(page, 'Programs');
  expect(await group(page, 'Integrations').getAttribute('aria-expanded')).toBe('false');
  expect(await nav(page).getByRole('link', { name: 'Webhooks' }).isVisible()).toBe(false);
  // Only that UI state is stored: no token or profile in web storage.
  const stored = await page.evaluate<string>('JSON.stringify(Object.entries(localStorage))');
  expect(stored).toContain('ae.nav.groups');
  expect(stored).not.toMatch(/eyJ|token/i);

  // A closed group holding the page being opened opens itself.
  await group(page, 'Finance').click();
  expect(await group(page, 'Finance').getAttribute('aria-expanded')).toBe('false');
  await page.goto(orgPath('/finance/statements'));
  await page.waitForURL((url) => url.pathname === orgPath('/finance/statements'));
  await expect.poll(() => group(page, 'Finance').getAttribute('aria-expanded')).toBe('true');
  await nav(page).getByRole('link', { name: 'Statements' }).waitFor();

  // A page listed below the fold (every group open again): the navbar scrolls its link into view on arrival.
  await group(page, 'Integrations').click();
  expect(await group(page, 'Integrations').getAttribute('aria-expanded')).toBe('true');
  await page.goto(orgPath('/plan'));
  const planLink = nav(page).getByRole('link', { name: 'Plan & usage' });
  await expect.poll(() => planLink.getAttribute('aria-current')).toBe('page');
  const inView = async () => {
    const [link, box] = [await planLink.boundingBox(), await viewport.boundingBox()];
    return !!link && !!box && link.y >= box.y - 1 && link.y + link.height <= box.y + box.height + 1;
  };
  await expect.poll(inView).toBe(true);
  expect(await viewport.evaluate((el: any) => el.scrollTop)).toBeGreaterThan(0);
  await page.context().close();
});

test('Ctrl-K finds a program by name and opens it; the tab title follows the language', async () => {
  const page = await signedIn(1440, orgPath('/programs'), 'Programs');
  await expect.poll(() => page.title()).toBe(`Programs · ${ORG_NAME}`);

  await page.keyboard.press('Control+K');
  const input = page.getByTestId('command-palette-input');
  await input.waitFor();
  await input.fill(PROGRAM_NAME.slice(0, 10));
  const hit = page.getByRole('button', { name: new RegExp(PROGRAM_NAME) });
  await hit.waitFor();
  await checkAxe(page, 'command palette (en)');
  await screenshot(page, 'palette-en-1440');
  await hit.click();
  await page.waitForURL((url) => url.pathname === orgPath(`/programs/${e2e.tenant.program.id}`));
  await h1(page, new RegExp(PROGRAM_NAME));
  await expect.poll(() => page.title()).toBe(`${PROGRAM_NAME} · ${ORG_NAME}`);

  // Pages too, by their name: the visible search button opens the same palette.
  await page.getByTestId('search-button').click();
  await input.fill('statem');
  await page.getByRole('button', { name: /Statements/ }).click();
  await page.waitForURL((url) => url.pathname === orgPath('/finance/statements'));

  await page.goto(orgPath('/programs'));
  await h1(page, 'Programs');
  await switchLanguage(page, 'RU');
  await h1(page, 'Программы');
  await expect.poll(() => page.title()).toBe(`Программы · ${ORG_NAME}`);
  await switchLanguage(page, 'EN');
  await expect.poll(() => page.title()).toBe(`Programs · ${ORG_NAME}`);
  await page.context().close();
});

test('the signed-in app has every translation before its first page, so no section suspends the frame later', async () => {
  const page = await e2e.newPage({ locale: 'en', width: 1440 });
  const sourceOf = chunkSources();
  const translations: string[] = [];
  page.on('response', (r) => {
    translations.push(...sourceOf(r.url()).filter((source) => source.includes('/locales/')));
  });
  await logInAt(page, orgPath(), owner);
  await h1(page, 'Overview');
  const namespaces = (language: string) =>
    readdirSync(fileURLToPath(new URL(`../dashboard/src/locales/${language}`, import.meta.url))).map(
      (file) => `src/locales/${language}/${file}`,
    );
  // English only: the profile's language, and the fallback every language shares.
  expect(new Set(translations)).toEqual(new Set(namespaces('en')));

  // From here on the frame never falls back to its loading outline, and no page or late section fetches a word.
  translations.length = 0;
  await page.evaluate(() => {
    const g = globalThis as any;
    new g.MutationObserver(() => {
      if (g.document.querySelector('[data-testid="shell-skeleton"]')) g.skeletonShown = true;
    }).observe(g.document.body, { childList: true, subtree: true });
  });
  await nav(page).getByRole('link', { name: 'Programs', exact: true }).click();
  await h1(page, 'Programs');
  await page.getByRole('link', { name: PROGRAM_NAME }).first().click();
  await h1(page, new RegExp(PROGRAM_NAME));
  for (const [link, heading] of [
    ['Affiliates', 'Affiliates'],
    ['Payout batches', 'Payout batches'],
    ['Statistics', 'Statistics'],
  ] as const) {
    await nav(page).getByRole('link', { name: link, exact: true }).click();
    await h1(page, heading);
  }
  expect(translations).toEqual([]);

  // A switch of language loads the whole other language before it shows a word of it.
  await switchLanguage(page, 'RU');
  expect(new Set(translations)).toEqual(new Set(namespaces('ru')));
  await page.getByRole('link', { name: 'Программы', exact: true }).click();
  await h1(page, 'Программы');
  expect(new Set(translations)).toEqual(new Set(namespaces('ru')));
  expect(await page.evaluate(() => (globalThis as any).skeletonShown ?? false)).toBe(false);
  // Back to the owner's English for the tests after this one (the switch is saved to the profile).
  await switchLanguage(page, 'EN');
  await page.context().close();
});

test('at 375 px the burger menu lists every group and reaches finance and account pages', async () => {
  const page = await signedIn(375);
  const burger = page.getByRole('button', { name: 'Open navigation' });
  await burger.click();
  await settle(page);
  await screenshot(page, 'navigation-phone-en-375');
  await checkAxe(page, 'phone navigation (en)');
  await screenshot(page, 'navigation-phone-en-375');
  // The last link of the menu can be scrolled to and used.
  const last = nav(page).getByRole('link', { name: 'Organizations' });
  await last.scrollIntoViewIfNeeded();
  expect(await last.isVisible()).toBe(true);
  await nav(page).getByRole('link', { name: 'Balances' }).click();
  await page.waitForURL((url) => url.pathname === orgPath('/finance/balances'));
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await nav(page).getByRole('link', { name: 'Notification settings' }).click();
  await page.waitForURL((url) => url.pathname === '/account/notification-settings');
  // Nothing on the page scrolls sideways on a phone.
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
  await page.context().close();
});

test('every navbar label fits one line at 1440 and 375 px, in English and Russian', async () => {
  // One person who sees every console at once: an approved affiliate account, an owner and a platform owner.
  const everyone = await signUpVerified(e2e, { accountType: 'affiliate', approved: true });
  const { db, tenant } = e2e;
  await db.insert(s.memberships).values({ organizationId: tenant.org.id, userId: everyone.userId, role: 'owner' });
  await db.update(s.users).set({ platformRole: 'platform_owner' }).where(eq(s.users.id, everyone.userId));
  const page = await e2e.newPage({ locale: 'en', width: 1440 });
  await signedInAt(page, orgPath(), everyone);
  await h1(page, 'Overview');
  const problems: string[] = [];
  for (const lang of ['EN', 'RU'] as const) {
    // At desktop width: on a phone the language switch is inside the closed navbar.
    await page.setViewportSize({ width: 1440, height: 900 });
    if (lang === 'RU') await switchLanguage(page, 'RU');
    for (const width of [1440, 375]) {
      await page.setViewportSize({ width, height: width < 768 ? 812 : 900 });
      const burger = page.getByRole('button', { name: lang === 'EN' ? /navigation/ : /меню/ });
      if (width < 768) await burger.click();
      await settle(page);
      // By id: the navbar's accessible name is in the page's language.
      const labels = page.locator('#app-navbar .mantine-NavLink-label');
      expect(await labels.count()).toBeGreaterThan(30);
      // Cut off ("…", a group label) or wrapped onto a second line (a link's).
      const unfit = await labels.evaluateAll((els: any[]) =>
        els
          .filter((el) => el.offsetParent !== null)
          .filter((el) => {
            // A wrapped text has one client rect per line.
            const range = (globalThis as any).document.createRange();
            range.selectNodeContents(el);
            const lines = new Set([...range.getClientRects()].map((rect: any) => Math.round(rect.top))).size;
            // The label is an inline span; its box (the link's body) is what cuts a too-long one with "…".
            const box = el.closest('.mantine-NavLink-body') ?? el;
            return box.scrollWidth > box.clientWidth + 1 || lines > 1;
          })
          .map((el) => `"${el.textContent}"`),
      );
      problems.push(...unfit.map((label: string) => `${lang} ${width}px: ${label}`));
      await screenshot(page, `navigation-labels-${lang.toLowerCase()}-${width}`);
      if (width < 768) await burger.click();
    }
  }
  expect(problems).toEqual([]);
  await page.context().close();
});

test('signed-out pages title the tab too', async () => {
  const page = await e2e.newPage({ locale: 'ru' });
  await page.goto('/login');
  await page.getByRole('heading', { level: 1, name: 'Вход' }).waitFor();
  await expect.poll(() => page.title()).toMatch(/^Вход · /);
  await page.goto('/sign-up');
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.title()).not.toMatch(/^Вход/);
  await page.context().close();
});
