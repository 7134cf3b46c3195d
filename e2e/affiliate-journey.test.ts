import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { eventually } from '../test/eventually';
import { createTenant } from '../test/tenant';
import { signatureHeader } from '../workers/domain/request-signature';
import { watchContext } from './failure-evidence';
import {
  checkAxe,
  type E2e,
  mailedLink,
  screenshot,
  shoot,
  signedInAt,
  signUpVerified,
  startE2e,
  switchLanguage,
} from './harness';
import { chooseOption } from './choose-option';

// The affiliate's whole journey through the dashboard against the real Worker: join a program, build a link,
// follow it, earn from a conversion; and the advertiser switcher never mixing two advertisers' data.

let e2e: E2e;
let page: Page;
let tenant: Awaited<ReturnType<typeof createTenant>>;
let affiliate: { email: string; password: string; userId: string };
let ownerToken: string;
let slug: string;

const BANNER_TEMPLATE =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 250"><rect width="300" height="250" fill="#0b7285"/>' +
  '<text x="16" y="48" font-size="22" fill="#fff">{{name}}</text>' +
  '<text x="16" y="92" font-size="26" fill="#ffd43b">{{coupon}}</text>' +
  '<rect data-ae="qr" x="190" y="140" width="100" height="100"/></svg>';

// isbot() takes HeadlessChrome's user agent for a crawler, whose clicks are refused without a cookie.
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';
const tag = () => randomBytes(3).toString('hex');
const PROGRAM_NAME = `Journey Pro ${tag()}`;

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(async () => {
  await page?.context().close();
  await e2e?.stop();
});

const api: E2e['api'] = (...args) => e2e.api(...args);
const apiLogIn: E2e['apiLogIn'] = (user) => e2e.apiLogIn(user);

const h1 = (target: Page, name: string | RegExp) => target.getByRole('heading', { level: 1, name }).waitFor();

/** Signs up as an affiliate on the sign-up page and confirms the address from the emailed link. */
async function signUpInBrowser(target: Page): Promise<{ email: string; password: string; userId: string }> {
  const email = `journey-${tag()}@example.com`;
  const password = 'correct horse battery';
  await target.goto('/sign-up');
  await h1(target, 'Create your account');
  await target.getByLabel('Email').fill(email);
  await target.getByLabel('First name').fill('Jo');
  await target.getByRole('textbox', { name: 'Password' }).fill(password);
  await target.getByRole('button', { name: 'Create account' }).click();
  await h1(target, 'Check your inbox');
  await target.goto(await mailedLink(e2e, email, 'verify_email'));
  await target.getByTestId('outcome').waitFor();
  expect(await target.getByTestId('outcome').getAttribute('data-tone')).toBe('success');
  // The link signed the new affiliate in.
  await target.getByRole('link', { name: 'Continue' }).click();
  await target.getByTestId('user-menu').waitFor();
  const [user] = await e2e.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, email));
  return { email, password, userId: user!.id };
}

/** Banner images live on the advertiser's site, which this sandbox cannot reach: serve a stand-in. */
async function serveAdvertiserSite(context: BrowserContext) {
  await context.route('https://app.example/**', (route) =>
    route.request().url().endsWith('.svg')
      ? route.fulfill({
          contentType: 'image/svg+xml',
          body: '<svg xmlns="http://www.w3.org/2000/svg" width="468" height="60"><rect width="468" height="60" fill="#1c7ed6"/></svg>',
        })
      : route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Advertiser</title><h1>Welcome</h1>' }),
  );
}

