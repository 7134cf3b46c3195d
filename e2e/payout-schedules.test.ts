import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import * as s from '../schema';
import { approvedCommission } from './approved-commission';
import { chooseOption } from './choose-option';
import { checkAxe, type E2e, shoot, signedInAt, signUpVerified, startE2e, switchLanguage } from './harness';

// Payout schedules and auto-approval in Chromium (issue 65): the owner sets a program's schedule on its settings
// tab and the organization's auto-approval limit in settings, at 1440 and 375 px, in English and Russian.

type User = Awaited<ReturnType<typeof signUpVerified>>;

let e2e: E2e;
let owner: User;

beforeAll(async () => {
  e2e = await startE2e();
  owner = await signUpVerified(e2e);
  await e2e.db.delete(s.memberships).where(eq(s.memberships.organizationId, e2e.tenant.org.id));
  await e2e.db.insert(s.memberships).values({ organizationId: e2e.tenant.org.id, userId: owner.userId, role: 'owner' });
}, 300_000);

afterAll(async () => {
  await e2e?.stop();
}, 240_000);

/** A page of the owner's, signed in on `path` (signedInAt: the login form is tested in its own files). */
async function logIn(path: string, width: number): Promise<Page> {
  const page = await e2e.newPage({ locale: 'en', width });
  await signedInAt(page, path, owner);
  return page;
}

const schedule = async () =>
  (
    await e2e.api(
      'GET',
      `/orgs/${e2e.tenant.org.id}/programs/${e2e.tenant.program.id}/payout-schedule`,
      await e2e.apiLogIn(owner),
    )
  ).body;

test('the owner sets a program’s payout schedule and sees its next run (1440 px monthly, 375 px threshold)', async () => {
  const page = await logIn(`/orgs/${e2e.tenant.org.id}/programs/${e2e.tenant.program.id}`, 1440);
  const section = page.getByTestId('payout-schedule');
  await section.getByRole('heading', { name: 'Payout schedule' }).waitFor();
  await expect.poll(() => section.getByTestId('payout-schedule-next').textContent()).toMatch(/Next scheduled run/);
  await section.getByRole('radio', { name: 'Monthly, on a day' }).check();
  await chooseOption(
    section.getByRole('combobox', { name: 'Day of the month' }),
    page.getByRole('option', { name: '15', exact: true }),
  );
  await section.getByTestId('payout-schedule-save').click();
  await expect.poll(async () => (await schedule()).dayOfMonth).toBe(15);
  expect(await schedule()).toMatchObject({ kind: 'monthly', dayOfMonth: 15 });
  await expect.poll(() => section.getByTestId('payout-schedule-next').textContent()).toMatch(/15/);
  await section.scrollIntoViewIfNeeded();
  await checkAxe(page, 'payout schedule (en)');
  await shoot(page, 'payout-schedule-monthly-en');
  await switchLanguage(page, 'RU');
  await section.getByRole('heading', { name: 'График выплат' }).waitFor();
  await checkAxe(page, 'payout schedule (ru)');
  await shoot(page, 'payout-schedule-monthly-ru');
  await switchLanguage(page, 'EN');
  await page.context().close();

  const phone = await logIn(`/orgs/${e2e.tenant.org.id}/programs/${e2e.tenant.program.id}`, 375);
  const small = phone.getByTestId('payout-schedule');
  await small.getByRole('heading', { name: 'Payout schedule' }).waitFor();
  // Keyboard: the radio group is reached and changed with the arrow keys, the amount typed, saved with Enter.
  await small.getByRole('radio', { name: 'Monthly, on a day' }).focus();
  await phone.keyboard.press('ArrowDown');
  await expect
    .poll(() => small.getByRole('radio', { name: 'When a balance reaches an amount' }).isChecked())
    .toBe(true);
  await small.getByRole('textbox', { name: /Balance that triggers a payout/ }).fill('0');
  await small.getByText('Enter an amount above zero.').waitFor();
  await small.getByRole('textbox', { name: /Balance that triggers a payout/ }).fill('250.00');
  await phone.keyboard.press('Enter');
  await expect.poll(async () => (await schedule()).thresholdMinor).toBe(25_000);
  await checkAxe(phone, 'payout schedule threshold 375 (en)');
  await shoot(phone, 'payout-schedule-threshold-en');
  await switchLanguage(phone, 'RU');
  await small.getByRole('radio', { name: 'Когда баланс достигает суммы' }).waitFor();
  await checkAxe(phone, 'payout schedule threshold 375 (ru)');
  await shoot(phone, 'payout-schedule-threshold-ru');
  await switchLanguage(phone, 'EN');
  await phone.context().close();
});

