import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import * as s from '../schema';
import { approvedCommission } from './approved-commission';
import { checkAxe, type E2e, shoot, signUpVerified, startE2e, switchLanguage } from './harness';

// The finance console against the local PayPal server: two affiliates with approved commissions (one
// whose PayPal address makes PayPal leave the money unclaimed), a finance user who proposes, an owner
// who approves, a second finance user who sends, and platform support who only reads.

type User = Awaited<ReturnType<typeof signUpVerified>>;

let e2e: E2e;
let proposer: User;
let approver: User;
let sender: User;
let support: User;
const payees: User[] = [];

beforeAll(async () => {
  e2e = await startE2e({ paypal: true });
  const { db, tenant } = e2e;
  [proposer, approver, sender, support] = [
    await signUpVerified(e2e),
    await signUpVerified(e2e),
    await signUpVerified(e2e),
    await signUpVerified(e2e),
  ];
  await db.insert(s.memberships).values([
    { organizationId: tenant.org.id, userId: proposer.userId, role: 'finance' },
    { organizationId: tenant.org.id, userId: approver.userId, role: 'owner' },
    { organizationId: tenant.org.id, userId: sender.userId, role: 'finance' },
  ]);
  await db.update(s.users).set({ platformRole: 'support' }).where(eq(s.users.id, support.userId));
  for (const tag of ['', '+unclaimed']) {
    const payee = await signUpVerified(e2e);
    payees.push(payee);
    await db
      .update(s.users)
      .set({
        approvedAffiliate: true,
        paypalEmail: `payee-${payees.length}${tag}@paypal.example`,
        paypalEmailVerifiedAt: new Date(),
      })
      .where(eq(s.users.id, payee.userId));
    await approvedCommission(e2e, payee.userId, `fin-${payees.length}-${Date.now().toString(36)}`);
  }
}, 300_000);

afterAll(async () => {
  await e2e?.stop();
}, 240_000);

async function logIn(user: User): Promise<Page> {
  const page = await e2e.newPage({ locale: 'en' });
  await page.goto('/login');
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(user.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** Axe and screenshots in English, then Russian, then back to English. */
async function checkBothLanguages(page: Page, name: string, ruHeading: string) {
  await page.mouse.move(600, 30);
  await checkAxe(page, `${name} (en)`);
  await shoot(page, `${name}-en`);
  await switchLanguage(page, 'RU');
  await page.getByRole('heading', { level: 1, name: ruHeading }).waitFor();
  await page.waitForLoadState('networkidle');
  await checkAxe(page, `${name} (ru)`);
  await shoot(page, `${name}-ru`);
  await switchLanguage(page, 'EN');
}

const h1 = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });
let batchPath = '';

test('finance proposes a batch; its creator cannot approve it, an owner can', async () => {
  const orgId = e2e.tenant.org.id;
  const page = await logIn(proposer);
  await page.goto(`/orgs/${orgId}/finance/payouts`);
  await h1(page, 'Payout batches');
  await page.getByRole('button', { name: 'Propose now' }).click();
  const link = page.getByRole('main').getByRole('link').filter({ hasText: /\d/ }).first();
  await link.waitFor({ timeout: 30_000 });
  await checkBothLanguages(page, 'batches', 'Пакеты выплат');
  await link.click();
  await h1(page, /^Payout batch/);
  batchPath = new URL(page.url()).pathname;
  const main = page.getByRole('main');
  await main.getByText('payee-1@paypal.example').waitFor();
  await main.getByText('payee-2+unclaimed@paypal.example').waitFor();
  expect(await page.getByTestId('batch-total').textContent()).toBe('$300.00');

  // The creator's approval, by keyboard: the dialog opens, Enter confirms, the API refuses and the page says why.
  await main.getByRole('button', { name: 'Approve' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Approve this batch?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Confirm' }).focus();
  await page.keyboard.press('Enter');
  const refused = page.getByTestId('action-error');
  await refused.waitFor({ timeout: 30_000 });
  expect(await refused.getAttribute('data-code')).toBe('separation_of_duties');
  expect(await refused.textContent()).toContain('whoever proposed a batch cannot approve it');
  await dialog.waitFor({ state: 'hidden' });
  await checkBothLanguages(page, 'batch-proposed', 'Пакет выплат');

  const owner = await logIn(approver);
  await owner.goto(batchPath);
  await h1(owner, /^Payout batch/);
  await owner.getByRole('main').getByRole('button', { name: 'Approve' }).click();
  await owner.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await owner.getByRole('main').getByText('Approved', { exact: true }).first().waitFor({ timeout: 30_000 });
}, 240_000);

test('a second finance user sends; the status and outcomes arrive without reloading; the CSV has both rows', async () => {
  const page = await logIn(sender);
  await page.goto(batchPath);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Send to PayPal' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send to PayPal?' });
  expect(await dialog.getByTestId('send-total').textContent()).toBe('Total: $300.00');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  // PayPal answers by webhook a few seconds later; the page polls while the batch is open.
  await main.getByText('Unclaimed', { exact: true }).waitFor({ timeout: 90_000 });
  await main.getByText('Paid', { exact: true }).waitFor({ timeout: 90_000 });
  await main.getByText(/no PayPal account yet/).waitFor();
  await checkBothLanguages(page, 'batch-sent', 'Пакет выплат');

  const download = page.waitForEvent('download');
  await page.getByTestId('csv-download').click();
  const file = await download;
  const text = readFileSync((await file.path())!, 'utf8');
  const rows = text.trim().split('\r\n');
  expect(rows).toHaveLength(3);
  expect(rows.find((r) => r.includes('payee-1@paypal.example'))).toContain(',success,');
  expect(rows.find((r) => r.includes('payee-2+unclaimed@paypal.example'))).toContain(',unclaimed,');

  await main.getByRole('link', { name: 'Reconciliation' }).click();
  await h1(page, /^Reconciliation/);
  await page.getByText('UNCLAIMED', { exact: true }).first().waitFor({ timeout: 30_000 });
  await checkBothLanguages(page, 'reconciliation', 'Сверка');

  for (const [path, en, ru] of [
    ['balances', 'Balances', 'Балансы'],
    ['ledger', 'Ledger check', 'Проверка учёта'],
  ] as const) {
    await page.goto(`/orgs/${e2e.tenant.org.id}/finance/${path}`);
    await h1(page, en);
    await page.waitForLoadState('networkidle');
    await checkBothLanguages(page, path, ru);
  }
  await page.getByTestId('ledger-ok').waitFor();
}, 240_000);

test('platform support reads the finance pages and is offered no action', async () => {
  const page = await logIn(support);
  const orgId = e2e.tenant.org.id;
  await page.goto(`/orgs/${orgId}/finance/payouts`);
  await h1(page, 'Payout batches');
  await page.getByRole('main').getByRole('link').filter({ hasText: /\d/ }).first().waitFor({ timeout: 30_000 });
  expect(await page.getByRole('button', { name: 'Propose now' }).count()).toBe(0);
  await page.goto(batchPath);
  await h1(page, /^Payout batch/);
  await page.getByTestId('csv-download').waitFor();
  for (const name of ['Approve', 'Send to PayPal', 'Cancel batch', 'Exclude'])
    expect(await page.getByRole('button', { name }).count()).toBe(0);
}, 180_000);