test('an affiliate approved by the platform applies in the marketplace and is approved by the advertiser', async () => {
  tenant = await createTenant(e2e.db, {
    program: {
      name: PROGRAM_NAME,
      visibility: 'approval',
      onboardingBrief: 'Promote our invoicing app to freelancers.\nNo brand bidding.',
      goals: 'Paid sign-ups from blogs and newsletters.',
      holdDays: 14,
      landingUrls: ['https://app.example/pricing'],
    },
  });
  await e2e.db.update(s.organizations).set({ name: 'Journey Advertiser' }).where(eq(s.organizations.id, tenant.org.id));
  await e2e.db.insert(s.creatives).values({
    organizationId: tenant.org.id,
    programId: tenant.program.id,
    kind: 'banner',
    name: 'Leaderboard',
    imageUrl: 'https://app.example/banner.svg',
    width: 468,
    height: 60,
  });
  // A banner template the affiliate renders with its own name, coupon code, link and QR code.
  await e2e.db.insert(s.creatives).values({
    organizationId: tenant.org.id,
    programId: tenant.program.id,
    kind: 'template',
    name: 'Spring banner',
    category: 'Spring',
    template: BANNER_TEMPLATE,
    sizes: [
      { width: 300, height: 250 },
      { width: 600, height: 500 },
    ],
    width: 300,
    height: 250,
  });

  page = await e2e.newPage({ locale: 'en' });
  await serveAdvertiserSite(page.context());
  affiliate = await signUpInBrowser(page);

  // Before the platform decides, the new affiliate lands on a home that says where it stands, what comes
  // next and how long it usually takes, and can read the marketplace, where applying says why it must wait.
  await page.goto('/');
  await h1(page, 'Your affiliate account');
  expect(new URL(page.url()).pathname).toBe('/affiliate/welcome');
  await page.getByText('Your account is waiting for approval').waitFor();
  await page.getByText('Reviews usually take up to 2 business days').waitFor();
  const nav = page.locator('#app-navbar');
  await nav.getByRole('link', { name: 'Account status' }).waitFor();
  await checkAxe(page, 'affiliate review home (en)');
  await shoot(page, 'affiliate-pending-home-en');
  await nav.getByRole('link', { name: 'Marketplace' }).click();
  await h1(page, 'Marketplace');
  // The pointer left on the active link would paint its hover shade, which is not what axe should judge.
  await page.getByRole('heading', { level: 1 }).hover();
  await page.getByText('Applying opens once your account is approved').waitFor();
  const waitingCard = page.getByRole('article', { name: PROGRAM_NAME });
  const blockedApply = waitingCard.getByRole('button', { name: `Apply to ${PROGRAM_NAME}` });
  expect(await blockedApply.isDisabled()).toBe(true);
  expect(await blockedApply.getAttribute('aria-describedby')).toBeTruthy();
  await waitingCard.getByText('Available once the platform approves your account').waitFor();
  expect(await waitingCard.textContent()).toContain('14 days');
  await checkAxe(page, 'marketplace while waiting (en)');
  await shoot(page, 'affiliate-pending-marketplace-en');
  await switchLanguage(page, 'RU');
  await page.getByText('Заявки откроются после одобрения аккаунта').waitFor();
  await waitingCard.getByText('Станет доступно после одобрения аккаунта платформой').waitFor();
  await shoot(page, 'affiliate-pending-marketplace-ru');
  await nav.getByRole('link', { name: 'Статус аккаунта' }).click();
  await h1(page, 'Ваш партнёрский аккаунт');
  await page.getByRole('heading', { level: 1 }).hover();
  await page.getByText('Обычно проверка занимает до 2 рабочих дней').waitFor();
  await checkAxe(page, 'affiliate review home (ru)');
  await shoot(page, 'affiliate-pending-home-ru');
  await switchLanguage(page, 'EN');
  await h1(page, 'Your affiliate account');

  // The platform approves the new affiliate; the advertiser's owner decides on its application.
  const admin = await signUpVerified(e2e);
  await e2e.db.update(s.users).set({ platformRole: 'platform_admin' }).where(eq(s.users.id, admin.userId));
  const approved = await api('POST', `/platform/users/${affiliate.userId}/approve-affiliate`, await apiLogIn(admin));
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  // The affiliate hears of it by email and in the app.
  await expect
    // The email goes out through the notifications queue, whose batches wait up to a few seconds.
    .poll(async () => (await e2e.readMailbox(affiliate.email)).map((m) => m.subject).join('|'), { timeout: 30_000 })
    .toContain('Your affiliate account is approved');
  const owner = await signUpVerified(e2e);
  await e2e.db.insert(s.memberships).values({ organizationId: tenant.org.id, userId: owner.userId, role: 'owner' });
  ownerToken = await apiLogIn(owner);

  // In the app, the approval is an item with a button to the marketplace, not an address in its text.
  await page.goto('/account/notifications');
  const approvalItem = page.getByTestId('notification').filter({ hasText: 'Your affiliate account is approved' });
  await approvalItem.waitFor({ timeout: 30_000 });
  expect(await approvalItem.textContent()).not.toContain('http');
  await page.getByRole('heading', { level: 1 }).hover();
  await checkAxe(page, 'approval notification (en)');
  await shoot(page, 'notification-account-approved-en');
  await approvalItem.getByRole('link', { name: 'Open the marketplace' }).click();
  await h1(page, 'Marketplace');

  // The open review page moves on by itself once the profile says approved; a reload shows the normal home.
  await page.goto('/');
  // Without an advertiser yet, the home welcomes the affiliate and points to the marketplace.
  await h1(page, 'Home');
  await page.getByRole('link', { name: 'Find programs' }).click();
  await h1(page, 'Marketplace');
  expect(new URL(page.url()).pathname).toBe('/affiliate/marketplace');
  const card = page.getByRole('article', { name: PROGRAM_NAME });
  await card.waitFor();
  expect(await card.textContent()).toContain('14 days');
  await checkAxe(page, 'marketplace (en)');
  await shoot(page, 'marketplace-en');

  await card.getByRole('button', { name: `Apply to ${PROGRAM_NAME}` }).click();
  await card.getByText('Pending').waitFor();

  const pending = await api('GET', `/orgs/${tenant.org.id}/enrollments?status=pending`, ownerToken);
  const mine = pending.body.items.find((e: { affiliate: { id: string } }) => e.affiliate.id === affiliate.userId);
  expect(mine).toBeDefined();
  const decided = await api('POST', `/orgs/${tenant.org.id}/enrollments/${mine.id}/approve`, ownerToken, {});
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);
});