test('the owner turns on auto-approval under a limit per currency, and off again', async () => {
  for (const width of [1440, 375]) {
    const page = await logIn(`/orgs/${e2e.tenant.org.id}/settings`, width);
    const section = page.getByTestId('auto-approval');
    await section.getByRole('heading', { name: 'Auto-approval' }).waitFor();
    await section.getByTestId('auto-approval-off').waitFor();
    await section.getByTestId('auto-approval-add').click();
    await section.getByRole('textbox', { name: 'Limit per batch' }).fill(width === 1440 ? '500' : '750.50');
    await section.getByTestId('auto-approval-save').click();
    const expected = width === 1440 ? 50_000 : 75_050;
    await expect
      .poll(async () => {
        const res = await e2e.api('GET', `/orgs/${e2e.tenant.org.id}/payout-auto-approval`, await e2e.apiLogIn(owner));
        return res.body.limits;
      })
      .toEqual([{ currency: 'USD', limitMinor: expected, updatedAt: expect.any(String) }]);
    await section.getByTestId('auto-approval-limit').scrollIntoViewIfNeeded();
    await checkAxe(page, `auto-approval ${width} (en)`);
    await shoot(page, `auto-approval-${width}-en`);
    await switchLanguage(page, 'RU');
    await section.getByRole('heading', { name: 'Автоодобрение' }).waitFor();
    await checkAxe(page, `auto-approval ${width} (ru)`);
    await shoot(page, `auto-approval-${width}-ru`);
    await switchLanguage(page, 'EN');
    // Off again: remove the row and save.
    await section.getByRole('button', { name: 'Remove the USD limit' }).click();
    await section.getByTestId('auto-approval-save').click();
    await section.getByTestId('auto-approval-off').waitFor();
    await expect
      .poll(async () => {
        const res = await e2e.api('GET', `/orgs/${e2e.tenant.org.id}/payout-auto-approval`, await e2e.apiLogIn(owner));
        return res.body.limits;
      })
      .toEqual([]);
    await page.context().close();
  }
});

test('a batch approved by the auto-approval rule says so on its page: by the rule, with its limit, not four eyes', async () => {
  const { db, tenant } = e2e;
  const orgId = tenant.org.id;
  const token = await e2e.apiLogIn(owner);
  // An affiliate paid by external payouts (offered while the advertiser hears payout events) with $150.00 payable.
  const payee = await signUpVerified(e2e);
  await db.update(s.users).set({ approvedAffiliate: true }).where(eq(s.users.id, payee.userId));
  await db
    .insert(s.payoutMethods)
    .values({ affiliateId: payee.userId, organizationId: orgId, country: 'US', rail: 'external' });
  const hook = await e2e.api('POST', `/orgs/${orgId}/webhooks`, token, {
    url: 'https://payments.example.com/affiliate-edge',
    events: ['payout'],
    description: 'Our payment system',
  });
  expect(hook.status, JSON.stringify(hook.body)).toBe(201);
  await approvedCommission(e2e, payee.userId, `auto-${Date.now().toString(36)}`);
  const limits = await e2e.api('PUT', `/orgs/${orgId}/payout-auto-approval`, token, {
    limits: [{ currency: 'USD', limitMinor: 20_000 }],
  });
  expect(limits.status, JSON.stringify(limits.body)).toBe(200);
  const proposed = await e2e.api('POST', `/orgs/${orgId}/payouts/propose`, token, {});
  expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
  const batchId = proposed.body.batches[0].batchId as string;
  const batch = await e2e.api('GET', `/orgs/${orgId}/payouts/${batchId}`, token);
  expect(batch.body.batch).toMatchObject({ status: 'approved', approvedById: null, autoApprovedLimitMinor: 20_000 });

  const page = await logIn(`/orgs/${orgId}/finance/payouts/${batchId}`, 1440);
  const approved = page.getByTestId('approved-by');
  await approved.waitFor({ timeout: 30_000 });
  await expect
    .poll(() => approved.textContent())
    .toContain('Automatically, by the auto-approval rule (batches up to $200.00)');
  expect(await approved.textContent()).not.toContain('Not yet');
  const rule = await page.getByTestId('payout-rule').textContent();
  expect(rule).toContain('Approved automatically: the batch was within the auto-approval limit of $200.00');
  expect(rule).not.toMatch(/two people|three people/);
  await checkAxe(page, 'auto-approved batch (en)');
  await shoot(page, 'auto-approved-batch-en');
  await switchLanguage(page, 'RU');
  await expect.poll(() => approved.textContent()).toContain('Автоматически, по правилу автоодобрения');
  expect(await page.getByTestId('payout-rule').textContent()).toContain('Одобрен автоматически');
  await checkAxe(page, 'auto-approved batch (ru)');
  await shoot(page, 'auto-approved-batch-ru');
  await switchLanguage(page, 'EN');
  await page.context().close();
});
