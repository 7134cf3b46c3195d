import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { uuidv7 } from '../workers/contracts/ids';
import { checkAxe, type E2e, mailedLink, screenshot, shoot, signUpVerified, startE2e, switchLanguage } from './harness';

// One boot: a referrer takes its recruit link from the Recruit page, a visitor opens it, sees who
// invited them, signs up through the form; the recruit then shows on the referrer's page.

type User = Awaited<ReturnType<typeof signUpVerified>>;

let e2e: E2e;
let referrer: User;
let page: Page;

beforeAll(async () => {
  e2e = await startE2e();
  referrer = await signUpVerified(e2e);
  await e2e.db
    .update(s.users)
    .set({ approvedAffiliate: true, firstName: 'Rita', lastName: 'Hayworth' })
    .where(eq(s.users.id, referrer.userId));
}, 240_000);

afterAll(async () => {
  await e2e?.stop();
}, 240_000);

async function logIn(user: User): Promise<Page> {
  const p = await e2e.newPage({ locale: 'en', width: 1440 });
  await p.goto('/login');
  await p.getByLabel('Email').fill(user.email);
  await p.getByRole('textbox', { name: 'Password' }).fill(user.password);
  await p.getByRole('button', { name: 'Log in' }).click();
  await p.getByRole('heading', { level: 1 }).first().waitFor();
  await p.waitForURL((url) => !url.pathname.startsWith('/login'));
  return p;
}

let recruitLink = '';

test('the Recruit page shows the link, its code and QR, and empty states', async () => {
  page = await logIn(referrer);
  await page.getByRole('link', { name: 'Recruit affiliates' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Recruit affiliates' }).waitFor();
  recruitLink = (await page.getByTestId('recruit-link').textContent()) ?? '';
  const code = (await page.getByTestId('recruit-code').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
  expect(recruitLink).toMatch(new RegExp(`/sign-up\\?recruit=${code}$`));
  await page.getByText('No recruits yet').waitFor();
  await page.getByText('No earnings from recruits yet').waitFor();
  await page.mouse.move(600, 30);
  await checkAxe(page, 'recruit empty (en)');
  await shoot(page, 'recruit-empty-en');
});

test('a visitor opening the link sees who invited them, signs up, and becomes the recruit', async () => {
  const path = new URL(recruitLink).pathname + new URL(recruitLink).search;
  const visitor = await e2e.newPage({ locale: 'en', width: 375 });
  await visitor.goto(path);
  await expect.poll(() => visitor.getByTestId('invited-by').textContent()).toContain('Invited by Rita');
  await checkAxe(visitor, 'sign-up invited (en)');
  await screenshot(visitor, 'sign-up-invited-en-375');
  const email = `recruit-${Date.now().toString(36)}@example.com`;
  await visitor.getByLabel('First name').fill('Ned');
  await visitor.getByLabel('Last name').fill('Newman');
  await visitor.getByLabel('Email').fill(email);
  await visitor.getByRole('textbox', { name: 'Password' }).fill('correct horse battery');
  await visitor.getByRole('button', { name: 'Create account' }).click();
  await visitor.getByText(email).first().waitFor();
  const [user] = await e2e.db.select().from(s.users).where(eq(s.users.email, email));
  expect(user!.referredById).toBe(referrer.userId);
  // The emailed link confirms the address as usual.
  await visitor.goto(await mailedLink(e2e, email, 'verify_email'));
  await visitor.getByTestId('outcome').waitFor();

  // The same sign-up page in Russian at desktop width, and an invalid code's notice.
  const ru = await e2e.newPage({ locale: 'ru', width: 1440 });
  await ru.goto(path);
  await expect.poll(() => ru.getByTestId('invited-by').textContent()).toContain('Rita');
  await checkAxe(ru, 'sign-up invited (ru)');
  await screenshot(ru, 'sign-up-invited-ru-1440');
  await ru.goto('/sign-up?recruit=ZZZZZZZZZZ');
  await expect.poll(() => ru.getByTestId('invited-by').getAttribute('data-tone')).toBe('warning');
  await screenshot(ru, 'sign-up-invalid-ru-1440');
});

test('the referrer sees the recruit and earnings by level, in English and Russian', async () => {
  const [recruit] = await e2e.db.select().from(s.users).where(eq(s.users.referredById, referrer.userId));
  // A level-1 line from the recruit's sale, so the earnings table has a row to show.
  const { tenant } = e2e;
  const conversionId = uuidv7();
  await e2e.db.insert(s.conversions).values({
    id: conversionId,
    organizationId: tenant.org.id,
    appId: tenant.app.id,
    programId: tenant.program.id,
    enrollmentId: tenant.enrollment.id,
    affiliateId: tenant.affiliate.id,
    eventId: `evt-${conversionId}`,
    eventType: 'sale',
    amountMinor: 12_345,
    currency: 'USD',
    occurredAt: new Date(),
    status: 'pending',
    attributionMethod: 'coupon',
    attributionTrace: [{ step: 'coupon', outcome: 'matched' }],
  });
  await e2e.db.insert(s.commissions).values({
    conversionId,
    organizationId: tenant.org.id,
    programId: tenant.program.id,
    beneficiaryId: referrer.userId,
    level: 1,
    amountMinor: 1235,
    currency: 'USD',
    rateBps: 1000,
    holdUntil: new Date(Date.now() + 30 * 86_400_000),
    calculation: { level: 1, rateBps: 1000, baseAmountMinor: 12_345 },
  });

  await page.reload();
  await page.getByRole('cell', { name: 'Ned N.' }).waitFor();
  expect(await page.getByRole('row', { name: /Ned N\./ }).textContent()).toContain('Awaiting approval');
  const earnings = page.getByTestId('level-earnings');
  await earnings.waitFor();
  expect(await earnings.textContent()).toContain('$12.35');
  expect(recruit).toBeDefined();
  await page.mouse.move(600, 30);
  await checkAxe(page, 'recruit (en)');
  await shoot(page, 'recruit-en');
  await switchLanguage(page, 'RU');
  await page.getByRole('heading', { level: 1, name: 'Привлечь партнёров' }).waitFor();
  await page.waitForLoadState('networkidle');
  await checkAxe(page, 'recruit (ru)');
  await shoot(page, 'recruit-ru');
  await switchLanguage(page, 'EN');
});
