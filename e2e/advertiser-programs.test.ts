import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type StripeServer, startStripeServer } from '../dev/stripe-server';
import * as s from '../schema';
import { checkAxe, type E2e, signedInAt, screenshot, shoot, signUpVerified, startE2e, switchLanguage } from './harness';
import { chooseOption } from './choose-option';

// The advertiser's programs and affiliates consoles against the real Worker: a program with referral levels and
// country rules built in the form, an application approved from the queue, an affiliate's overrides and coupon,
// and platform support staff seeing every page without a single control that changes something.

let e2e: E2e;
let stripe: StripeServer;
let page: Page;
let owner: { email: string; password: string; userId: string };
let affiliate: { email: string; password: string; userId: string };
let programId: string;
let enrollmentId: string;

const tag = () => randomBytes(3).toString('hex');
const PROGRAM_NAME = `Referral Pro ${tag()}`;

beforeAll(async () => {
  // Only the coupons and promotion codes of the local Stripe server: billing itself stays off.
  stripe = await startStripeServer({ secretKey: 'sk_test_e2e_unused', webhookSecret: 'whsec_e2e_unused_0123456789' });
  e2e = await startE2e({ vars: { STRIPE_API_BASE_URL: stripe.url } });
  owner = await signUpVerified(e2e);
  await e2e.db.insert(s.memberships).values({ organizationId: e2e.tenant.org.id, userId: owner.userId, role: 'owner' });
}, 240_000);

afterAll(async () => {
  await page?.context().close();
  await e2e?.stop();
  await stripe?.close();
});

const api: E2e['api'] = (...args) => e2e.api(...args);
const apiLogIn: E2e['apiLogIn'] = (user) => e2e.apiLogIn(user);

const h1 = (target: Page, name: string | RegExp) =>
  target.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });

const orgPath = (rest: string) => `/orgs/${e2e.tenant.org.id}${rest}`;

/** Picks a country in a searchable country list by typing part of its name. */
async function pickCountry(target: Page, label: string, typed: string, option: string) {
  const input = target.getByRole('combobox', { name: label });
  await input.fill(typed);
  await target.getByRole('option', { name: option }).click();
  await input.press('Escape');
}

test('the owner creates a program with referral levels and country rules in the form', async () => {
  page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, orgPath('/programs'), owner);
  await h1(page, 'Programs');
  await page.getByRole('link', { name: e2e.tenant.program.name, exact: true }).waitFor();
  await checkAxe(page, 'programs (en)');
  await shoot(page, 'programs-en');

  await page.getByRole('link', { name: 'New program' }).first().click();
  await h1(page, 'New program');
  await page.getByLabel(/^Name/).fill(PROGRAM_NAME);
  await page.getByLabel(/^Commission rate/).fill('20');
  await page.getByRole('button', { name: 'Add level 1' }).click();
  await page.getByLabel('Level 1 rate').fill('5');
  await page.getByRole('button', { name: 'Add level 2' }).click();
  await page.getByLabel('Level 2 rate').fill('2.5');
  await page.getByLabel(/^Default landing page/).fill('http://app.example/');
  await page.getByLabel(/^Click id parameter/).fill('aff click');
  await pickCountry(page, 'Allowed countries', 'Germ', 'Germany (DE)');
  await pickCountry(page, 'Allowed countries', 'United States', 'United States (US)');
  await pickCountry(page, 'Denied countries', 'Fra', 'France (FR)');
  await page.getByLabel(/^Payout minimum/).fill('50');
  await page.getByLabel(/^Cancellation voids the sale within/).fill('14');
  await page.getByLabel('Brief for affiliates').fill('Write honest reviews. No brand bidding.');
  // Out-of-range numbers stay as typed (−5 % used to become 5 %, a hold of −1 day 1, 250 % 100 %).
  await page.getByLabel(/^Commission rate/).fill('-5');
  await page.getByLabel('Hold period (days)').fill('-1');
  await page.getByLabel('Level 1 rate').fill('250');
  await page.getByLabel('Brief for affiliates').focus();

  // The form refuses what the API would refuse before sending anything, and takes the focus there.
  await page.getByRole('button', { name: 'Create and go live' }).click();
  await page.getByText('Enter an absolute https URL.').waitFor();
  await page.getByText('Use 1 to 40 letters, digits, _ or -.').waitFor();
  await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('aria-invalid')")).toBe('true');
  await expect.poll(() => page.getByText('Enter a percentage from 0 to 100.').count()).toBe(2);
  await page.getByText('Enter a whole number of days from 0 to 3650.').waitFor();
  expect(await page.getByLabel(/^Commission rate/).inputValue()).toBe('-5 %');
  expect(await page.getByLabel('Hold period (days)').inputValue()).toBe('-1');
  expect(await page.getByLabel('Level 1 rate').inputValue()).toBe('250 %');
  expect(await e2e.db.select().from(s.programs).where(eq(s.programs.name, PROGRAM_NAME))).toEqual([]);
  await checkAxe(page, 'new program (en)');
  await shoot(page, 'program-new-en');
  await page.getByLabel(/^Commission rate/).fill('20');
  await page.getByLabel('Hold period (days)').fill('30');
  await page.getByLabel('Level 1 rate').fill('5');

  await page.getByLabel(/^Default landing page/).fill('https://app.example/');
  await page.getByLabel(/^Click id parameter/).fill('ref_click');
  await page.getByRole('button', { name: 'Create and go live' }).click();
  await h1(page, new RegExp(PROGRAM_NAME));
  programId = new URL(page.url()).pathname.split('/').at(-1)!;
  const [program] = await e2e.db.select().from(s.programs).where(eq(s.programs.id, programId));
  expect(program).toMatchObject({
    status: 'active',
    commissionRateBps: 2000,
    multiLevelRatesBps: [500, 250],
    geoAllow: ['DE', 'US'],
    geoDeny: ['FR'],
    payoutMinMinor: 5000,
    cancelVoidsWithinDays: 14,
    allowedDomains: ['app.example'],
    clickIdParam: 'ref_click',
    onboardingBrief: 'Write honest reviews. No brand bidding.',
  });
  await checkAxe(page, 'program settings (en)');
  await shoot(page, 'program-settings-en');
}, 180_000);

