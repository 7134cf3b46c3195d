import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { checkAxe, type E2e, signedInAt, screenshot, shoot, signUpVerified, startE2e, switchLanguage } from './harness';

// Paying for a plan: the owner upgrades from Starter to Pro through the local Stripe Checkout page
// (whose webhooks reach the Worker before it redirects back), and the Billing page shows Pro.

type User = Awaited<ReturnType<typeof signUpVerified>>;

let e2e: E2e;
let owner: User;
let finance: User;

beforeAll(async () => {
  e2e = await startE2e({ stripe: true });
  [owner, finance] = [await signUpVerified(e2e), await signUpVerified(e2e)];
  await e2e.db.insert(s.memberships).values([
    { organizationId: e2e.tenant.org.id, userId: owner.userId, role: 'owner' },
    { organizationId: e2e.tenant.org.id, userId: finance.userId, role: 'finance' },
  ]);
}, 300_000);

afterAll(async () => {
  await e2e?.stop();
}, 240_000);

const billingPath = () => `/orgs/${e2e.tenant.org.id}/billing`;

/** Signs in (an English browser), then switches the language with the header's switch. */
async function openBilling(user: User, locale: 'en' | 'ru', width: number): Promise<Page> {
  const page = await e2e.newPage({ width });
  await signedInAt(page, billingPath(), user);
  await page.getByTestId('billing-status').waitFor();
  if (locale === 'ru') {
    // The profile keeps the language of the run before, and a phone's switch names only the other one.
    await switchLanguage(page, 'RU');
    await page.getByRole('heading', { name: 'Оплата' }).waitFor();
  }
  return page;
}

test('the owner upgrades to Pro through Stripe Checkout and comes back on Pro', async () => {
  const page = await openBilling(owner, 'en', 1440);
  await expect.poll(() => page.getByTestId('current-plan').textContent()).toContain('Starter');
  // Nothing pays for Starter yet: Billing and Plan & usage say so alike, and neither shows a price or a cycle.
  await expect.poll(() => page.getByTestId('plan-source').textContent()).toBe('Assigned by the platform, not billed');
  expect(await page.getByTestId('current-plan').textContent()).toBe('Starter');
  await page.goto(`${e2e.baseUrl}/orgs/${e2e.tenant.org.id}/plan`);
  await expect.poll(() => page.getByTestId('plan-source').textContent()).toBe('Assigned by the platform, not billed');
  await page.getByTestId('plan-not-billed').waitFor();
  expect(await page.getByTestId('plan-price').count()).toBe(0);
  await shoot(page, 'plan-not-billed-en');
  await page.goto(`${e2e.baseUrl}${billingPath()}`);
  await page.getByTestId('billing-status').waitFor();
  // Billing is on here: the navbar links to the page.
  expect(await page.getByRole('link', { name: 'Billing', exact: true }).count()).toBeGreaterThan(0);
  await checkAxe(page, 'billing before');
  await page.locator('label', { hasText: /^Yearly$/ }).click();
  await expect.poll(() => page.getByTestId('plan-pro').textContent()).toContain('Save 20');
  await page.locator('label', { hasText: /^Monthly$/ }).click();
  await screenshot(page, 'billing-en-1440-starter');

  await page.getByRole('button', { name: 'Upgrade to Pro' }).click();
  await page.waitForURL(/\/c\/pay\/cs_test_/);
  await checkAxe(page, 'local Stripe checkout');
  await screenshot(page, 'stripe-checkout-1440');
  // Keyboard only on Stripe's page: focus the Pay button and press Enter.
  await page.getByRole('button', { name: 'Pay and subscribe' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/billing\?checkout=success/);
  await page.getByTestId('billing-return').waitFor();
  await expect.poll(() => page.getByTestId('current-plan').textContent()).toContain('Pro');
  await expect.poll(() => page.getByTestId('billing-status').textContent()).toContain('Active');
  await expect.poll(() => page.getByRole('button', { name: 'Manage billing' }).count()).toBe(1);
  await checkAxe(page, 'billing after');
  await expect.poll(() => page.getByTestId('plan-source').textContent()).toBe('Paid by subscription');
  await screenshot(page, 'billing-en-1440-pro');
  // The Plan page now shows the price and cycle being charged.
  await page.goto(`${e2e.baseUrl}/orgs/${e2e.tenant.org.id}/plan`);
  await expect.poll(() => page.getByTestId('plan-source').textContent()).toBe('Paid by subscription');
  await expect.poll(() => page.getByTestId('plan-price').textContent()).toMatch(/\/ month · Billed monthly$/);
  await shoot(page, 'plan-paid-en');
  await page.goto(`${e2e.baseUrl}${billingPath()}`);
  await page.getByTestId('billing-status').waitFor();

  const overview = await e2e.api('GET', `/orgs/${e2e.tenant.org.id}/billing`, await e2e.apiLogIn(owner));
  expect(overview.body.subscription).toMatchObject({ status: 'active', billingPeriod: 'monthly' });

  await page.getByRole('button', { name: 'Manage billing' }).click();
  await page.waitForURL(/\/p\/session\/bps_/);
  await expect.poll(() => page.getByRole('button', { name: 'Cancel subscription' }).count()).toBe(1);
  await page.getByRole('link', { name: 'Return' }).click();
  await page.waitForURL(/\/billing\?portal=returned/);
  await page.getByTestId('billing-status').waitFor();
}, 240_000);

test('finance reads the page without actions, at 375 px and in Russian', async () => {
  for (const [locale, width] of [
    ['en', 375],
    ['ru', 1440],
    ['ru', 375],
  ] as const) {
    const page = await openBilling(finance, locale, width);
    await expect.poll(() => page.getByTestId('current-plan').textContent()).toMatch(/Pro · (Monthly|Помесячно)/);
    expect(
      await page
        .getByRole('button', { name: /Upgrade|Downgrade|Повысить|Понизить|Manage billing|Управление оплатой/ })
        .count(),
    ).toBe(0);
    await checkAxe(page, `billing ${locale} ${width}`);
    await screenshot(page, `billing-${locale}-${width}-finance`);
    await page.context().close();
  }
}, 240_000);
