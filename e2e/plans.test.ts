import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { checkAxe, type E2e, signedInAt, screenshot, shoot, signUpVerified, startE2e } from './harness';

// Plans end to end: the platform owner edits a plan's limits in the Plans editor; the advertiser on that plan
// sees its meters (clicks, programs, affiliates…) with the new limit and the plans to compare.

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
}, 300_000);

afterAll(async () => {
  await e2e?.stop();
});

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 60_000 });

test('the platform owner edits a plan; the advertiser on it sees its meters with the new limit', async () => {
  const owner = await signUpVerified(e2e, { locale: 'en' });
  await e2e.db.update(s.users).set({ platformRole: 'platform_owner' }).where(eq(s.users.id, owner.userId));
  const page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, '/platform/plans', owner);
  await h1(page, 'Plans');
  const starter = page.getByTestId('plan-starter');
  await starter.waitFor({ timeout: 60_000 });
  await starter.getByRole('button', { name: 'Edit Starter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit plan Starter' });
  await dialog.waitFor();
  await checkAxe(page, 'plan form (en)');
  const programs = dialog.getByRole('textbox', { name: 'Programs' });
  await programs.fill('5');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
  await expect
    .poll(async () => (await e2e.db.select().from(s.plans).where(eq(s.plans.code, 'starter')))[0]?.maxPrograms)
    .toBe(5);
  await checkAxe(page, 'plans editor (en)');
  await shoot(page, 'platform-plans-en');

  // The e2e tenant is on Starter (test/tenant.ts); its owner opens Plan & usage.
  const advertiser = await signUpVerified(e2e, { locale: 'en' });
  await e2e.db
    .insert(s.memberships)
    .values({ organizationId: e2e.tenant.org.id, userId: advertiser.userId, role: 'owner' });
  const adv = await e2e.newPage({ locale: 'en' });
  await signedInAt(adv, `/orgs/${e2e.tenant.org.id}/plan`, advertiser);
  await h1(adv, 'Plan & usage');
  await adv.getByTestId('current-plan').getByText('Starter').waitFor({ timeout: 60_000 });
  await expect.poll(() => adv.getByTestId('meter-programs').textContent()).toContain('1 of 5');
  await expect.poll(() => adv.getByTestId('meter-affiliates').textContent()).toContain('1 of 50');
  await adv.getByTestId('plan-comparison').getByText('Enterprise').waitFor();
  // Billing is off on this installation: no way to a Billing page, and the hint says whom to ask.
  await expect
    .poll(() => adv.getByTestId('plan-change-hint').textContent())
    .toContain('Billing is not enabled on this platform');
  expect(await adv.getByRole('link', { name: 'Change plan' }).count()).toBe(0);
  // Not billed: no price and no billing cycle, only who set the plan.
  expect(await adv.getByTestId('plan-source').textContent()).toBe('Set by the platform, not billed');
  expect(await adv.getByTestId('plan-price').count()).toBe(0);
  expect(await adv.getByRole('link', { name: 'Plan & usage' }).count()).toBeGreaterThan(0);
  expect(await adv.getByRole('link', { name: 'Billing', exact: true }).count()).toBe(0);
  await checkAxe(adv, 'plan & usage (en)');
  await shoot(adv, 'org-plan-en');
  // Reached by its URL, the Billing page says billing is off.
  await adv.goto(`${e2e.baseUrl}/orgs/${e2e.tenant.org.id}/billing`);
  await adv.getByTestId('billing-disabled').waitFor({ timeout: 60_000 });
  await checkAxe(adv, 'billing off (en)');
  await screenshot(adv, 'billing-off-en-1440');
  await adv.goto(`${e2e.baseUrl}/orgs/${e2e.tenant.org.id}/plan`);
  await h1(adv, 'Plan & usage');

  // Russian: both pages, switched with the language switch.
  await adv.getByTestId('language-switch').getByText('RU').click();
  await h1(adv, 'Тариф и использование');
  await expect.poll(() => adv.getByTestId('meter-programs').textContent()).toContain('1 из 5');
  await expect
    .poll(() => adv.getByTestId('plan-change-hint').textContent())
    .toContain('Оплата на этой платформе не подключена');
  await checkAxe(adv, 'plan & usage (ru)');
  await shoot(adv, 'org-plan-ru');
  await page.getByTestId('language-switch').getByText('RU').click();
  await h1(page, 'Тарифы');
  await page.getByTestId('plan-starter').waitFor({ timeout: 60_000 });
  await checkAxe(page, 'plans editor (ru)');
  await shoot(page, 'platform-plans-ru');
}, 300_000);
