import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { createTenant } from '../test/tenant';
import { checkAxe, type E2e, logInAt, mailedLink, shoot, signUpVerified, startE2e } from './harness';

// An advertiser's portal on its own hostname (resolved to the local Worker by the browser): every page wears
// its brand (name, colour, support address, tab title) and the platform's name appears nowhere.

const PORTAL_HOST = `partners-${randomBytes(3).toString('hex')}.acme-e2e.test`;
const BRAND = { portalName: 'Acme Partner Hub', primaryColor: '#0b6e4f', supportEmail: 'partners@acme-e2e.test' };
const PLATFORM_NAME = /affiliate\s*edge/i;

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e({ hosts: [PORTAL_HOST] });
  await e2e.db.update(s.organizations).set({ branding: BRAND }).where(eq(s.organizations.id, e2e.tenant.org.id));
  await e2e.db
    .insert(s.customDomains)
    .values({ organizationId: e2e.tenant.org.id, hostname: PORTAL_HOST, purpose: 'portal', status: 'active' });
}, 180_000);

afterAll(async () => {
  await e2e?.stop();
});

const h1 = (target: Page, name: string | RegExp) =>
  target.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });

/** The tab names the page, then the portal: "Log in · <portal name>". */
const titledByTheBrand = (title: string) => title.endsWith(` · ${BRAND.portalName}`);

async function expectOnlyTheBrand(page: Page): Promise<void> {
  await expect.poll(async () => titledByTheBrand(await page.title())).toBe(true);
  const text = await page.locator('html').innerText();
  expect(text).toContain(BRAND.portalName);
  expect(text).not.toMatch(PLATFORM_NAME);
  expect(await page.title()).not.toMatch(PLATFORM_NAME);
}

test('signed-out pages on the portal host show only the advertiser’s brand, in English and Russian', async () => {
  const page = await e2e.newPage({ locale: 'en', host: PORTAL_HOST });
  await page.goto('/login');
  await h1(page, 'Log in');
  await page.getByText('Welcome back. Log in to your Acme Partner Hub account.').waitFor();
  await expectOnlyTheBrand(page);
  const support = page.getByRole('link', { name: BRAND.supportEmail });
  expect(await support.getAttribute('href')).toBe(`mailto:${BRAND.supportEmail}`);
  // The brand colour is the theme's primary colour: the filled button wears it.
  const button = page.getByRole('button', { name: 'Log in' });
  expect(await button.evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor)).toBe(
    'rgb(11, 110, 79)',
  );
  await checkAxe(page, 'portal-login');
  await shoot(page, 'portal-login-en');

  const ru = await e2e.newPage({ locale: 'ru', host: PORTAL_HOST });
  await ru.goto('/sign-up');
  await h1(ru, /Регистрация|Создайте/);
  await expectOnlyTheBrand(ru);
  await ru.getByText('Нужна помощь? Пишите на').waitFor();
  await checkAxe(ru, 'portal-sign-up-ru');
  await shoot(ru, 'portal-sign-up-ru');
}, 180_000);

test('the signed-in shell on the portal host carries the brand; the platform host keeps the platform name', async () => {
  const affiliate = await signUpVerified(e2e, { accountType: 'affiliate' });
  const page = await e2e.newPage({ locale: 'en', host: PORTAL_HOST });
  await logInAt(page, '/', affiliate);
  await page.getByRole('navigation').first().waitFor({ timeout: 30_000 });
  await page.getByRole('banner').getByText(BRAND.portalName).waitFor();
  await page.waitForLoadState('networkidle');
  await expectOnlyTheBrand(page);
  await checkAxe(page, 'portal-shell');
  await shoot(page, 'portal-shell-en');

  const platform = await e2e.newPage({ locale: 'en' });
  await platform.goto('/login');
  await h1(platform, 'Log in');
  await expect.poll(() => platform.title()).toBe('Log in · Affiliate Edge');
  expect(await platform.locator('html').innerText()).not.toContain(BRAND.portalName);
}, 180_000);

test('an affiliate signs up on the portal, verifies by email and lands in that advertiser’s context only', async () => {
  const email = `portal-${randomBytes(4).toString('hex')}@example.com`;
  const password = 'correct horse battery';
  const page = await e2e.newPage({ locale: 'en', host: PORTAL_HOST });
  await page.goto('/sign-up');
  await h1(page, 'Create your account');
  // The portal signs up the advertiser's affiliates only: no account type to choose.
  expect(await page.getByTestId('account-type-advertiser').count()).toBe(0);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('First name').fill('Pat');
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await h1(page, 'Check your inbox');
  await expectOnlyTheBrand(page);

  // The email is the advertiser's: its name as the sender and in the text, a link to the portal host.
  const link = await mailedLink(e2e, email, 'verify_email');
  const [mail] = await e2e.readMailbox(email);
  expect(mail!.fromName).toBe(BRAND.portalName);
  expect(mail!.text).toContain(BRAND.portalName);
  expect(mail!.text).toContain(`http://${PORTAL_HOST}:`);
  expect(`${mail!.subject}\n${mail!.text}`).not.toMatch(PLATFORM_NAME);

  await page.goto(link);
  await page.getByTestId('outcome').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('outcome').getAttribute('data-tone')).toBe('success');
  await expectOnlyTheBrand(page);
  await checkAxe(page, 'portal-verified');
  await shoot(page, 'portal-verified-en');
  // The link signed in: a portal's affiliate goes on to its home with that advertiser; My programs is one click away.
  await page.getByRole('link', { name: 'Continue' }).click();
  await page.waitForURL(`**/affiliate/${e2e.tenant.org.id}`, { timeout: 30_000 });
  await page.getByRole('navigation').getByRole('link', { name: 'My programs' }).click();
  // The advertiser goes by its brand here, not by its organization's name.
  await page.getByText(`Your programs with ${BRAND.portalName}.`).waitFor();
  await page.waitForLoadState('networkidle');
  await expectOnlyTheBrand(page);
  await checkAxe(page, 'portal-affiliate-context');
  await shoot(page, 'portal-affiliate-context-en');
  const [user] = await e2e.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, email));
  const joined = await e2e.db.select().from(s.enrollments).where(eq(s.enrollments.affiliateId, user!.id));
  expect(joined.map((e) => e.organizationId)).toEqual([e2e.tenant.org.id]);

  // Even an advertiser the account also works with elsewhere is not found on this portal.
  const elsewhere = await createTenant(e2e.db);
  await e2e.db.insert(s.enrollments).values({
    programId: elsewhere.program.id,
    affiliateId: user!.id,
    organizationId: elsewhere.org.id,
    status: 'active',
    refCode: `pe${randomBytes(4).toString('hex')}`,
  });
  for (const path of [`/affiliate/${elsewhere.org.id}/programs`, `/orgs/${elsewhere.org.id}`]) {
    await page.goto(path);
    await h1(page, 'Page not found');
    await expect.poll(() => page.title()).toBe(`Page not found · ${BRAND.portalName}`);
    expect(await page.locator('html').innerText()).not.toMatch(PLATFORM_NAME);
  }
  await shoot(page, 'portal-other-org-en');
}, 240_000);
