import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import * as s from '../schema';
import type { Config } from '../workers/env';
import { createLogger } from '../workers/logging';
import { settleItemResult } from '../workers/services/payouts/settle-item-result';
import { settlePaidItems } from '../workers/services/payouts/rails/paypal/settle-paid-items';
import { approvedCommission } from './approved-commission';
import {
  checkAxe,
  checkInvoiceRow,
  type E2e,
  screenshot,
  settle,
  shoot,
  signedInAt,
  signUpVerified,
  startE2e,
  switchLanguage,
} from './harness';
import { chooseOption } from './choose-option';

// The finance console against the local PayPal server, for a team of two: two affiliates with
// approved commissions (one whose PayPal address makes PayPal leave the money unclaimed), a finance
// user who proposes and an owner who approves and sends (the default two-people rule), platform
// support who only reads, and the unclaimed affiliate who is told how to claim the money.

type User = Awaited<ReturnType<typeof signUpVerified>>;

let e2e: E2e;
let proposer: User;
let approver: User;
let support: User;
const payees: User[] = [];
let excluded: User;

beforeAll(async () => {
  // VAT ids are checked against the run's local VIES double (the invoices of the tax test).
  e2e = await startE2e({ paypal: true, stripe: true, vars: { VIES_API_BASE_URL: inject('viesBaseUrl') } });
  const { db, tenant } = e2e;
  [proposer, approver, support] = [await signUpVerified(e2e), await signUpVerified(e2e), await signUpVerified(e2e)];
  await db.update(s.users).set({ firstName: 'Fiona', lastName: 'Finance' }).where(eq(s.users.id, proposer.userId));
  await db.update(s.users).set({ firstName: 'Oscar', lastName: 'Owner' }).where(eq(s.users.id, approver.userId));
  // Exactly two people may pay: whatever members the tenant came with go, these two stay.
  await db.delete(s.memberships).where(eq(s.memberships.organizationId, tenant.org.id));
  await db.insert(s.memberships).values([
    { organizationId: tenant.org.id, userId: proposer.userId, role: 'finance' },
    { organizationId: tenant.org.id, userId: approver.userId, role: 'owner' },
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
  // A third payee whose item finance takes out of the batch before it is approved.
  excluded = await signUpVerified(e2e);
  await db
    .update(s.users)
    .set({ approvedAffiliate: true, paypalEmail: 'payee-3@paypal.example', paypalEmailVerifiedAt: new Date() })
    .where(eq(s.users.id, excluded.userId));
  await approvedCommission(e2e, excluded.userId, `fin-3-${Date.now().toString(36)}`);
}, 300_000);

afterAll(async () => {
  await e2e?.stop();
}, 240_000);

/** A page of the user's, signed in on `path` (signedInAt: the login form is tested in its own files). */
async function logIn(path: string, user: User): Promise<Page> {
  const page = await e2e.newPage({ locale: 'en' });
  await signedInAt(page, path, user);
  return page;
}

/** Axe and screenshots in English, then Russian (with what the caller checks there), then back to English. */
async function checkBothLanguages(page: Page, name: string, ruHeading: string, inRussian?: () => Promise<void>) {
  await page.mouse.move(600, 30);
  await checkAxe(page, `${name} (en)`);
  await shoot(page, `${name}-en`);
  await switchLanguage(page, 'RU');
  await page.getByRole('heading', { level: 1, name: ruHeading }).waitFor();
  await page.waitForLoadState('networkidle');
  await checkAxe(page, `${name} (ru)`);
  await inRussian?.();
  await shoot(page, `${name}-ru`);
  await switchLanguage(page, 'EN');
}

const h1 = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });
let batchPath = '';

/**
 * Finance takes payee-3's item out of the proposed batch: the dialog asks for the reason the audit log keeps (looked
 * at in English and Russian, 1440 and 375 px, where the items are cards), going back or Escape changes nothing, and
 * with a reason the item goes and the total follows.
 */