test('the owner pauses and resumes the program, issues a postback secret and adds a creative', async () => {
  // On a live program, pausing is a secondary action in the More menu (never a button beside it) and asks first.
  const more = page.getByTestId('page-more-actions');
  const pause = page.getByRole('menuitem', { name: 'Pause', exact: true });
  expect(await page.getByRole('button', { name: 'Pause', exact: true }).count()).toBe(0);
  await more.click();
  await pause.click();
  const confirmPause = page.getByRole('dialog', { name: `Pause ${PROGRAM_NAME}?` });
  await confirmPause.getByText('take no clicks').waitFor();
  await checkAxe(page, 'pause confirmation');
  await shoot(page, 'program-pause-confirm-en');
  await confirmPause.getByRole('button', { name: 'Pause the program' }).click();
  await confirmPause.waitFor({ state: 'hidden' });
  // Paused, resuming is the primary action.
  const resume = page.getByRole('button', { name: 'Resume' });
  await resume.waitFor();
  expect(await resume.getAttribute('data-variant')).toBe('filled');
  await resume.click();
  await resume.waitFor({ state: 'hidden' });
  // Archiving is final, so it asks first; cancelling keeps the program live.
  await more.click();
  await pause.waitFor();
  await page.getByRole('menuitem', { name: 'Archive' }).click();
  const archive = page.getByRole('dialog', { name: `Archive ${PROGRAM_NAME}?` });
  await archive.waitFor();
  await archive.getByRole('button', { name: 'Cancel' }).click();
  await archive.waitFor({ state: 'hidden' });

  await page.getByRole('tab', { name: 'Postback secret' }).click();
  await page.getByRole('button', { name: 'Create secret' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Create secret' }).click();
  await page.getByTestId('postback-secret').waitFor();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  expect(new URL(page.url()).searchParams.get('tab')).toBe('postback');
  await checkAxe(page, 'postback secret (en)');

  await page.getByRole('tab', { name: 'Creatives' }).click();
  await page.getByRole('button', { name: 'Add creative' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a creative' });
  await dialog.getByText('Text link').click();
  await dialog.getByLabel(/^Name/).fill('Spring text link');
  await dialog.getByLabel(/^Link text/).fill('Invoicing that does itself');
  await dialog.getByLabel(/^Target page/).fill('https://elsewhere.example/');
  await dialog.getByRole('button', { name: 'Add creative' }).click();
  await dialog.getByText("This URL's host is not one of the program's allowed domains.").waitFor();
  await dialog.getByLabel(/^Target page/).fill('https://app.example/pricing');
  await dialog.getByRole('button', { name: 'Add creative' }).click();
  await page.getByRole('article', { name: 'Spring text link' }).waitFor();
  await checkAxe(page, 'creatives (en)');
  await shoot(page, 'program-creatives-en');
});

test('an affiliate applies and the owner approves them from the queue with a reason, using the keyboard', async () => {
  affiliate = await signUpVerified(e2e);
  await e2e.db
    .update(s.users)
    .set({ approvedAffiliate: true, firstName: 'Ada', lastName: 'Applicant' })
    .where(eq(s.users.id, affiliate.userId));
  const applied = await api('POST', `/affiliate/programs/${programId}/apply`, await apiLogIn(affiliate));
  expect(applied.status, JSON.stringify(applied.body)).toBe(201);
  enrollmentId = applied.body.id;
  expect(applied.body.status).toBe('pending');

  await page.goto(orgPath('/affiliates'));
  await h1(page, 'Affiliates');
  const row = page.getByRole('row', { name: /Ada Applicant/ });
  await row.waitFor();
  await checkAxe(page, 'applications (en)');
  await shoot(page, 'affiliates-queue-en');

  await row.getByRole('button', { name: 'Approve Ada Applicant' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Approve Ada Applicant in ${PROGRAM_NAME}?` });
  await dialog.waitFor();
  // The reason field takes the focus; Tab leads through Cancel to the confirm button.
  await page.keyboard.type('Great content site.');
  await expect.poll(() => dialog.getByLabel('Reason').inputValue()).toBe('Great content site.');
  await dialog.getByRole('button', { name: 'Approve' }).focus();
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  await expect
    .poll(async () => (await e2e.db.select().from(s.enrollments).where(eq(s.enrollments.id, enrollmentId)))[0]?.status)
    .toBe('active');

  await page.getByRole('tab', { name: 'Enrolled' }).click();
  expect(new URL(page.url()).searchParams.get('status')).toBe('active');
  await page.getByRole('row', { name: /Ada Applicant/ }).waitFor();
  await page.getByRole('button', { name: /^Clicks/ }).click();
  expect(new URL(page.url()).searchParams.get('sort')).toMatch(/clicks/);
  const [enrollment] = await e2e.db.select().from(s.enrollments).where(eq(s.enrollments.id, enrollmentId));
  expect(enrollment).toMatchObject({ status: 'active', statusReason: 'Great content site.' });
  await checkAxe(page, 'enrolled (en)');
  await shoot(page, 'affiliates-enrolled-en');
});

test('the owner sets a rate override, a longer hold and a coupon on the affiliate page', async () => {
  await page.getByRole('link', { name: 'Ada Applicant' }).click();
  await h1(page, /Ada Applicant/);
  await page.getByLabel('Commission rate').fill('25');
  await page.getByLabel('Hold period (days)').fill('45');
  await page.getByRole('textbox', { name: 'Coupon code' }).fill('ab1');
  await page.getByRole('button', { name: 'Save overrides' }).click();
  await page.getByText('Use 4 to 32 letters and digits.').waitFor();
  await page.getByRole('textbox', { name: 'Coupon code' }).fill('spring25');
  await page.getByRole('button', { name: 'Save overrides' }).click();
  await page.getByText('Overrides saved.').waitFor();
  const [enrollment] = await e2e.db.select().from(s.enrollments).where(eq(s.enrollments.id, enrollmentId));
  expect(enrollment).toMatchObject({ rateOverrideBps: 2500, holdDaysOverride: 45, couponCode: 'SPRING25' });
  await page.getByRole('img', { name: /chart/i }).or(page.getByText('No traffic in this period')).first().waitFor();
  await checkAxe(page, 'affiliate (en)');
  await shoot(page, 'affiliate-en');
});

test('the owner loads a banner template from a file; the affiliate gets it drawn with their code and name', async () => {
  // Ada has the coupon SPRING25 from the test before: the template's placeholders become it, her name and link.
  const svg = await readFile(new URL('./fixtures/banner-template.svg', import.meta.url));
  await page.goto(orgPath(`/programs/${programId}?tab=creatives`));
  await page.getByRole('button', { name: 'Add creative' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a creative' });
  await dialog.getByText('Banner template').click();
  await dialog.getByLabel(/^Name/).fill('Partner banner');
  await dialog
    .getByTestId('creative-template-file')
    .setInputFiles({ name: 'banner-template.svg', mimeType: 'image/svg+xml', buffer: svg });
  await dialog.getByText(/^Loaded banner-template\.svg\./).waitFor();
  await expect.poll(() => dialog.getByLabel(/^SVG template/).inputValue()).toBe(svg.toString('utf8'));
  await dialog.getByTestId('creative-template-preview').waitFor();
  // The preview is the banner as an affiliate gets it, filled in for a sample one: no placeholder, a real QR code.
  const previewOf = async (img: Locator) => decodeURIComponent((await img.getAttribute('src'))!.split(',')[1]!);
  const previewed = await previewOf(dialog.getByTestId('creative-template-preview'));
  expect(previewed).not.toContain('{{');
  expect(previewed).toContain('Anna Smith recommends us');
  expect(previewed).toContain('shape-rendering="crispEdges"');
  // A template the server would refuse says why before saving; the file's text comes back with one load.
  await dialog
    .getByLabel(/^SVG template/)
    .fill(svg.toString('utf8').replace('</svg>', '<script>alert(1)</script></svg>'));
  await dialog.getByText(/^This SVG would be refused:/).waitFor();
  await dialog
    .getByTestId('creative-template-file')
    .setInputFiles({ name: 'banner-template.svg', mimeType: 'image/svg+xml', buffer: svg });
  await expect.poll(() => dialog.getByLabel(/^SVG template/).inputValue()).toBe(svg.toString('utf8'));
  await dialog.getByLabel(/^Sizes/).fill('300x250, 600x500');
  await dialog.getByLabel(/^Category/).fill('Partners');
  await checkAxe(page, 'banner template dialog (en)');
  await shoot(page, 'creative-template-dialog-en');
  await dialog.getByRole('button', { name: 'Add creative' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const listed = page.getByRole('article', { name: 'Partner banner' });
  await listed.getByText('Banner template').waitFor();
  await listed.getByText('Partners').waitFor();
  expect(await previewOf(listed.getByTestId('creative-image'))).toContain('Code ANNA10');
  const [stored] = await e2e.db.select().from(s.creatives).where(eq(s.creatives.name, 'Partner banner'));
  expect(stored).toMatchObject({ kind: 'template', programId, width: 300, height: 250, category: 'Partners' });
  await checkAxe(page, 'creatives with a template (en)');
  await shoot(page, 'program-creatives-template-en');

  const ada = await e2e.newPage({ locale: 'en' });
  await ada.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await signedInAt(ada, `/affiliate/${e2e.tenant.org.id}/programs/${programId}`, affiliate);
  const card = ada.getByRole('article', { name: 'Partner banner' });
  await card.waitFor({ timeout: 30_000 });
  await card.scrollIntoViewIfNeeded();
  await card.getByRole('button', { name: 'Get my banner for Partner banner' }).click();
  const rendered = card.getByTestId('creative-preview');
  await expect.poll(() => rendered.getAttribute('src')).toMatch(/\/api\/banners\/[A-Za-z0-9_-]+\/300x250\.png$/);
  await expect
    .poll(() => rendered.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
    .toBe(300);
  // The drawn banner carries her name and code (the SVG is the PNG's source, and readable).
  const svgHref = await card.getByRole('link', { name: 'Download SVG' }).getAttribute('href');
  const drawn = await (await ada.request.get(svgHref!)).text();
  expect(drawn).toContain('Ada Applicant recommends us');
  expect(drawn).toContain('Code SPRING25');
  expect(drawn).not.toContain('{{');
  const [link] = await e2e.db
    .select()
    .from(s.links)
    .where(and(eq(s.links.affiliateId, affiliate.userId), eq(s.links.creativeId, stored!.id)));
  expect(link).toBeDefined();
  // The embed snippet: her link around the rendered banner, copied as it is.
  await card.getByRole('button', { name: 'Copy HTML code of Partner banner' }).click();
  await card.getByRole('button', { name: 'Copied' }).first().waitFor();
  const snippet = String(await ada.evaluate('navigator.clipboard.readText()'));
  expect(snippet).toMatch(/^<a href="[^"]+" rel="sponsored[^"]*"[^>]*><img src="[^"]+\/300x250\.png"/);
  expect(snippet).toContain(link!.slug);
  // "Copied" turns back into "Copy" by itself after two seconds: axe runs on the settled page, pointer off it.
  await ada.mouse.move(0, 0);
  await card.getByRole('button', { name: 'Copied' }).waitFor({ state: 'detached' });
  await checkAxe(ada, 'affiliate banner template (en)');
  await shoot(ada, 'affiliate-banner-template-en');
  await ada.context().close();
}, 180_000);

test('the owner gives referred customers 20 % off for 3 months; the affiliate sees it with their code', async () => {
  await page.goto(orgPath(`/programs/${programId}`));
  await h1(page, new RegExp(PROGRAM_NAME));
  await chooseOption(
    page.getByRole('combobox', { name: 'Discount' }),
    page.getByRole('option', { name: 'Percent off' }),
  );
  await page.getByLabel(/^Percent off/).fill('20');
  await chooseOption(
    page.getByRole('combobox', { name: 'Lasts' }),
    page.getByRole('option', { name: 'A number of months' }),
  );
  await page.getByLabel(/^Number of months/).fill('3');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText(`Program ${PROGRAM_NAME} saved.`).waitFor();
  const [program] = await e2e.db.select().from(s.programs).where(eq(s.programs.id, programId));
  expect(program?.discount).toEqual({ type: 'percent', percentBps: 2000, duration: 'repeating', durationMonths: 3 });
  await checkAxe(page, 'program discount (en)');
  await shoot(page, 'program-discount-en');

  const view = await e2e.newPage({ locale: 'en' });
  try {
    await signedInAt(view, `/affiliate/${e2e.tenant.org.id}/programs/${programId}`, affiliate);
    await h1(view, new RegExp(PROGRAM_NAME));
    // A no-break space keeps the number with its unit (and, in Russian, the percent sign with the number).
    const line = view.getByTestId('discount-line');
    await expect.poll(() => line.textContent()).toBe('Your referrals get 20% off for 3\u00a0months with code SPRING25');
    await checkAxe(view, 'affiliate program with discount (en)');
    await shoot(view, 'affiliate-discount-en');
    await switchLanguage(view, 'RU');
    await expect
      .poll(() => line.textContent())
      .toBe('Ваши рефералы получают скидку 20\u00a0% на 3\u00a0месяца по коду SPRING25');
    await checkAxe(view, 'affiliate program with discount (ru)');
    await shoot(view, 'affiliate-discount-ru');
  } finally {
    await view.context().close();
  }
});

test('the owner stores the app’s restricted Stripe key on its page; the sync makes the affiliate’s code in Stripe', async () => {
  const restrictedKey = `rk_test_${randomBytes(16).toString('hex')}`;
  const [program] = await e2e.db.select().from(s.programs).where(eq(s.programs.id, programId));
  const [app] = await e2e.db.select().from(s.apps).where(eq(s.apps.id, program!.appId));
  // The program form's discount hint leads to the app page's section.
  await page.goto(orgPath(`/programs/${programId}`));
  await h1(page, new RegExp(PROGRAM_NAME));
  await page.getByRole('link', { name: "set it on the app's page, under Stripe discounts." }).click();
  await h1(page, app!.name);
  const section = page.getByTestId('stripe-discounts-section');
  await section.getByText('Not set').waitFor();

  // A secret key is refused before anything is sent.
  await section.getByLabel(/^Restricted key/).fill('sk_test_0123456789abcdefghijklmnop');
  await section.getByRole('button', { name: 'Save key' }).click();
  await section.getByText('Paste a restricted key: it starts with rk_live_ or rk_test_').waitFor();
  await section.getByLabel(/^Restricted key/).fill(restrictedKey);
  await section.getByRole('button', { name: 'Save key' }).click();
  await page.getByText('Stripe key for discounts saved.').waitFor();
  await section.getByText('Set', { exact: true }).waitFor();
  // Stored sealed, and never shown again: the field empties and the page holds no part of it.
  expect(await section.getByLabel(/^New restricted key/).inputValue()).toBe('');
  expect(await page.content()).not.toContain(restrictedKey.slice(8));
  const [stored] = await e2e.db.select().from(s.apps).where(eq(s.apps.id, app!.id));
  expect(stored!.stripeRestrictedKeyEncrypted).not.toBeNull();
  expect(stored!.stripeRestrictedKeyEncrypted).not.toContain(restrictedKey.slice(8));

  // The minute's cron makes the 20 %-for-3-months coupon and Ada's SPRING25 code with this key's account.
  const cron = await fetch(`${e2e.baseUrl}/__scheduled?cron=${encodeURIComponent('* * * * *')}`);
  expect(cron.status).toBe(200);
  await expect
    .poll(async () => {
      const res = await fetch(`${stripe.url}/__control/promotion-codes?key=${restrictedKey}&code=SPRING25`);
      return ((await res.json()) as { data: { code: string; active: boolean; promotion: { coupon: string } }[] }).data;
    })
    .toEqual([
      expect.objectContaining({
        code: 'SPRING25',
        active: true,
        promotion: expect.objectContaining({ coupon: 'affedge_p2000_m3' }),
      }),
    ]);
  await page.reload();
  await section.getByText('Promotion codes in Stripe: 1 · waiting: 0 · failing: 0').waitFor();
  await section.scrollIntoViewIfNeeded();
  await checkAxe(page, 'app stripe discounts (en)');
  await shoot(page, 'app-stripe-discounts-en');
  await switchLanguage(page, 'RU');
  await section.getByText('Задан', { exact: true }).waitFor();
  await section.getByText('Промокодов в Stripe: 1 · ждут: 0 · с ошибкой: 0').waitFor();
  await section.getByLabel(/^Новый ограниченный ключ/).fill('rk_test_short');
  await section.getByRole('button', { name: 'Сохранить ключ' }).click();
  await section.getByText('Вставьте ограниченный ключ').waitFor();
  await checkAxe(page, 'app stripe discounts (ru)');
  await shoot(page, 'app-stripe-discounts-ru');
  await switchLanguage(page, 'EN');
}, 180_000);

test('the owner turns on a leaderboard; the affiliate sees it on the program page and masks their name', async () => {
  await page.goto(orgPath(`/programs/${programId}`));
  await h1(page, new RegExp(PROGRAM_NAME));
  await page.getByRole('switch', { name: 'Show affiliates a leaderboard' }).click();
  await chooseOption(page.getByRole('combobox', { name: 'Period' }), page.getByRole('option', { name: 'All time' }));
  expect(await page.getByRole('combobox', { name: 'Rank by' }).inputValue()).toBe('Conversions (leads and sales)');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText(`Program ${PROGRAM_NAME} saved.`).waitFor();
  const [program] = await e2e.db.select().from(s.programs).where(eq(s.programs.id, programId));
  expect(program?.leaderboard).toEqual({ metric: 'conversions', period: 'all_time' });
  await page.getByRole('group', { name: 'Leaderboard' }).scrollIntoViewIfNeeded();
  await checkAxe(page, 'program leaderboard setting (en)');
  await shoot(page, 'program-leaderboard-en');

  // A rival ahead of Ada, from the totals the rollups keep.
  const [rival] = await e2e.db
    .insert(s.users)
    .values({ email: `rival-${tag()}@example.com`, approvedAffiliate: true, firstName: 'Bo', lastName: 'Rival' })
    .returning();
  const [rivalEnrollment] = await e2e.db
    .insert(s.enrollments)
    .values({
      programId,
      affiliateId: rival!.id,
      organizationId: e2e.tenant.org.id,
      status: 'active',
      refCode: `RIVAL${tag()}`,
    })
    .returning();
  await e2e.db.insert(s.enrollmentTotals).values([
    {
      enrollmentId: rivalEnrollment!.id,
      organizationId: e2e.tenant.org.id,
      programId,
      affiliateId: rival!.id,
      conversions: 7,
    },
    { enrollmentId, organizationId: e2e.tenant.org.id, programId, affiliateId: affiliate.userId, conversions: 4 },
  ]);

  const view = await e2e.newPage({ locale: 'en' });
  try {
    await signedInAt(view, `/affiliate/${e2e.tenant.org.id}/programs/${programId}`, affiliate);
    await h1(view, new RegExp(PROGRAM_NAME));
    // Ada left the portal in Russian when she last read her discount.
    await switchLanguage(view, 'EN');
    const board = view.getByTestId('leaderboard');
    const cells = (row: number) => board.getByRole('row').nth(row).getByRole('cell').allTextContents();
    await expect
      .poll(() => Promise.all([cells(1), cells(2)]))
      .toEqual([
        ['1', 'Bo R.', '7'],
        ['2', 'Ada A.You', '4'],
      ]);
    await board.getByText('Your place: 2 of 2 ranked affiliates.').waitFor();
    await view.getByRole('heading', { name: 'Leaderboard' }).scrollIntoViewIfNeeded();
    await checkAxe(view, 'affiliate leaderboard (en)');
    await shoot(view, 'affiliate-leaderboard-en');
    await board.getByRole('switch', { name: 'Mask my name on the board' }).click();
    await expect.poll(() => cells(2)).toEqual(['2', 'A•••aYou', '4']);
    const [mine] = await e2e.db.select().from(s.enrollments).where(eq(s.enrollments.id, enrollmentId));
    expect(mine?.leaderboardMasked).toBe(true);
    await switchLanguage(view, 'RU');
    await view.getByRole('heading', { name: 'Рейтинг партнёров' }).waitFor();
    await board.getByText('Ваше место: 2 из 2 партнёров в рейтинге.').waitFor();
    await checkAxe(view, 'affiliate leaderboard (ru)');
    await shoot(view, 'affiliate-leaderboard-ru');
  } finally {
    await view.context().close();
  }
}, 180_000);

test('every page reads in Russian, at phone and desktop widths', async () => {
  await page.goto(orgPath('/programs'));
  await h1(page, 'Programs');
  await page.getByTestId('language-switch').getByText('RU').click();
  await h1(page, 'Программы');
  await checkAxe(page, 'programs (ru)');
  await shoot(page, 'programs-ru');
  await page.goto(orgPath('/programs/new'));
  await h1(page, 'Новая программа');
  await checkAxe(page, 'new program (ru)');
  await shoot(page, 'program-new-ru');
  await page.goto(orgPath(`/programs/${programId}`));
  await h1(page, new RegExp(PROGRAM_NAME));
  await page.getByText('Реферальные уровни').waitFor();
  await page.getByRole('switch', { name: 'Показывать партнёрам рейтинг' }).waitFor();
  await checkAxe(page, 'program settings (ru)');
  await shoot(page, 'program-settings-ru');
  await page.goto(orgPath(`/programs/${programId}?tab=creatives`));
  await page.getByRole('article', { name: 'Spring text link' }).waitFor();
  await checkAxe(page, 'creatives (ru)');
  await shoot(page, 'program-creatives-ru');
  await page.goto(orgPath('/affiliates?status=active'));
  await h1(page, 'Партнёры');
  await page.getByRole('row', { name: /Ada Applicant/ }).waitFor();
  await checkAxe(page, 'affiliates (ru)');
  await shoot(page, 'affiliates-ru');
  await page.goto(orgPath(`/affiliates/${enrollmentId}`));
  await h1(page, /Ada Applicant/);
  await page.getByText('Индивидуальные условия и промокод').waitFor();
  await checkAxe(page, 'affiliate (ru)');
  await shoot(page, 'affiliate-ru');
  // Back to English for the next test's labels (the choice is saved to the profile).
  await page.getByTestId('language-switch').getByText('EN').click();
  await h1(page, /Ada Applicant/);
}, 180_000);

test('platform support staff read every page but see no control that changes anything', async () => {
  const support = await signUpVerified(e2e);
  await e2e.db.update(s.users).set({ platformRole: 'support' }).where(eq(s.users.id, support.userId));
  const pending = await signUpVerified(e2e);
  await e2e.db.update(s.users).set({ approvedAffiliate: true }).where(eq(s.users.id, pending.userId));
  const applied = await api('POST', `/affiliate/programs/${programId}/apply`, await apiLogIn(pending));
  expect(applied.status, JSON.stringify(applied.body)).toBe(201);

  const view = await e2e.newPage({ locale: 'en' });
  try {
    await signedInAt(view, orgPath('/programs'), support);
    await h1(view, 'Programs');
    await view.getByRole('link', { name: PROGRAM_NAME }).waitFor();
    expect(await view.getByRole('link', { name: 'New program' }).count()).toBe(0);

    await view.getByRole('link', { name: PROGRAM_NAME }).click();
    await h1(view, new RegExp(PROGRAM_NAME));
    await view.getByLabel(/^Name/).waitFor();
    expect(await view.getByLabel(/^Name/).isDisabled()).toBe(true);
    for (const name of ['Pause', 'Archive', 'Save changes', 'Add level 3', 'Add landing page'])
      expect(await view.getByRole('button', { name }).count(), name).toBe(0);
    expect(await view.getByTestId('page-more-actions').count()).toBe(0);
    await checkAxe(view, 'program settings (support)');
    await shoot(view, 'program-support-en');
    await view.getByRole('tab', { name: 'Postback secret' }).click();
    await view.getByText('A secret is set.').waitFor();
    expect(await view.getByRole('button', { name: /secret/ }).count()).toBe(0);
    await view.getByRole('tab', { name: 'Creatives' }).click();
    await view.getByRole('article', { name: 'Spring text link' }).waitFor();
    expect(await view.getByRole('button', { name: /Add creative|Edit|Delete/ }).count()).toBe(0);

    await view.goto(orgPath(`/apps/${e2e.tenant.app.id}`));
    const discounts = view.getByTestId('stripe-discounts-section');
    await discounts.getByText('The owner or an admin can set the key.').waitFor();
    expect(await discounts.getByRole('button').count()).toBe(0);
    expect(await discounts.getByLabel(/restricted key/i).count()).toBe(0);

    await view.goto(orgPath('/affiliates'));
    await h1(view, 'Affiliates');
    await view.getByRole('row', { name: new RegExp(pending.email) }).waitFor();
    expect(await view.getByRole('button', { name: /Approve|Reject|Terminate/ }).count()).toBe(0);
    await view.goto(orgPath(`/affiliates/${enrollmentId}`));
    await h1(view, /Ada Applicant/);
    await view.getByText('SPRING25').waitFor();
    expect(await view.getByRole('button', { name: /Save overrides|Suspend|Terminate/ }).count()).toBe(0);
    expect(await view.getByRole('textbox', { name: 'Coupon code' }).count()).toBe(0);
    await checkAxe(view, 'affiliate (support)');
    await shoot(view, 'affiliate-support-en');
  } finally {
    await view.context().close();
  }
}, 180_000);

test('the owner creates a pay-per-click program with a rate per click, in Russian on a phone too', async () => {
  const view = await e2e.newPage({ locale: 'en' });
  try {
    await signedInAt(view, orgPath('/programs/new'), owner);
    await h1(view, 'New program');
    const name = `Clicks ${tag()}`;
    await view.getByLabel(/^Name/).fill(name);
    await chooseOption(
      view.getByRole('combobox', { name: 'Payout model' }),
      view.getByRole('option', { name: 'CPC (pay per click)' }),
    );
    // A CPC program has no commission type to pick: it pays a fixed rate per click.
    expect(await view.getByRole('combobox', { name: 'Commission type' }).count()).toBe(0);
    expect(await view.getByLabel(/^Commission rate/).count()).toBe(0);
    await view.getByText(/refused clicks \(caps, geo, bots\) never pay/).waitFor();
    await view.getByLabel(/^Rate per click/).fill('0.25');
    await view.getByLabel(/^Default landing page/).fill('https://app.example/');
    await checkAxe(view, 'new CPC program (en)');
    await view.getByRole('button', { name: 'Create and go live' }).click();
    await h1(view, new RegExp(name));
    const id = new URL(view.url()).pathname.split('/').at(-1)!;
    const [program] = await e2e.db.select().from(s.programs).where(eq(s.programs.id, id));
    expect(program).toMatchObject({
      payoutModel: 'cpc',
      commissionType: 'fixed',
      commissionFixedMinor: 25,
      commissionRateBps: null,
    });

    await view.getByTestId('language-switch').getByText('RU').click();
    await view.getByLabel(/^Ставка за клик/).waitFor();
    expect(await view.getByRole('combobox', { name: 'Модель оплаты' }).inputValue()).toBe('CPC (оплата за клик)');
    await view.setViewportSize({ width: 375, height: 800 });
    await checkAxe(view, 'CPC program settings (ru, 375)');
    await screenshot(view, 'program-cpc-ru-375');
  } finally {
    await view.context().close();
  }
}, 180_000);
