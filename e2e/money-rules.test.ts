import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import * as s from '../schema';
import { checkAxe, type E2e, shoot, signedInAt, signUpVerified, startE2e } from './harness';

// Money rules in the browser: platform staff edit the payout minimums (support only reads), an owner
// switches payouts to three people (refused while the team is too small), and a coupon code another program of the organization holds is refused
// on the affiliate page with its reason.

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
}, 300_000);

afterAll(async () => {
  await e2e?.stop();
});

const h1 = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 60_000 });

async function staff(role: 'platform_admin' | 'support') {
  const user = await signUpVerified(e2e);
  await e2e.db.update(s.users).set({ platformRole: role }).where(eq(s.users.id, user.userId));
  return user;
}

async function member(role: 'owner' | 'finance') {
  const user = await signUpVerified(e2e);
  await e2e.db.insert(s.memberships).values({ organizationId: e2e.tenant.org.id, userId: user.userId, role });
  return user;
}

const minimumOf = async (currency: string) =>
  (await e2e.db.select().from(s.payoutMinimums).where(eq(s.payoutMinimums.currency, currency)))[0]?.minMinor;

test('a platform admin edits payout minimums; HUF refuses fillér; support only reads', async () => {
  const admin = await staff('platform_admin');
  const page = await e2e.newPage();
  await signedInAt(page, '/platform/payout-minimums', admin);
  await h1(page, 'Payout minimums');
  const jpy = page.getByRole('textbox', { name: 'Minimum in JPY' });
  await expect.poll(() => jpy.inputValue()).toBe('15000');
  await checkAxe(page, 'payout minimums (en)');
  await shoot(page, 'minimums-en');

  await page.getByRole('textbox', { name: 'Minimum in HUF' }).fill('35000.50');
  await page.getByText('PayPal pays HUF in whole units only').waitFor();
  expect(await page.getByRole('button', { name: /^Save/ }).isDisabled()).toBe(true);
  await page.getByRole('textbox', { name: 'Minimum in HUF' }).fill('35000');
  await jpy.fill('20000');
  await page.getByRole('button', { name: 'Save 1 change' }).click();
  await page.getByText('Payout minimums saved').waitFor();
  await expect.poll(() => minimumOf('JPY')).toBe(20_000);
  expect(await minimumOf('HUF')).toBe(3_500_000);

  await page.getByRole('combobox', { name: 'Currency' }).fill('ZAR');
  await page.getByRole('option', { name: 'ZAR' }).click();
  await page.getByRole('textbox', { name: 'Minimum', exact: true }).fill('1800');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('textbox', { name: 'Minimum in ZAR' }).waitFor();
  expect(await minimumOf('ZAR')).toBe(180_000);

  await page.getByTestId('language-switch').getByText('RU').click();
  await h1(page, 'Минимальные выплаты');
  await checkAxe(page, 'payout minimums (ru)');
  await shoot(page, 'minimums-ru');

  const support = await staff('support');
  const view = await e2e.newPage();
  await signedInAt(view, '/platform/payout-minimums', support);
  await h1(view, 'Payout minimums');
  await view.getByRole('table').getByText('¥20,000').waitFor();
  expect(await view.getByRole('textbox').count()).toBe(0);
  expect(await view.getByRole('button', { name: /^(Save|Add)/ }).count()).toBe(0);
  await shoot(view, 'minimums-support-en');
}, 180_000);

test('an owner switches payouts to three people, refused until the team has three who may pay; finance reads the rule', async () => {
  const orgId = e2e.tenant.org.id;
  // Only this owner may pay: whatever payout members the tenant came with go.
  await e2e.db.delete(s.memberships).where(eq(s.memberships.organizationId, orgId));
  const owner = await member('owner');
  const page = await e2e.newPage();
  await signedInAt(page, `/orgs/${orgId}/settings`, owner);
  await h1(page, 'Settings');
  const toggle = page.getByRole('switch', { name: 'Three people for every payout' });
  await toggle.waitFor();
  expect(await toggle.isChecked()).toBe(false);
  await checkAxe(page, 'settings payout rule (en)');
  await shoot(page, 'payout-rule-en');
  // One person who may pay: refused, with what to do.
  await toggle.click({ force: true });
  await page
    .getByTestId('payout-rule-unsatisfiable')
    .getByText(/Invite more people first/)
    .waitFor();
  await shoot(page, 'payout-rule-refused-en');
  const [org] = await e2e.db.select().from(s.organizations).where(eq(s.organizations.id, orgId));
  expect(org?.payoutFourEyes).toBe(false);
  expect(await toggle.isChecked()).toBe(false);

  const finance = await member('finance');
  await member('finance');
  await toggle.click({ force: true });
  await page.getByText('Payouts now need three people').waitFor();
  const [on] = await e2e.db.select().from(s.organizations).where(eq(s.organizations.id, orgId));
  expect(on?.payoutFourEyes).toBe(true);
  await page.getByTestId('language-switch').getByText('RU').click();
  await page.getByRole('switch', { name: 'Три человека для каждой выплаты' }).click({ force: true });
  await page.getByText('Теперь для выплат нужны два человека').waitFor();
  await checkAxe(page, 'settings payout rule (ru)');
  await shoot(page, 'payout-rule-ru');
  const [back] = await e2e.db.select().from(s.organizations).where(eq(s.organizations.id, orgId));
  expect(back?.payoutFourEyes).toBe(false);

  const view = await e2e.newPage();
  await signedInAt(view, `/orgs/${orgId}/settings`, finance);
  await view.getByText('Payout rule: two people').waitFor({ timeout: 60_000 });
  expect(await view.getByRole('switch').count()).toBe(0);
}, 180_000);

test('a coupon code another program of the organization holds is refused on the affiliate page', async () => {
  const { tenant } = e2e;
  const [second] = await e2e.db
    .insert(s.programs)
    .values({ ...tenant.program, id: undefined, name: 'Second program', slug: `second-${Date.now().toString(36)}` })
    .returning();
  const [user] = await e2e.db
    .insert(s.users)
    .values({ email: `holder-${Date.now().toString(36)}@example.com`, approvedAffiliate: true, firstName: 'Holder' })
    .returning();
  await e2e.db.insert(s.enrollments).values({
    programId: second!.id,
    affiliateId: user!.id,
    organizationId: tenant.org.id,
    status: 'active',
    refCode: `holder-${Date.now().toString(36)}`,
    couponCode: 'SPRING25',
  });
  const owner = await member('owner');
  const page = await e2e.newPage();
  await signedInAt(page, `/orgs/${tenant.org.id}/affiliates/${tenant.enrollment.id}`, owner);
  const coupon = page.getByRole('textbox', { name: 'Coupon code' });
  await coupon.waitFor({ timeout: 60_000 });
  await coupon.fill('spring25');
  await page.getByRole('button', { name: 'Save overrides' }).click();
  await page.getByText('Another affiliate of your organization already has this coupon code').waitFor();
  const [unchanged] = await e2e.db.select().from(s.enrollments).where(eq(s.enrollments.id, tenant.enrollment.id));
  expect(unchanged?.couponCode).toBeNull();
  await checkAxe(page, 'coupon taken (en)');
  await shoot(page, 'coupon-taken-en');
  await page.getByTestId('language-switch').getByText('RU').click();
  await page.getByText('Этот промокод уже есть у другого партнёра вашей организации').waitFor();
  await shoot(page, 'coupon-taken-ru');
}, 180_000);