async function excludeThirdPayee(page: Page) {
  // Opened at each width rather than resized while open: crossing the phone breakpoint swaps the table for cards,
  // which mounts the row's button, and its dialog, anew.
  const open = async (width = 1440) => {
    await page.setViewportSize({ width, height: width > 400 ? 900 : 800 });
    await page.getByRole('button', { name: /payee-3@paypal\.example/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    return dialog;
  };
  // What the viewport shows: a full-page shot grows the viewport to the page's height for a moment, which
  // closed the dialog.
  const lookAt = async (name: string) => {
    await settle(page);
    await screenshot(page, name, { fullPage: false });
  };
  let dialog = await open();
  expect(await dialog.getByRole('heading').first().textContent()).toBe('Exclude this item?');
  await dialog.getByText('$150.00 for payee-3@paypal.example goes back to the affiliate').waitFor();
  // No reason, no exclusion: the field says what is missing.
  await dialog.getByRole('button', { name: 'Exclude' }).click();
  await dialog.getByText('Say why the item is excluded').waitFor();
  await checkAxe(page, 'exclude dialog (en)');
  await lookAt('exclude-dialog-en-1440');
  await dialog.getByRole('button', { name: 'Go back' }).click();
  await dialog.waitFor({ state: 'hidden' });
  dialog = await open(375);
  await lookAt('exclude-dialog-en-375');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await switchLanguage(page, 'RU');
  dialog = await open(375);
  await dialog.getByText('Исключить получателя?').waitFor();
  await lookAt('exclude-dialog-ru-375');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  dialog = await open();
  await dialog.getByText('Сохраняется в журнале аудита').waitFor();
  await checkAxe(page, 'exclude dialog (ru)');
  await lookAt('exclude-dialog-ru-1440');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await switchLanguage(page, 'EN');
  expect(await page.getByTestId('batch-total').textContent()).toBe('$450.00');
  dialog = await open();
  await dialog.getByLabel('Reason').fill('Asked to be paid next month');
  await dialog.getByRole('button', { name: 'Exclude' }).click();
  await page.getByText('Item excluded').waitFor({ timeout: 30_000 });
  await page.getByRole('main').getByText('payee-3@paypal.example').waitFor({ state: 'detached' });
  const [audit] = await e2e.db
    .select()
    .from(s.auditLog)
    .where(and(eq(s.auditLog.organizationId, e2e.tenant.org.id), eq(s.auditLog.action, 'payout_batch.item_excluded')));
  expect(audit?.after).toMatchObject({ reason: 'Asked to be paid next month', linesReleased: 1 });
}

test('finance proposes after confirming; the proposer is not offered approval and is told why; the owner approves', async () => {
  const orgId = e2e.tenant.org.id;
  const page = await logIn(`/orgs/${orgId}/finance/payouts`, proposer);
  await h1(page, 'Payout batches');
  // Propose now asks first, and going back proposes nothing.
  await page.getByRole('button', { name: 'Propose now' }).click();
  const ask = page.getByRole('dialog', { name: 'Propose payouts now?' });
  await ask.getByText(/payout method is ready \(for PayPal, a verified email\) gets an item/).waitFor();
  await checkAxe(page, 'propose dialog (en)');
  await shoot(page, 'propose-dialog-en');
  await ask.getByRole('button', { name: 'Go back' }).click();
  await ask.waitFor({ state: 'hidden' });
  expect(await e2e.db.select().from(s.payoutBatches).where(eq(s.payoutBatches.organizationId, orgId))).toHaveLength(0);
  await page.getByRole('button', { name: 'Propose now' }).click();
  await ask.getByRole('button', { name: 'Propose', exact: true }).click();
  const result = page.getByTestId('proposal-result');
  await result.waitFor({ timeout: 30_000 });
  expect(await result.textContent()).toContain('New USD batch with 3 items, $450.00.');
  const link = page.getByRole('main').getByRole('link').filter({ hasText: /\d/ }).first();
  await link.waitFor({ timeout: 30_000 });
  await checkBothLanguages(page, 'batches', 'Пакеты выплат');
  // A second proposal finds nothing new, and says why.
  await page.getByRole('button', { name: 'Propose now' }).click();
  await ask.getByRole('button', { name: 'Propose', exact: true }).click();
  await result.getByText('Nothing to pay right now.').waitFor({ timeout: 30_000 });
  await result.getByText(/No affiliate has an approved balance/).waitFor();
  await link.click();
  await h1(page, /^Payout batch/);
  batchPath = new URL(page.url()).pathname;
  const main = page.getByRole('main');
  await main.getByText('payee-1@paypal.example').waitFor();
  await main.getByText('payee-2+unclaimed@paypal.example').waitFor();
  expect(await page.getByTestId('batch-total').textContent()).toBe('$450.00');
  await excludeThirdPayee(page);
  expect(await page.getByTestId('batch-total').textContent()).toBe('$300.00');
  // The items fit 1440 px beside the navbar: no Exclude button sits under a horizontal scrollbar (#57.26).
  await page
    .getByRole('button', { name: /^Exclude/ })
    .first()
    .waitFor();
  const itemsOverflow = await page.evaluate(`(() => {
    const table = document.querySelector('table');
    let box = table.parentElement;
    while (box && box.scrollWidth <= box.clientWidth && box !== document.body) box = box.parentElement;
    return box === document.body ? 0 : box.scrollWidth - box.clientWidth;
  })()`);
  expect(itemsOverflow).toBe(0);
  // Not sent yet: nothing claims PayPal is working on it.
  expect(await main.getByText(/Not sent yet/).count()).toBe(2);
  expect(await main.getByText(/still processing/).count()).toBe(0);

  // Who did what, and who may act next.
  expect(await page.getByTestId('proposed-by').textContent()).toContain('Fiona Finance');
  expect(await page.getByTestId('approved-by').textContent()).toContain('Not yet');
  expect(await page.getByTestId('next-step').textContent()).toContain('Next step: approval, by Oscar Owner');
  expect(await page.getByTestId('payout-rule').textContent()).toContain('two people');
  // The proposer's Approve is shown disabled with the reason; it does nothing.
  const approve = main.getByRole('button', { name: 'Approve' });
  expect(await approve.getAttribute('data-disabled')).not.toBeNull();
  expect(await page.getByTestId('action-reasons').textContent()).toContain(
    'You proposed this batch, so another person approves it.',
  );
  // It is aria-disabled, not inert: clicking it (as a mouse would) opens nothing.
  await approve.click({ force: true });
  expect(await page.getByRole('dialog').count()).toBe(0);
  await approve.hover({ force: true });
  await page.getByRole('tooltip').getByText('You proposed this batch').waitFor();
  await checkBothLanguages(page, 'batch-proposed', 'Пакет выплат');

  const owner = await logIn(batchPath, approver);
  await h1(owner, /^Payout batch/);
  await owner.getByRole('main').getByRole('button', { name: 'Approve' }).click();
  await owner.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await owner
    .getByTestId('approved-by')
    .getByText(/Oscar Owner/)
    .waitFor({ timeout: 30_000 });
  await owner
    .getByTestId('next-step')
    .getByText(/sending the payouts, by/)
    .waitFor();
  // Approved: the items say so, and wait only for the send.
  const approvedMain = owner.getByRole('main');
  await approvedMain
    .getByText(/^Approved, not sent yet/)
    .first()
    .waitFor({ timeout: 30_000 });
  expect(await approvedMain.getByText(/until the batch is approved and sent/).count()).toBe(0);
  expect(await approvedMain.getByText(/until the batch is sent/).count()).toBe(2);
}, 240_000);

test('the approver sends (a team of two pays); who did what and the results arrive without reloading', async () => {
  const page = await logIn(batchPath, approver);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Send payouts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send these payouts?' });
  expect(await dialog.getByTestId('send-total').textContent()).toBe('Total: $300.00');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  // PayPal answers by webhook a few seconds later; the page polls while the batch is open.
  await main.getByText('Unclaimed', { exact: true }).waitFor({ timeout: 90_000 });
  await main.getByText('Paid', { exact: true }).waitFor({ timeout: 90_000 });
  await main.getByText(/no PayPal account yet/).waitFor();
  // The header follows: PayPal finished, only the claim is awaited, nothing spins.
  await page.getByTestId('unclaimed-wait').waitFor({ timeout: 60_000 });
  // PayPal's batch status in words, never its raw SUCCESS (below in Russian too).
  await page.getByTestId('paypal-status').getByText('Processed', { exact: true }).waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('sent-by').textContent()).toContain('Oscar Owner');
  expect(await page.getByTestId('approved-by').textContent()).toContain('Oscar Owner');
  expect(await page.getByTestId('proposed-by').textContent()).toContain('Fiona Finance');
  // Every item is PayPal's: the next step names it.
  expect(await page.getByTestId('next-step').textContent()).toContain(
    'Next step: waiting for each payout’s result from PayPal. Nobody needs to act.',
  );
  for (const name of ['Approve', 'Send payouts', 'Cancel batch'])
    expect(await main.getByRole('button', { name }).count()).toBe(0);
  await checkBothLanguages(page, 'batch-sent', 'Пакет выплат', async () => {
    await page.getByTestId('paypal-status').getByText('Обработан', { exact: true }).waitFor();
  });

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

test('the unclaimed affiliate is told where and by when to claim the payout', async () => {
  const page = await logIn('/affiliate/payouts', payees[1]!);
  await h1(page, 'Payouts');
  const notice = page.getByTestId('unclaimed-payout');
  await notice.waitFor({ timeout: 30_000 });
  const [batch] = await e2e.db
    .select()
    .from(s.payoutBatches)
    .where(eq(s.payoutBatches.organizationId, e2e.tenant.org.id));
  const claimBy = new Date(batch!.sentAt!.getTime() + 30 * 86_400_000);
  const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(claimBy);
  const text = await notice.textContent();
  expect(text).toContain('Claim your payout of $150.00');
  expect(text).toContain('payee-2+unclaimed@paypal.example');
  expect(text).toContain('paypal.com');
  expect(text).toContain(`by ${date}`);
  await checkBothLanguages(page, 'affiliate-unclaimed', 'Выплаты');
  await switchLanguage(page, 'RU');
  await page
    .getByTestId('unclaimed-payout')
    .getByText(/Получите выплату/)
    .waitFor();
  await switchLanguage(page, 'EN');
}, 180_000);

test('platform support reads the finance pages and is offered no action', async () => {
  const orgId = e2e.tenant.org.id;
  const page = await logIn(`/orgs/${orgId}/finance/payouts`, support);
  await h1(page, 'Payout batches');
  await page.getByRole('main').getByRole('link').filter({ hasText: /\d/ }).first().waitFor({ timeout: 30_000 });
  expect(await page.getByRole('button', { name: 'Propose now' }).count()).toBe(0);
  await page.goto(batchPath);
  await h1(page, /^Payout batch/);
  await page.getByTestId('csv-download').waitFor();
  // Platform staff read who did what too.
  expect(await page.getByTestId('sent-by').textContent()).toContain('Oscar Owner');
  for (const name of ['Approve', 'Send payouts', 'Cancel batch', 'Exclude'])
    expect(await page.getByRole('button', { name }).count()).toBe(0);
}, 180_000);

test('a failed item and a batch’s last error read as sentences, PayPal’s own words behind Details', async () => {
  const { db, tenant } = e2e;
  const [batch] = await db
    .insert(s.payoutBatches)
    .values({
      organizationId: tenant.org.id,
      currency: 'USD',
      status: 'completed',
      totalMinor: 5000,
      itemCount: 1,
      lastError: 'PayPal 422 INSUFFICIENT_FUNDS: Sender does not have sufficient funds',
    })
    .returning();
  await db.insert(s.payoutItems).values({
    batchId: batch!.id,
    affiliateId: payees[0]!.userId,
    organizationId: tenant.org.id,
    amountMinor: 5000,
    currency: 'USD',
    receiverEmail: 'payee-1@paypal.example',
    status: 'failed',
    failureCode: 'RECEIVER_UNREGISTERED',
    failureReason: 'Receiver is unregistered',
  });
  const page = await logIn(`/orgs/${tenant.org.id}/finance/payouts/${batch!.id}`, approver);
  await h1(page, /^Payout batch/);
  const failure = page.getByTestId('paypal-failure');
  await failure.getByText('The receiver’s address has no PayPal account.', { exact: false }).waitFor();
  const batchError = page.getByTestId('paypal-batch-error');
  await batchError.getByText('PayPal refused or could not take the last request', { exact: false }).waitFor();
  // PayPal's words and codes are not on the page until someone asks for them.
  const raw = page.getByText('Receiver is unregistered', { exact: false });
  expect(await raw.isVisible()).toBe(false);
  expect(await page.getByText('Sender does not have sufficient funds', { exact: false }).isVisible()).toBe(false);
  await page.mouse.move(600, 30);
  await checkAxe(page, 'batch failure (en)');
  await shoot(page, 'batch-failure-en');
  await failure.getByRole('button', { name: 'Details' }).click();
  await raw.waitFor();
  expect(await failure.textContent()).toContain('RECEIVER_UNREGISTERED: Receiver is unregistered');
  await failure.getByRole('button', { name: 'Hide details' }).click();
  await raw.waitFor({ state: 'hidden' });

  await switchLanguage(page, 'RU');
  await failure.getByText('У адреса получателя нет счёта PayPal.', { exact: false }).waitFor();
  await batchError.getByText('PayPal отклонил или не смог принять', { exact: false }).waitFor();
  await page.mouse.move(600, 30);
  await checkAxe(page, 'batch failure (ru)');
  await shoot(page, 'batch-failure-ru');
  await switchLanguage(page, 'EN');

  // The affiliate paid by the item reads its own sentence on their Payouts page.
  const mine = await logIn('/affiliate/payouts', payees[0]!);
  await h1(mine, 'Payouts');
  await mine
    .getByTestId('paypal-failure')
    .getByText('This address has no PayPal account.', { exact: false })
    .waitFor({ timeout: 30_000 });
  expect(await mine.getByText('Receiver is unregistered', { exact: false }).isVisible()).toBe(false);
  await mine.mouse.move(600, 30);
  await checkAxe(mine, 'affiliate payout failure (en)');
  await shoot(mine, 'affiliate-payout-failure-en');
}, 180_000);

test('an affiliate chooses Stripe, onboards on Stripe’s hosted page and comes back ready; finance sees the Stripe connection', async () => {
  const { tenant } = e2e;
  const page = await logIn(`/affiliate/${tenant.org.id}/payout-methods`, payees[0]!);
  await page.getByRole('heading', { name: 'Payout methods' }).waitFor();
  // Before a country is chosen: the current method (PayPal by default, to the verified address), the country asked
  // for first, and no method said to be missing from a country nobody chose yet.
  await page
    .getByTestId('payout-method-current')
    .getByText(/PayPal to your verified address payee-1@paypal\.example/)
    .waitFor({ timeout: 30_000 });
  await page.getByTestId('payout-country-first').waitFor();
  expect(await page.getByText('not in this country').count()).toBe(0);
  // Fees as money: the list prices the advertiser pays on top.
  expect(await page.getByTestId('rail-paypal').textContent()).toContain(
    '2 % (at most $20.00 on USD payouts) per payout',
  );
  expect(await page.getByTestId('rail-stripe').textContent()).toContain('0.25 % + $0.25 per payout');
  expect(await page.getByRole('main').textContent()).not.toContain('minor units');
  await checkAxe(page, 'payout methods before a country (en)');
  await shoot(page, 'payout-methods-no-country-en');
  await page.getByRole('combobox', { name: 'Country you are paid in' }).fill('Germany');
  await page.getByRole('option', { name: 'Germany' }).click();
  await page.getByRole('radio', { name: /Stripe/ }).check();
  await page.getByTestId('payout-method-save').click();
  await expect.poll(() => page.getByTestId('stripe-onboarding').textContent()).toBe('Setup incomplete');
  // What Stripe still needs, in words, never Stripe's requirement codes.
  const needs = page.getByTestId('stripe-needs');
  await needs.getByText('Your date of birth').waitFor();
  await needs.getByText('The bank account or debit card your payouts go to').waitFor();
  expect(await page.getByRole('main').textContent()).not.toMatch(/individual\.dob|external_account|tos_acceptance/);
  await page
    .getByTestId('payout-method-current')
    .getByText('Stripe (bank account or debit card), paid in Germany.')
    .waitFor();
  await switchLanguage(page, 'RU');
  await needs.getByText('Дата рождения').waitFor();
  await shoot(page, 'payout-methods-needs-ru');
  await switchLanguage(page, 'EN');
  await checkAxe(page, 'payout methods (en)');
  await shoot(page, 'payout-methods-en');
  await page.getByTestId('stripe-continue').click();
  // Stripe's hosted onboarding (the local server's), then back to the same page, read from Stripe on return.
  await page.getByRole('button', { name: 'Add bank account and finish' }).click();
  await page.waitForURL((url) => url.pathname.endsWith('/payout-methods') && url.search.includes('stripe=return'));
  await expect.poll(() => page.getByTestId('stripe-onboarding').textContent()).toBe('Ready for payouts');
  await switchLanguage(page, 'RU');
  await expect.poll(() => page.getByTestId('stripe-onboarding').textContent()).toBe('Готово к выплатам');
  await checkAxe(page, 'payout methods (ru)');
  await shoot(page, 'payout-methods-ru');
  await switchLanguage(page, 'EN');

  const owner = await logIn(`/orgs/${tenant.org.id}/finance/stripe`, approver);
  await owner.getByRole('heading', { name: 'Stripe payouts' }).waitFor();
  expect(await owner.getByTestId('stripe-webhook-url').textContent()).toContain(
    `/api/v1/stripe/payout-webhooks/orgs/${tenant.org.id}`,
  );
  // The owner gives PayPal the organization's own fee (1.5 % + 30, no cap); Stripe keeps the default.
  const fees = owner.getByTestId('rail-fees');
  await fees.getByRole('switch', { name: 'Own fee for PayPal' }).click({ force: true });
  const paypalFee = fees.getByTestId('rail-fee-paypal');
  await paypalFee.getByRole('textbox', { name: 'Percent' }).fill('1.5');
  await paypalFee.getByRole('textbox', { name: "Fixed part (in the item's currency)" }).fill('0.30');
  await paypalFee.getByRole('textbox', { name: 'Cap (optional)' }).fill('');
  await fees.getByRole('button', { name: 'Save fees' }).click();
  await expect
    .poll(async () =>
      (await e2e.db.select().from(s.organizationRailFees)).map((r) => [r.rail, r.bps, r.fixedMinor, r.capMinor]),
    )
    .toEqual([['paypal', 150, 30, null]]);
  await fees.getByText('Fees saved.').waitFor({ timeout: 30_000 });
  await checkAxe(owner, 'stripe payouts (en)');
  await shoot(owner, 'stripe-payouts-en');
  await switchLanguage(owner, 'RU');
  await fees.getByText('Сколько стоит каждый способ выплаты').waitFor();
  await shoot(owner, 'stripe-payouts-ru');
  await switchLanguage(owner, 'EN');
  await owner.context().close();

  // Finance reads the connection but has no form: it is told who can paste the signing secret.
  const reader = await logIn(`/orgs/${tenant.org.id}/finance/stripe`, proposer);
  await reader.getByRole('heading', { name: 'Stripe payouts' }).waitFor();
  await reader.getByText(/Only an owner of this organization can paste its signing secret here/).waitFor();
  expect(await reader.getByText(/paste its signing secret below/).count()).toBe(0);
  expect(await reader.getByRole('button', { name: 'Check and replace' }).count()).toBe(0);
  // The fees in money, not minor units: PayPal's own (1.50 % + 0.30), Stripe's list price.
  const readerFees = reader.getByTestId('rail-fees');
  await readerFees.getByText(/1\.50 % \+ 0\.30 in the item's currency, no cap/).waitFor();
  expect(await readerFees.textContent()).not.toContain('minor units');
  await shoot(reader, 'stripe-payouts-finance-en');
  await reader.context().close();
});

/**
 * A payout item of `amountMinor` EUR to the payee, paid through the step every rail's success goes through
 * (`settlePaidItems`), which issues the self-billing invoice of a payee with a valid VAT id in the same transaction.
 */
async function payVatPayee(payee: User, amountMinor: number) {
  const { db, tenant } = e2e;
  const [batch] = await db
    .insert(s.payoutBatches)
    .values({
      organizationId: tenant.org.id,
      currency: 'EUR',
      status: 'sending',
      totalMinor: amountMinor,
      itemCount: 1,
    })
    .returning();
  const [item] = await db
    .insert(s.payoutItems)
    .values({
      batchId: batch!.id,
      affiliateId: payee.userId,
      organizationId: tenant.org.id,
      amountMinor,
      currency: 'EUR',
      receiverEmail: payee.email,
      status: 'pending',
    })
    .returning();
  await settlePaidItems({
    ctx: serviceCtx(),
    input: { results: [{ payoutItemId: item!.id, paypalItemId: 'PPI-VAT-1', transactionId: 'PP-TX-VAT-1' }] },
  });
  await db.update(s.payoutBatches).set({ status: 'completed' }).where(eq(s.payoutBatches.id, batch!.id));
  return item!.id;
}

const serviceCtx = () => ({ db: e2e.db, config: {} as Config, now: new Date(), log: createLogger() });

/** A signed-in API call as one of the file's users (the affiliate's own routes have no page in this file). */
async function apiAs(user: User, method: string, path: string, body?: unknown) {
  const login = await fetch(`${e2e.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const res = await fetch(`${e2e.baseUrl}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return res.json();
}

test('finance reads the tax forms register and the year-end 1099-NEC (CSV, copy B, emails), the VAT invoices, and sets when forms are required; support only reads', async () => {
  const { db, tenant } = e2e;
  const orgId = tenant.org.id;
  await apiAs(payees[0]!, 'POST', `/affiliate/orgs/${orgId}/tax/forms`, {
    kind: 'w9',
    legalName: 'Pat Payee',
    taxClassification: 'individual',
    country: 'US',
    addressLine: '1 Main St',
    city: 'Springfield',
    region: 'IL',
    postalCode: '62701',
    tinType: 'ssn',
    tin: '123-45-6789',
    signatureName: 'Pat Payee',
    certified: true,
  });
  // A year's worth of payouts last year: the paid item moves to last June and over the $600 threshold of 2025.
  const lastYear = new Date().getUTCFullYear() - 1;
  await db
    .update(s.payoutItems)
    .set({ paidAt: new Date(Date.UTC(lastYear, 5, 15)), amountMinor: 80_000 })
    .where(and(eq(s.payoutItems.affiliateId, payees[0]!.userId), eq(s.payoutItems.status, 'success')));

  const page = await logIn(`/orgs/${orgId}/finance/tax`, proposer);
  await h1(page, 'Tax');
  const row = page.getByTestId('tax-register-row').filter({ hasText: payees[0]!.email });
  // exact: a random address can hold the letters too (affiliate-…mw-9177…@example.com did).
  await row.getByText('W-9', { exact: true }).waitFor({ timeout: 30_000 });
  expect(await row.textContent()).toContain('••••6789');
  expect(await page.getByRole('main').textContent()).not.toContain('123-45-6789');
  // No form is required yet: an affiliate without one is not flagged missing.
  const unformed = page.getByTestId('tax-register-row').filter({ hasText: payees[1]!.email });
  await unformed.getByText('Not required').waitFor({ timeout: 30_000 });
  expect(await page.getByRole('main').getByText('Missing', { exact: true }).count()).toBe(0);
  await page.getByText(/You require no tax forms/).waitFor();
  await checkBothLanguages(page, 'tax-register', 'Налоги', async () => {
    await unformed.getByText('Не требуется').waitFor();
  });
  await page.getByTestId('tax-register-filter').getByText('Without a form').click();
  await page.getByTestId('tax-register-row').filter({ hasText: payees[1]!.email }).waitFor();
  expect(await page.getByTestId('tax-register-row').filter({ hasText: payees[0]!.email }).count()).toBe(0);

  // Year-end: last year by default, its threshold, and PayPal left out by default (its 1099-K reports it), so the
  // PayPal-paid payee is not listed; the advertiser's override then counts every rail.
  await page.getByRole('tab', { name: '1099-NEC' }).click();
  const rule = page.getByTestId('form-1099-rule');
  await rule
    .getByText('PayPal: reported by the payment settlement entity on Form 1099-K.')
    .waitFor({ timeout: 30_000 });
  await page.getByText(`No payee reached the threshold in ${lastYear}.`).waitFor();
  await apiAs(proposer, 'PUT', `/orgs/${orgId}/tax/settings`, {
    formRequirement: 'never',
    thresholdMinor: null,
    thresholdCurrency: null,
    acceptsSharedForms: true,
    form1099ExcludedRails: [],
    legalName: '',
    addressLine: '',
    city: '',
    region: '',
    postalCode: '',
    country: null,
    vatId: null,
  });
  await page.reload();
  const payee = page.getByTestId('form-1099-payee').filter({ hasText: 'Pat Payee' });
  await payee.waitFor({ timeout: 30_000 });
  expect(await payee.textContent()).toContain('$800.00');
  // The server gives the rule as data; the page phrases it (here in English, below in Russian).
  expect(await rule.textContent()).toContain('$600.00');
  expect(await rule.textContent()).toContain('None: payments on every rail count.');
  expect(await rule.textContent()).toContain(`Fixed by law for ${lastYear}.`);
  expect(await rule.textContent()).toContain(
    `Form 1099-NEC ${lastYear}: US payees with a W-9 paid at least $600.00 in USD during ${lastYear}; no rail left out.`,
  );
  const csv = page.waitForEvent('download');
  await page.getByTestId('csv-download').click();
  const csvFile = readFileSync(await (await csv).path(), 'utf8');
  expect(csvFile).toContain('Pat Payee');
  expect(csvFile).not.toContain('123456789');
  const copyB = page.waitForEvent('download');
  await payee.getByRole('button', { name: 'Download copy B of Pat Payee as PDF' }).click();
  expect((await copyB).suggestedFilename()).toMatch(/\.pdf$/);
  await page.getByRole('button', { name: 'Email every payee' }).click();
  const ask = page.getByRole('dialog', { name: `Email the payees of ${lastYear}?` });
  await ask.getByText(/no attachment and no tax id/).waitFor();
  await checkAxe(page, 'form 1099 emails dialog (en)');
  await ask.getByRole('button', { name: 'Confirm' }).click();
  await page.getByText('1 email queued').waitFor({ timeout: 30_000 });
  await expect
    .poll(async () => (await e2e.readMailbox(payees[0]!.email)).some((m) => m.template === 'form_1099_ready'), {
      timeout: 30_000,
    })
    .toBe(true);
  await page.getByText('1 email queued').waitFor({ state: 'hidden', timeout: 30_000 });
  await checkBothLanguages(page, 'tax-1099', 'Налоги', async () => {
    await rule.getByText(`Форма 1099-NEC за ${lastYear} год`).waitFor();
    const ru = (await rule.textContent()) ?? '';
    expect(ru).toContain('учитываются выплаты всеми способами');
    expect(ru).toContain(`Установлен законом для ${lastYear} года.`);
    expect(ru).not.toContain('US payees');
  });

  // A VAT-registered payee (VIES, the local double, accepts the number) is paid: the paying transaction issues
  // the advertiser's first self-billing invoice, which the VAT invoices tab lists with its PDF.
  await apiAs(payees[0]!, 'PUT', '/affiliate/vat-id', { vatId: 'DE123456781' });
  const invoiceNumber = `SB-${tenant.org.slug.toUpperCase()}-000001`;
  const paidItem = await payVatPayee(payees[0]!, 12_345);
  await page.getByRole('tab', { name: 'VAT invoices' }).click();
  await checkInvoiceRow(page, invoiceNumber, ['€123.45', payees[0]!.email]);
  // PayPal then reverses the payment: the same transaction issues the credit note that cancels the invoice,
  // next in the series, listed above it with the amount taken back.
  await db.transaction((tx) =>
    settleItemResult({
      ctx: { ...serviceCtx(), db: tx },
      input: {
        payoutItemId: paidItem,
        paypalItemId: 'PPI-VAT-1',
        transactionStatus: 'REVERSED',
        transactionId: 'PP-TX-VAT-1',
        error: null,
      },
    }),
  );
  await page.reload();
  const creditNote = `SB-${tenant.org.slug.toUpperCase()}-000002`;
  await checkInvoiceRow(
    page,
    creditNote,
    ['Credit note', `Cancels ${invoiceNumber}`, '-€123.45', payees[0]!.email],
    'credit note',
  );
  await checkBothLanguages(page, 'tax-invoices', 'Налоги', async () => {
    const row = page.getByRole('row').filter({ hasText: creditNote });
    await row.getByText('Кредит-нота').waitFor();
    await row.getByText(`Отменяет ${invoiceNumber}`).waitFor();
    await row.getByRole('button', { name: `Скачать кредит-ноту ${creditNote} в PDF` }).waitFor();
  });

  // Forms become required: the three affiliates without one and a balance (the tenant's own, the second payee, and
  // the third, whose item finance excluded) are counted beside the payout batches.
  await page.getByRole('tab', { name: 'Settings' }).click();
  await chooseOption(page.getByTestId('tax-requirement'), page.getByRole('option', { name: 'Before every payout' }));
  await checkBothLanguages(page, 'tax-settings', 'Налоги');
  await page.getByTestId('tax-settings-save').click();
  await page.getByText('Tax settings saved').waitFor({ timeout: 30_000 });
  const [settings] = await db
    .select()
    .from(s.organizationTaxSettings)
    .where(eq(s.organizationTaxSettings.organizationId, orgId));
  expect(settings?.formRequirement).toBe('always');
  await page.goto(`/orgs/${orgId}/finance/payouts`);
  await h1(page, 'Payout batches');
  const notice = page.getByTestId('tax-holds-notice');
  await notice.getByText(/3 affiliates have no tax form/).waitFor({ timeout: 30_000 });
  await notice.getByRole('link', { name: 'See who is missing' }).click();
  // Now required: the affiliate without a form is flagged missing.
  await page
    .getByTestId('tax-register-row')
    .filter({ hasText: payees[1]!.email })
    .getByText('Missing', { exact: true })
    .waitFor({ timeout: 30_000 });

  // Platform support reads every tab and is offered nothing that changes anything.
  const reader = await logIn(`/orgs/${orgId}/finance/tax?tab=form1099`, support);
  await h1(reader, 'Tax');
  await reader.getByTestId('form-1099-payee').first().waitFor({ timeout: 30_000 });
  expect(await reader.getByRole('button', { name: 'Email every payee' }).count()).toBe(0);
  await reader.getByRole('tab', { name: 'Settings' }).click();
  await reader.getByTestId('tax-settings-text').waitFor();
  expect(await reader.getByRole('button', { name: 'Save' }).count()).toBe(0);
}, 240_000);