test('the program page shows the brief, terms, codes, tracking links and creatives', async () => {
  // A reload reads the profile again: the new advertiser is now the affiliate's context.
  await page.goto('/affiliate');
  await h1(page, 'Home');
  await page.goto(`/affiliate/${tenant.org.id}/programs`);
  await h1(page, 'My programs');
  await checkAxe(page, 'my programs (en)');
  await shoot(page, 'programs-en');

  await page.getByRole('link', { name: PROGRAM_NAME }).click();
  await h1(page, PROGRAM_NAME);
  const main = page.getByRole('main');
  await main.getByText('No brand bidding.').waitFor();
  await main.getByText('14 days').first().waitFor();
  const [enrollment] = await e2e.db
    .select()
    .from(s.enrollments)
    .where(and(eq(s.enrollments.programId, tenant.program.id), eq(s.enrollments.affiliateId, affiliate.userId)));
  await main.getByText(`/aff/${enrollment!.refCode}`).first().waitFor();
  // Polled, not read once, like the steps around it: in CI the whole app once fell back to its loading outline
  // just after this page showed (a late section suspending on a translation not loaded yet, since fixed in
  // routes/_app/route.tsx), and a single read then found nothing.
  await expect.poll(() => main.getByText(enrollment!.couponCode!, { exact: true }).count()).toBe(1);
  await main.getByRole('img', { name: 'Leaderboard' }).waitFor();
  // The onboarding path: opening the page read the brief; the creatives count once their section is seen.
  const step = (id: string) => main.getByTestId(`onboarding-step-${id}`);
  await expect.poll(() => step('brief').getAttribute('data-done'), { timeout: 10_000 }).toBe('true');
  expect(await step('creatives').getAttribute('data-done')).toBe('false');
  await main.locator('#program-creatives').scrollIntoViewIfNeeded();
  await expect.poll(() => step('creatives').getAttribute('data-done'), { timeout: 10_000 }).toBe('true');
  await step('link').getByRole('link', { name: 'Create a link' }).waitFor();
  await checkAxe(page, 'program page (en)');
  await shoot(page, 'program-en');

  // The banner template: searched by category, rendered with the affiliate's own name (Cyrillic) as a PNG.
  await e2e.db.update(s.users).set({ firstName: 'Анна', lastName: 'Петрова' }).where(eq(s.users.id, affiliate.userId));
  await chooseOption(main.getByLabel('Category'), page.getByRole('option', { name: 'Spring' }));
  await expect.poll(() => main.getByRole('article', { name: 'Leaderboard' }).count()).toBe(0);
  const card = main.getByRole('article', { name: 'Spring banner' });
  // Before the banner is made, its preview is already filled in: the affiliate's name and a QR code, no "{{name}}".
  const preview = decodeURIComponent((await card.getByTestId('creative-preview').getAttribute('src'))!.split(',')[1]!);
  expect(preview).not.toContain('{{');
  expect(preview).toContain('shape-rendering="crispEdges"');
  await card.getByRole('button', { name: 'Get my banner for Spring banner' }).click();
  const rendered = card.getByTestId('creative-preview');
  await expect.poll(() => rendered.getAttribute('src')).toMatch(/\/api\/banners\/[A-Za-z0-9_-]+\/300x250\.png$/);
  await expect
    .poll(() => rendered.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
    .toBe(300);
  await chooseOption(card.getByLabel('Size'), page.getByRole('option', { name: '600 × 500' }));
  await expect.poll(() => rendered.getAttribute('src')).toMatch(/\/600x500\.png$/);
  await expect
    .poll(() => rendered.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
    .toBe(600);
  const links = await e2e.db.select().from(s.links).where(eq(s.links.affiliateId, affiliate.userId));
  expect(links.filter((l) => l.creativeId !== null)).toHaveLength(1);
  await checkAxe(page, 'program page with a rendered banner (en)');
  await card.scrollIntoViewIfNeeded();
  await shoot(page, 'program-banner-en');
});

test('a link built in the dashboard redirects, records the click, and a signed conversion earns a commission', async () => {
  await page.getByRole('link', { name: 'Build a short link' }).click();
  await h1(page, 'New link');
  slug = `journey-${tag()}`;
  await page.getByLabel(/^Name/).fill('Spring newsletter');
  await page.getByLabel('Landing page').fill('https://elsewhere.example/');
  await page.getByLabel('utm_source').fill('newsletter');
  await page.getByLabel('Short link name').fill(slug);
  await page.getByRole('button', { name: 'Add parameter' }).click();
  await page.getByLabel('Parameter 1 name').fill('ref');
  await page.getByLabel('Parameter 1 value').fill('e2e');
  await page.getByRole('button', { name: 'Create link' }).click();
  // The form refuses a landing page off the program's allowed domains before calling the API.
  await page.getByText('This site is not allowed by the program.').waitFor();
  await checkAxe(page, 'link builder (en)');
  await shoot(page, 'link-builder-en');
  await page.getByRole('button', { name: 'pricing' }).click();
  await page.getByRole('button', { name: 'Create link' }).click();
  await h1(page, 'Links');
  const row = page.getByRole('row', { name: /Spring newsletter/ });
  await row.waitFor();

  // The routing copy of a program created straight in the database reaches KV through the daily rebuild.
  const cron = await fetch(`${e2e.baseUrl}/__scheduled?cron=${encodeURIComponent('17 3 * * *')}`);
  expect(cron.status, await cron.text()).toBe(200);
  const visitor = await page.context().browser()!.newContext({ userAgent: BROWSER });
  await watchContext(visitor);
  await serveAdvertiserSite(visitor);
  const tab = await visitor.newPage();
  const redirect = tab.waitForResponse((r) => r.url().endsWith(`/r/${slug}`));
  // Route handlers never see the request a redirect leads to, so the advertiser's site (unreachable in this
  // sandbox) fails to load after the tracker's 302; the 302 and its cookie are what this test is about.
  await tab.goto(`${e2e.baseUrl}/r/${slug}`).catch(() => undefined);
  expect((await redirect).status()).toBe(302);
  const landed = new URL((await redirect).headers().location!);
  expect(landed.origin + landed.pathname).toBe('https://app.example/pricing');
  const clickId = (await visitor.cookies(e2e.baseUrl)).find((c) => c.name === 'aff_click')?.value;
  expect(clickId).toBeDefined();
  // The redirect leaves our host, so the landing page gets the click id too (docs/integrating.md).
  expect(Object.fromEntries(landed.searchParams)).toEqual({ utm_source: 'newsletter', ref: 'e2e', aff_click: clickId });
  await visitor.close();
  await eventually(
    async () => (await e2e.db.select().from(s.clicks).where(eq(s.clicks.id, clickId!)))[0],
    30_000,
    'the click row',
  );

  // The partner app reports a sale for that click through the signed API.
  const key = await api('POST', `/orgs/${tenant.org.id}/apps/${tenant.app.id}/api-keys`, ownerToken, { name: 'e2e' });
  expect(key.status, JSON.stringify(key.body)).toBe(201);
  const body = new TextEncoder().encode(
    JSON.stringify({ event_id: `order-${tag()}`, type: 'sale', click_id: clickId, amount: 10_000, currency: 'USD' }),
  );
  const conversion = await fetch(`${e2e.baseUrl}/api/v1/conversions`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${key.body.key}`,
      'content-type': 'application/json',
      'x-ae-signature': await signatureHeader(key.body.signingSecret, Math.floor(Date.now() / 1000), body),
    },
    body,
  });
  expect(conversion.status, await conversion.clone().text()).toBe(201);

  // The click, the conversion and the earnings appear on the affiliate's own pages.
  await page.goto(`/affiliate/${tenant.org.id}/stats`);
  await h1(page, 'Statistics');
  const card = (id: string) => page.getByTestId(id).getByTestId('value');
  await expect.poll(() => card('card-clicks').textContent(), { timeout: 15_000 }).toBe('1');
  expect(await card('card-conversions').textContent()).toBe('1');
  expect(await card('card-earnings-USD').textContent()).toBe('$30.00');
  await page.goto(`/affiliate/${tenant.org.id}/conversions`);
  await h1(page, 'Conversions and commissions');
  await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(2);
  await page.getByRole('navigation').getByRole('link', { name: 'Balances' }).click();
  await h1(page, 'Balances');
  await page.getByTestId('balance-card').waitFor();
  expect(await page.getByTestId('balance-card').textContent()).toContain('$30.00');
  await page.goto(`/affiliate/${tenant.org.id}/links`);
  await h1(page, 'Links');

  // The link list counts the click from the link rollup.
  await page.reload();
  const clicksCell = page
    .getByRole('row', { name: /Spring newsletter/ })
    .getByRole('cell')
    .nth(2);
  await expect.poll(async () => (await clicksCell.textContent())?.trim(), { timeout: 15_000 }).toBe('1');
  await checkAxe(page, 'links (en)');
  await shoot(page, 'links-en');
});

test('a link is edited, shown as a QR code and deleted after confirmation', async () => {
  await page.getByRole('link', { name: 'Edit Spring newsletter' }).click();
  await h1(page, 'Spring newsletter');
  await page.getByRole('heading', { level: 2, name: 'Edit link' }).waitFor();
  await checkAxe(page, 'edit link (en)');
  await shoot(page, 'link-edit-en');
  await page.getByLabel(/^Name/).fill('Summer newsletter');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await h1(page, 'Links');
  await page.getByRole('row', { name: /Summer newsletter/ }).waitFor();

  await page.getByRole('button', { name: 'QR code of Summer newsletter' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('img').first().waitFor();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download PNG' }).click();
  expect((await download).suggestedFilename()).toBe(`${slug}.png`);
  await checkAxe(page, 'QR dialog (en)');
  await screenshot(page, 'link-qr-en-1440');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Delete Summer newsletter' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete link' }).click();
  // The banners' own links (one per creative the affiliate took, docs/creatives.md) stay in the list.
  await page.getByRole('button', { name: 'Delete Summer newsletter' }).waitFor({ state: 'detached' });
  // The edge keeps routing values cached for 30 s, so the database is where the deletion shows at once.
  expect(await e2e.db.select().from(s.links).where(eq(s.links.slug, slug))).toEqual([]);
});

test('every affiliate page reads in Russian without axe findings', async () => {
  await page.getByTestId('language-switch').getByText('RU').click();
  await h1(page, 'Ссылки');
  await checkAxe(page, 'links (ru)');
  await shoot(page, 'links-ru');
  await page.goto(`/affiliate/${tenant.org.id}/links/new`);
  await h1(page, 'Новая ссылка');
  await checkAxe(page, 'link builder (ru)');
  await shoot(page, 'link-builder-ru');
  await page.goto(`/affiliate/${tenant.org.id}/programs`);
  await h1(page, 'Мои программы');
  await checkAxe(page, 'my programs (ru)');
  await shoot(page, 'programs-ru');
  await page.getByRole('link', { name: PROGRAM_NAME }).click();
  await h1(page, PROGRAM_NAME);
  await page.getByText('14 дней').first().waitFor();
  await checkAxe(page, 'program page (ru)');
  await shoot(page, 'program-ru');
  const card = page.getByRole('article', { name: 'Spring banner' });
  await card.getByRole('button', { name: 'Получить мой баннер для Spring banner' }).click();
  await expect
    .poll(() =>
      card.getByTestId('creative-preview').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
    )
    .toBe(300);
  await checkAxe(page, 'program page with a rendered banner (ru)');
  await shoot(page, 'program-banner-ru');
  await page.goto('/affiliate/marketplace');
  await h1(page, 'Каталог программ');
  await page.getByRole('article', { name: PROGRAM_NAME }).getByText('Активна').waitFor();
  await checkAxe(page, 'marketplace (ru)');
  await shoot(page, 'marketplace-ru');
});

test('in Russian the affiliate applies to another program of the advertiser with answers and terms; the advertiser sees them', async () => {
  const other = `Mailpilot ${tag()}`;
  const [mailpilot] = await e2e.db
    .insert(s.programs)
    .values({
      organizationId: tenant.org.id,
      appId: tenant.app.id,
      name: other,
      slug: `mailpilot-${tag()}`,
      status: 'active',
      visibility: 'approval',
      payoutModel: 'cps',
      commissionType: 'percent',
      commissionRateBps: 3000,
      currency: 'USD',
      landingUrl: 'https://app.example/',
      allowedDomains: ['app.example'],
    })
    .returning();
  const settings = `/orgs/${tenant.org.id}/programs/${mailpilot!.id}/application`;
  const form = await api('PUT', `${settings}/form`, ownerToken, {
    questions: [
      { id: 'site', kind: 'url', label: { en: 'Your site', ru: 'Ваш сайт' }, required: true },
      {
        id: 'channel',
        kind: 'single_choice',
        label: { en: 'Main channel', ru: 'Основной канал' },
        required: true,
        options: [
          { value: 'blog', label: { en: 'Blog', ru: 'Блог' } },
          { value: 'video', label: { en: 'Video', ru: 'Видео' } },
        ],
      },
    ],
  });
  expect(form.status, JSON.stringify(form.body)).toBe(200);
  const terms = await api('POST', `${settings}/terms`, ownerToken, {
    bodyEn: 'No brand bidding. No spam.',
    bodyRu: 'Без брендового трафика. Без спама.',
  });
  expect(terms.status, JSON.stringify(terms.body)).toBe(200);

  // The page is in Russian since the test before: the home offers the advertiser's other program.
  await page.goto(`/affiliate/${tenant.org.id}`);
  await h1(page, 'Главная');
  const offers = page.getByRole('region', { name: 'Другие программы этого рекламодателя' });
  // What the affiliate promotes is said once above the offers, each offer a program and what it pays.
  await offers.getByText(`Вы продвигаете ${PROGRAM_NAME}. Другие программы этого рекламодателя тоже платят:`).waitFor();
  expect(await offers.getByText(/^Вы продвигаете/).count()).toBe(1);
  await offers.getByText(other, { exact: true }).waitFor();
  await offers.getByRole('button', { name: `Подать заявку в ${other}` }).click();
  const dialog = page.getByRole('dialog', { name: `Заявка в ${other}` });
  await dialog.getByText('Без брендового трафика. Без спама.').waitFor();
  // Nothing is sent while a required answer or the terms are missing.
  await dialog.getByRole('button', { name: 'Отправить заявку' }).click();
  await dialog.getByText('Чтобы подать заявку, примите условия.').waitFor();
  await dialog.getByRole('textbox', { name: 'Ваш сайт' }).fill('https://jo.example/');
  await dialog.getByRole('radio', { name: 'Блог' }).check();
  await dialog.getByRole('checkbox', { name: /принимаю условия программы \(версия 1\)/ }).check();
  await checkAxe(page, 'apply form (ru)');
  await shoot(page, 'apply-form-ru');
  await dialog.getByRole('button', { name: 'Отправить заявку' }).click();
  await page.getByText(`Заявка в ${other} отправлена.`).waitFor();

  const [row] = await e2e.db
    .select()
    .from(s.enrollments)
    .where(and(eq(s.enrollments.programId, mailpilot!.id), eq(s.enrollments.affiliateId, affiliate.userId)));
  expect(row).toMatchObject({ status: 'pending', termsVersion: 1 });

  // The advertiser's queue shows the answers and the version accepted.
  const owner = await signUpVerified(e2e);
  await e2e.db.insert(s.memberships).values({ organizationId: tenant.org.id, userId: owner.userId, role: 'owner' });
  const staff = await e2e.newPage({ locale: 'en' });
  await signedInAt(staff, `/orgs/${tenant.org.id}/affiliates?programId=${mailpilot!.id}`, owner);
  await h1(staff, 'Affiliates');
  await staff.getByRole('button', { name: /: application of / }).click();
  const review = staff.getByRole('dialog');
  await review.getByText('https://jo.example/').waitFor();
  await review.getByText('Blog', { exact: true }).waitFor();
  await review.getByText(/Accepted terms version 1 on/).waitFor();
  await checkAxe(staff, 'application in the queue (en)');
  await shoot(staff, 'application-queue-en');
  await staff.keyboard.press('Escape');
  await staff.goto(`/orgs/${tenant.org.id}/programs/${mailpilot!.id}?tab=application`);
  await staff.getByRole('heading', { name: 'Application form' }).waitFor();
  await staff.getByText(/Version 1, published/).waitFor();
  await checkAxe(staff, 'application settings (en)');
  await shoot(staff, 'application-settings-en');
  await staff.context().close();
});

test('the advertiser adds a step of its own and reads the activation funnel; the affiliate ticks it from its home', async () => {
  const owner = await signUpVerified(e2e);
  await e2e.db.insert(s.memberships).values({ organizationId: tenant.org.id, userId: owner.userId, role: 'owner' });
  const staff = await e2e.newPage({ locale: 'en' });
  await signedInAt(staff, `/orgs/${tenant.org.id}/programs/${tenant.program.id}?tab=onboarding`, owner);
  await staff.getByRole('heading', { name: 'Onboarding path' }).waitFor();
  await staff.getByRole('button', { name: 'Add a step of your own' }).click();
  await staff.getByLabel('Title (English)').fill('Watch the demo');
  await staff.getByLabel('Title (Russian)').fill('Посмотрите демо');
  await staff.getByLabel('Link (https)').fill('https://demo.example/journey');
  const saved = staff.waitForResponse((r) => r.url().endsWith('/onboarding-path') && r.request().method() === 'PUT');
  await staff.getByRole('button', { name: 'Save the path' }).click();
  expect((await saved).status()).toBe(200);
  // The affiliate approved in the first test is this month's cohort; every built-in step is behind it.
  const table = staff.getByTestId('activation-funnel-table');
  await table.waitFor();
  const approved = table.getByRole('row', { name: /^Approved/ });
  await expect.poll(async () => (await approved.getByRole('cell').first().textContent())?.trim()).toBe('1');
  expect(
    await table
      .getByRole('row', { name: /^Make a first sale/ })
      .getByRole('cell')
      .first()
      .textContent(),
  ).toMatch(/^1/);
  await staff.getByRole('img', { name: /Bar chart/ }).waitFor();
  await checkAxe(staff, 'onboarding tab (en)');
  await shoot(staff, 'onboarding-tab-en');
  await switchLanguage(staff, 'RU');
  await staff.getByRole('heading', { name: 'Воронка активации' }).waitFor();
  await checkAxe(staff, 'onboarding tab (ru)');
  await shoot(staff, 'onboarding-tab-ru');
  await staff.context().close();

  // The affiliate's home (in Russian since the earlier test) offers the new step; ticking it finishes the path.
  await page.goto(`/affiliate/${tenant.org.id}`);
  const card = page.getByTestId('home-onboarding');
  await card.getByText('Посмотрите демо').waitFor();
  await checkAxe(page, 'home onboarding (ru)');
  await shoot(page, 'home-onboarding-ru');
  await card.getByRole('button', { name: 'Отметить выполненным' }).click();
  await card.waitFor({ state: 'detached' });
});

test('the advertiser switcher shows each advertiser only its own programs and links', async () => {
  const alpha = await createTenant(e2e.db, { program: { name: `Alpha Plan ${tag()}` } });
  const beta = await createTenant(e2e.db, { program: { name: `Beta Plan ${tag()}` } });
  await e2e.db.update(s.organizations).set({ name: 'Alpha Co' }).where(eq(s.organizations.id, alpha.org.id));
  await e2e.db.update(s.organizations).set({ name: 'Beta Co' }).where(eq(s.organizations.id, beta.org.id));
  const both = await signUpVerified(e2e);
  await e2e.db.update(s.users).set({ approvedAffiliate: true }).where(eq(s.users.id, both.userId));
  const [alphaEnrollment] = await e2e.db
    .insert(s.enrollments)
    .values(
      [alpha, beta].map((t) => ({
        programId: t.program.id,
        affiliateId: both.userId,
        organizationId: t.org.id,
        status: 'active' as const,
        refCode: `SW${tag()}`.toUpperCase(),
      })),
    )
    .returning();
  const link = await api('POST', `/affiliate/orgs/${alpha.org.id}/links`, await apiLogIn(both), {
    enrollmentId: alphaEnrollment!.id,
    name: 'Alpha only link',
  });
  expect(link.status, JSON.stringify(link.body)).toBe(201);

  const other = await e2e.newPage({ locale: 'en' });
  await signedInAt(other, '/affiliate', both);
  // The home spans both advertisers; in Alpha's context only its program is listed.
  await h1(other, 'Home');
  await other.goto(`/affiliate/${alpha.org.id}/programs`);
  await h1(other, 'My programs');
  expect(new URL(other.url()).pathname).toBe(`/affiliate/${alpha.org.id}/programs`);
  await other.getByRole('link', { name: alpha.program.name }).waitFor();
  expect(await other.getByText(beta.program.name).count()).toBe(0);
  await checkAxe(other, 'switcher (en)');
  await shoot(other, 'switcher-en');

  await chooseOption(
    other.getByRole('combobox', { name: 'Advertiser' }),
    other.getByRole('option', { name: 'Beta Co' }),
  );
  await other.getByRole('link', { name: beta.program.name }).waitFor();
  expect(new URL(other.url()).pathname).toBe(`/affiliate/${beta.org.id}/programs`);
  expect(await other.getByText(alpha.program.name).count()).toBe(0);

  // The section is kept when switching: Beta's links are empty, Alpha's has its own link.
  await other.getByRole('navigation').getByRole('link', { name: 'Links' }).click();
  await h1(other, 'Links');
  await other.getByTestId('empty-state').waitFor();
  await chooseOption(
    other.getByRole('combobox', { name: 'Advertiser' }),
    other.getByRole('option', { name: 'Alpha Co' }),
  );
  await other.getByRole('row', { name: /Alpha only link/ }).waitFor();
  expect(new URL(other.url()).pathname).toBe(`/affiliate/${alpha.org.id}/links`);

  // An advertiser the affiliate never joined is not found, as the API answers.
  await other.goto(`/affiliate/${tenant.org.id}/programs`);
  await other.getByRole('heading', { name: 'Page not found' }).waitFor();
  await other.context().close();
});

test('an affiliate the platform rejected sees the decision and its reason on their home, in English and Russian', async () => {
  const rejected = await signUpVerified(e2e);
  const admin = await signUpVerified(e2e);
  await e2e.db.update(s.users).set({ platformRole: 'platform_admin' }).where(eq(s.users.id, admin.userId));
  const decided = await api('POST', `/platform/users/${rejected.userId}/reject-affiliate`, await apiLogIn(admin), {
    reason: 'No website or audience yet',
  });
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);

  const home = await e2e.newPage({ locale: 'en' });
  await signedInAt(home, '/', rejected);
  await h1(home, 'Your affiliate account');
  expect(new URL(home.url()).pathname).toBe('/affiliate/welcome');
  const alert = home.getByRole('status').filter({ hasText: 'Your account was not approved' });
  await alert.waitFor();
  await alert.getByText('Reason: No website or audience yet').waitFor();
  // What to do next: ask support for another review.
  await alert.getByText('ask for another review', { exact: false }).waitFor();
  expect(await home.getByText('Your account is waiting for approval').count()).toBe(0);
  await home.getByRole('heading', { level: 1 }).hover();
  await checkAxe(home, 'affiliate rejected home (en)');
  await shoot(home, 'affiliate-rejected-home-en');

  await switchLanguage(home, 'RU');
  await h1(home, 'Ваш партнёрский аккаунт');
  const ru = home.getByRole('status').filter({ hasText: 'Аккаунт не одобрен' });
  await ru.waitFor();
  await ru.getByText('Причина: No website or audience yet').waitFor();
  await ru.getByText('напишите в поддержку платформы', { exact: false }).waitFor();
  await home.getByRole('heading', { level: 1 }).hover();
  await checkAxe(home, 'affiliate rejected home (ru)');
  await shoot(home, 'affiliate-rejected-home-ru');
  await home.context().close();
});
